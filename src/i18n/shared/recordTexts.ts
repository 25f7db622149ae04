/**
 * Words the client's screens and the server's files share: what kind of record an audit entry is
 * about, a figure's judgement, and the change log's spreadsheet columns. The `audit` and `entry`
 * namespaces take theirs from here, and so does the server's CSV of the change log
 * (server/routes/auditCsv.ts), so a wording changes in one place.
 */
import type { MessageShape } from '../messageShape';

const zhCN = {
  auditTypes: {
    value: '指标数值',
    indicator: '指标定义',
    action: '行动与中心任务',
    workItem: '工作事项',
    plan: '计划',
    centralTask: '中心任务',
    benchmark: '对标数据',
    department: '部门',
    project: '项目',
    user: '用户',
    demo: '示例数据',
    import: '导入',
    webhook: '预警推送',
  },
  judgements: {
    onTrack: '正常推进',
    needsAttention: '需关注',
    behind: '滞后',
  },
  /** The change log's CSV columns, in order. */
  auditColumns: {
    at: '时间(北京时间)',
    actorName: '操作人',
    actor: '账号',
    type: '类型',
    entityId: '对象编号',
    entityName: '对象名称',
    period: '期间',
    field: '字段',
    oldValue: '原值',
    newValue: '新值',
    note: '说明',
    batch: '批次',
  },
} as const;

const enUS: MessageShape<typeof zhCN> = {
  auditTypes: {
    value: 'Figure',
    indicator: 'Definition',
    action: 'Action and central tasks',
    workItem: 'Work item',
    plan: 'Plan',
    centralTask: 'Central task',
    benchmark: 'Benchmark series',
    department: 'Department',
    project: 'Project',
    user: 'User',
    demo: 'Demo data',
    import: 'Import',
    webhook: 'Alert webhook',
  },
  judgements: {
    onTrack: 'On track',
    needsAttention: 'Needs attention',
    behind: 'Behind',
  },
  auditColumns: {
    at: 'Time (Beijing)',
    actorName: 'By',
    actor: 'User name',
    type: 'Type',
    entityId: 'Object id',
    entityName: 'Object name',
    period: 'Period',
    field: 'Field',
    oldValue: 'Old value',
    newValue: 'New value',
    note: 'Note',
    batch: 'Batch',
  },
};

export const recordTexts = { 'zh-CN': zhCN, 'en-US': enUS };
