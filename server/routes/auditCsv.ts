/**
 * The audit trail as CSV for Excel, written by the one CSV writer (server/transfer/csv.ts): Chinese
 * headers, times in China time, formulas guarded. Browser-safe.
 */
import type { AuditEntry, AuditEntityType } from '../../src/api/auditContract';
import type { Judgement } from '../../src/domain/model';
import { csvText } from '../transfer/csv';
import { chinaDateTime } from '../../src/domain/chinaTime';

const headers = [
  '时间(北京时间)',
  '操作人',
  '账号',
  '类型',
  '对象编号',
  '对象名称',
  '期间',
  '字段',
  '原值',
  '新值',
  '说明',
  '批次',
];

const entityTypeNames: Record<AuditEntityType, string> = {
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
};

const judgementNames: Record<Judgement, string> = {
  onTrack: '正常推进',
  needsAttention: '需关注',
  behind: '滞后',
};

function chinaTime(instant: string): string {
  const { date, time } = chinaDateTime(Date.parse(instant));
  return `${date} ${time}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A figure as people read it (6.4, 正常推进, 完成于 2024-05-20); other values as text or JSON. */
export function describeAuditValue(entry: Pick<AuditEntry, 'entityType'>, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (entry.entityType === 'value' && isRecord(value)) {
    const parts: string[] = [];
    if (typeof value.value === 'number') parts.push(String(value.value));
    if (typeof value.judgement === 'string' && value.judgement in judgementNames)
      parts.push(judgementNames[value.judgement as Judgement]);
    if (typeof value.achievedOn === 'string') parts.push(`完成于 ${value.achievedOn}`);
    if (value.isDemo === true) parts.push('(示例数据)');
    return parts.join(' ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function auditCsv(entries: AuditEntry[], nameOf: (entry: AuditEntry) => string): string {
  const rows = entries.map((entry) => [
    chinaTime(entry.at),
    entry.actorName,
    entry.actor,
    entityTypeNames[entry.entityType],
    entry.entityId,
    nameOf(entry),
    entry.period ?? '',
    entry.field ?? '',
    describeAuditValue(entry, entry.oldValue),
    describeAuditValue(entry, entry.newValue),
    entry.note,
    entry.batchId ?? '',
  ]);
  return csvText([headers, ...rows]);
}
