/**
 * The audit trail as CSV for Excel, written by the one CSV writer (server/transfer/csv.ts): Chinese
 * headers, times in China time, formulas guarded. Browser-safe.
 */
import type { AuditEntry, AuditEntityType } from '../../src/api/auditContract';
import type { Judgement } from '../../src/domain/model';
import { csvText } from '../transfer/csv';
import { chinaDateTime } from '../../src/domain/chinaTime';
import { recordTexts } from '../../src/i18n/shared/recordTexts';

/** The change log's file is in Chinese, in the words the screens use. */
const texts = recordTexts['zh-CN'];
const headers = Object.values(texts.auditColumns);
const entityTypeNames: Record<AuditEntityType, string> = texts.auditTypes;
const judgementNames: Record<Judgement, string> = texts.judgements;

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
