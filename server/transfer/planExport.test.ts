import { describe, expect, it } from 'vitest';
import type { PlanTreeResponse } from '../../src/api/contract';
import { commonMessages } from '../../src/i18n/commonMessages';
import { buildSeed } from '../seed';
import { planExport, statusWords } from './planExport';

const seed = buildSeed({ demo: true });
const tree: PlanTreeResponse = {
  plan: seed.plan,
  indicators: seed.indicators,
  workItems: seed.workItems,
  values: seed.values,
  benchmarks: [],
  asOf: { period: null, cutoff: null },
  hasDemoData: true,
};

describe('the plan export', () => {
  it('says each status in the overview’s words', () => {
    expect(statusWords).toEqual(commonMessages['zh-CN'].status);
  });

  it('lists every indicator, main targets first, with target, actual, schedule, gap and status', () => {
    const [sheet, notes] = planExport({
      tree,
      asOfPeriod: '2024-03',
      exportedAt: '2024-04-02T01:30:00.000Z',
    }).sheets;
    const column = (header: string) => sheet.columns.findIndex((c) => c.header === header);
    const gdp = sheet.rows.find((row) => row[0] === 'gdp-growth');

    expect(sheet.rows).toHaveLength(seed.indicators.length);
    expect(sheet.rows[0]?.[column('所属')]).toBe('主要预期目标');
    expect(gdp?.[column('实际值')]).toBe(6.1);
    expect(gdp?.[column('数据期间')]).toBe('2024-03');
    expect(gdp?.[column('序时进度（应达）')]).toBe(6);
    expect(gdp?.[column('差距')]).toBe(0.1);
    expect(gdp?.[column('差距说明')]).toBe('高于目标0.1个百分点');
    expect(Object.values(statusWords)).toContain(gdp?.[column('状态')]);
    expect(gdp?.[column('示例数据')]).toBe('是');
    expect(notes?.rows).toContainEqual(['数据截至', '2024年3月末：只计入当时已录入的数据']);
  });

  it('shows a judged indicator’s judgement rather than a computed status', () => {
    const [sheet] = planExport({
      tree,
      asOfPeriod: '2024-03',
      exportedAt: '2024-04-02T01:30:00.000Z',
    }).sheets;
    const status = sheet.columns.findIndex((c) => c.header === '状态');

    expect(sheet.rows.find((row) => row[0] === 'foreign-capital-used')?.[status]).toMatch(/（研判）$/);
  });
});
