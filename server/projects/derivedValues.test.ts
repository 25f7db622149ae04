import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorValue } from '../../src/domain/model';
import { testProject } from '../../src/domain/projects/testProject';
import { seedIndicators } from '../seed/indicators';
import { withDerivedValues } from './derivedValues';

const startRate = seedIndicators.find((i) => i.id === 'key-project-start-rate') as Indicator;
const gdp = seedIndicators.find((i) => i.id === 'gdp-growth') as Indicator;

const keyProjects = [
  testProject({ id: 'a', statusHistory: [{ status: 'started', date: '2024-01-20' }] }),
  testProject({
    id: 'b',
    isDemo: true,
    statusHistory: [{ status: 'started', date: '2024-03-05' }],
    updatedAt: '2024-03-10T02:00:00.000Z',
  }),
];

const storedFigure = (indicatorId: string, period: string, value: number): IndicatorValue => ({
  indicatorId,
  period,
  value,
  judgement: null,
  achievedOn: null,
  note: null,
  source: null,
  isDemo: false,
  recordedBy: 'someone',
  recordedAt: '2024-04-01T00:00:00.000Z',
  version: 1,
});

const view = { year: 2024, asOfPeriod: null, today: '2024-12-31' };

describe('withDerivedValues', () => {
  it('computes the start rate from January to the latest month with a dated change', () => {
    const values = withDerivedValues([], [startRate], keyProjects, view);

    expect(values.map((v) => [v.period, v.value])).toEqual([
      ['2024-01', 50],
      ['2024-02', 50],
      ['2024-03', 100],
    ]);
  });

  it('dates a closed month at its cut-off and the month still running at the last change', () => {
    const values = withDerivedValues([], [startRate], keyProjects, view);

    expect(values.map((v) => v.recordedAt)).toEqual([
      '2024-01-31T15:59:59.999Z',
      '2024-02-29T15:59:59.999Z',
      '2024-03-10T02:00:00.000Z',
    ]);
    expect(values.every((v) => v.recordedBy === 'derived' && v.isDemo)).toBe(true);
  });

  it('stops at the as-of month and at today, never giving a month that has not begun', () => {
    const asOfFebruary = withDerivedValues([], [startRate], keyProjects, { ...view, asOfPeriod: '2024-02' });
    expect(asOfFebruary.map((v) => v.period)).toEqual(['2024-01', '2024-02']);
    const inFebruary = withDerivedValues([], [startRate], keyProjects, { ...view, today: '2024-02-15' });
    expect(inFebruary.map((v) => v.period)).toEqual(['2024-01', '2024-02']);
  });

  it('marks figures as real when no contributing project is demo', () => {
    const real = keyProjects.map((p) => ({ ...p, isDemo: false }));
    const values = withDerivedValues([], [startRate], real, view);
    expect(values.some((v) => v.isDemo)).toBe(false);
  });

  it('keeps other indicators’ figures and replaces anything stored for a derived one', () => {
    const stored = [storedFigure('gdp-growth', '2024-03', 6.1), storedFigure(startRate.id, '2024-03', 12)];

    const values = withDerivedValues(stored, [gdp, startRate], keyProjects, view);

    expect(values.filter((v) => v.indicatorId === 'gdp-growth')).toEqual([stored[0]]);
    expect(values.find((v) => v.indicatorId === startRate.id && v.period === '2024-03')?.value).toBe(100);
  });

  it('gives no figures when the registry has no project to count', () => {
    expect(withDerivedValues([], [startRate], [], view)).toEqual([]);
  });
});
