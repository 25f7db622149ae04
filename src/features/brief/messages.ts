/** Texts of the monthly brief (月度通报), Chinese first. Registered as the namespace `brief`. */
import type { MessageShape } from '../../i18n/messageShape';

const zhCN = {
  title: '{{year}}年目标任务推进情况月度通报',
  asOf: '数据截至{{period}}',
  generated: '生成于{{time}}',
  summary: '共{{total}}项指标:',
  summaryItem: '{{status}}{{count}}项',
  mainTargets: '一、主要预期目标',
  action: '{{number}}、攻坚行动{{order}}:{{name}}',
  columns: {
    name: '指标',
    target: '目标',
    actual: '实际',
    expected: '序时进度',
    gap: '差距',
    status: '状态',
  },
  figurePeriod: '({{period}})',
  notReported: '未报送',
  milestoneDone: '已完成',
  milestoneOpen: '未完成',
  judged: '研判',
  source: '依据:{{title}}({{publisher}},{{date}}发布)。',
  dataSources: '数据来源:{{sources}}。',
  demo: '注:本通报含示例数据,不代表实际统计结果。',
  scheduleNote: '序时进度:年度目标按已过月份均摊(时间过半、任务过半);增速类指标以年度目标为准。',
} as const;

const enUS: MessageShape<typeof zhCN> = {
  title: 'Monthly brief on the {{year}} targets',
  asOf: 'Figures as of {{period}}',
  generated: 'Generated {{time}}',
  summary: '{{total}} indicators: ',
  summaryItem: '{{status}} {{count}}',
  mainTargets: '1. Main expected targets',
  action: '{{number}}. Campaign action {{order}}: {{name}}',
  columns: {
    name: 'Indicator',
    target: 'Target',
    actual: 'Actual',
    expected: 'Schedule',
    gap: 'Gap',
    status: 'Status',
  },
  figurePeriod: ' ({{period}})',
  notReported: 'Not reported',
  milestoneDone: 'Done',
  milestoneOpen: 'Not done',
  judged: 'judged',
  source: 'Source: {{title}} ({{publisher}}, published {{date}}).',
  dataSources: 'Data from: {{sources}}.',
  demo: 'Note: this brief includes demo data, not actual statistics.',
  scheduleNote:
    'Schedule: the yearly target spread evenly over the months gone (half the year, half the task); growth rates are held to the yearly target.',
};

export const briefMessages = { 'zh-CN': zhCN, 'en-US': enUS } as const;
