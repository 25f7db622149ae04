/** The change log's CSV and the screens read their words from the same resource. */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/api/auditContract';
import { auditMessages } from '../../src/features/audit/messages';
import { entryMessages } from '../../src/features/entry/messages';
import { recordTexts } from '../../src/i18n/shared/recordTexts';
import { auditCsv } from './auditCsv';

const entry: AuditEntry = {
  id: 'audit-1',
  at: '2024-05-20T02:00:00.000Z',
  actor: 'zhang',
  actorName: '张三',
  entityType: 'value',
  entityId: 'gdp-growth',
  planId: 'weihai-hitech-2024',
  period: '2024-04',
  oldValue: null,
  newValue: { value: 6.4, judgement: 'needsAttention' },
  note: '',
};

describe('the change log as CSV', () => {
  it('names the record type, the judgement and the columns in the words the screens show', () => {
    const [header, row] = auditCsv([entry], () => '地区生产总值增速').split(/\r?\n/);
    const chinese = recordTexts['zh-CN'];
    expect(header).toContain(
      Object.values(chinese.auditColumns)
        .map((column) => `"${column}"`)
        .join(','),
    );
    expect(row).toContain(auditMessages['zh-CN'].types.value);
    expect(row).toContain(`6.4 ${entryMessages['zh-CN'].judgements.needsAttention}`);
  });

  it('takes those words from the resource the audit and entry namespaces are made of', () => {
    expect(auditMessages['zh-CN'].types).toBe(recordTexts['zh-CN'].auditTypes);
    expect(auditMessages['en-US'].types).toBe(recordTexts['en-US'].auditTypes);
    expect(entryMessages['zh-CN'].judgements).toBe(recordTexts['zh-CN'].judgements);
    expect(entryMessages['en-US'].judgements).toBe(recordTexts['en-US'].judgements);
  });
});
