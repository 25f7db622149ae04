import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/api/auditContract';
import { readCsv } from '../transfer/csv';
import { auditCsv } from './auditCsv';

function entry(note: string): AuditEntry {
  return {
    id: 'a1',
    at: '2024-05-06T01:00:00.000Z',
    actor: 'wang',
    actorName: "-2+3+cmd|' /C calc'!A0",
    entityType: 'value',
    entityId: 'gdp-growth',
    planId: 'weihai-hitech-2024',
    period: '2024-04',
    field: 'value',
    oldValue: null,
    newValue: { value: -1.5 },
    note,
  };
}

describe('the audit trail as CSV', () => {
  it('guards a note or a name that a spreadsheet would run as a formula, signed ones too', () => {
    const csv = auditCsv([entry('+1+HYPERLINK("http://evil.example","点此")')], () => '@SUM(A1)');

    expect(csv).toContain(`,"'-2+3+cmd|' /C calc'!A0",`);
    expect(csv).toContain(`,"'+1+HYPERLINK(""http://evil.example"",""点此"")",`);
    expect(csv).toContain(`,"'@SUM(A1)",`);
  });

  it('reads back as written through the one CSV reader', () => {
    const csv = auditCsv([entry('=1+1')], () => '国内生产总值');
    const row = readCsv(new TextEncoder().encode(csv)).rows[0];

    expect(row?.cells.map((cell) => cell?.value)).toContain('=1+1');
    expect(row?.cells.map((cell) => cell?.value)).toContain('-1.5');
  });
});
