import { describe, expect, it } from 'vitest';
import { corpus, heldOut } from '.';
import { precision, recall, scoreCorpus } from './evaluate';

const reports = [...corpus, ...heldOut];

describe('the reader on the corpus of real work reports', () => {
  it('holds at least ten reports from provinces, cities, districts and zones, 2023–2026, each with its source', () => {
    expect(reports.length).toBeGreaterThanOrEqual(10);
    const levels = new Set(reports.map((report) => report.level));
    for (const level of ['province', 'city', 'district', 'zone'] as const) expect(levels).toContain(level);
    for (const report of reports) {
      expect(report.year).toBeGreaterThanOrEqual(2023);
      expect(report.year).toBeLessThanOrEqual(2026);
      expect(report.source.title.length, report.id).toBeGreaterThan(0);
      expect(report.source.address.length, report.id).toBeGreaterThan(0);
    }
  });

  it('labels only clauses that stand in the report', () => {
    for (const report of reports) {
      for (const target of report.targets) expect(report.text, `${report.id}: ${target.sentence}`).toContain(target.sentence);
    }
  });

  it('finds at least 95% of the labelled targets and proposes at most 5% that are not', () => {
    const score = scoreCorpus(reports);
    expect(recall(score)).toBeGreaterThanOrEqual(0.95);
    expect(precision(score)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 95% of the values and comparators right', () => {
    const score = scoreCorpus(reports);
    expect(score.fieldRight.value / score.matched).toBeGreaterThanOrEqual(0.95);
    expect(score.fieldRight.comparator / score.matched).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the held-out reports, labelled before the reader first ran on them, as well', () => {
    const score = scoreCorpus(heldOut);
    expect(recall(score)).toBeGreaterThanOrEqual(0.95);
    expect(precision(score)).toBeGreaterThanOrEqual(0.95);
  });
});
