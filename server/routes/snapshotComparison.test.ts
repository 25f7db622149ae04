import { describe, expect, it } from 'vitest';
import type { PlanTreeResponse } from '../../src/api/contract';
import type { Snapshot } from '../../src/api/presentContract';
import { buildSeed } from '../seed';
import { compareSnapshot, standingsOf, statusChange } from './snapshotComparison';

function treeOf(values: PlanTreeResponse['values']): PlanTreeResponse {
  const { plan, indicators, workItems } = buildSeed({ demo: false });
  return {
    plan,
    indicators,
    workItems,
    values,
    asOf: { period: null, cutoff: null },
    hasDemoData: false,
    benchmarks: [],
  };
}

const recorded = (indicatorId: string, period: string, value: number, recordedAt: string) => ({
  indicatorId,
  period,
  value,
  judgement: null,
  achievedOn: null,
  note: null,
  source: null,
  isDemo: false,
  recordedBy: '统计员',
  recordedAt,
  version: 1,
});

describe('comparing a meeting snapshot with now', () => {
  it('ranks statuses from missed up to met: a move up improves, a move down slips', () => {
    expect(statusChange('behind', 'needsAttention')).toBe('improved');
    expect(statusChange('notReported', 'behind')).toBe('slipped');
    expect(statusChange('ahead', 'met')).toBe('improved');
    expect(statusChange('onSchedule', 'onSchedule')).toBe('unchanged');
    expect(statusChange('met', 'missed')).toBe('slipped');
  });

  it('calls a move into 待年终数据 or 待对标数据 a verdict awaited, not a drop; a verdict that then arrives is ranked', () => {
    expect(statusChange('onSchedule', 'awaitingYearEnd')).toBe('awaitingVerdict');
    expect(statusChange('ahead', 'awaitingReference')).toBe('awaitingVerdict');
    expect(statusChange('awaitingYearEnd', 'awaitingYearEnd')).toBe('unchanged');
    expect(statusChange('awaitingYearEnd', 'met')).toBe('improved');
    expect(statusChange('awaitingYearEnd', 'missed')).toBe('slipped');
  });

  it('says an October snapshot compared after the year ended awaits the year-end figure, not that it fell', () => {
    const october = [recorded('public-budget-revenue-growth', '2024-09', 9, '2024-10-10T02:00:00.000Z')];
    const tree = treeOf(october);
    const snapshot: Snapshot = {
      id: 'snapshot-october',
      planId: tree.plan.id,
      name: '十月调度会',
      meetingDate: '2024-10-12',
      asOf: null,
      asOfPeriod: '2024-09',
      takenAt: '2024-10-11T08:00:00.000Z',
      takenBy: '规划科',
      tree,
      standings: standingsOf(tree, '2024-09'),
    };

    const comparison = compareSnapshot(snapshot, tree, new Date('2026-12-04T00:00:00.000Z'));

    expect(comparison.nowAsOfPeriod).toBe('2024-12');
    const revenue = comparison.indicators.find((item) => item.indicatorId === 'public-budget-revenue-growth');
    expect(revenue?.then?.status).not.toBe('awaitingYearEnd');
    expect(revenue).toMatchObject({ now: { status: 'awaitingYearEnd' }, change: 'awaitingVerdict' });
  });

  it('names the figures entered after the snapshot and lists the main targets first', () => {
    const before = [recorded('public-budget-revenue-growth', '2024-09', 5, '2024-10-10T02:00:00.000Z')];
    const thenTree = treeOf(before);
    const snapshot: Snapshot = {
      id: 'snapshot-october',
      planId: thenTree.plan.id,
      name: '十月调度会',
      meetingDate: '2024-10-12',
      asOf: null,
      asOfPeriod: '2024-09',
      takenAt: '2024-10-11T08:00:00.000Z',
      takenBy: '规划科',
      tree: thenTree,
      standings: standingsOf(thenTree, '2024-09'),
    };
    const later = recorded('public-budget-revenue-growth', '2024-10', 7.5, '2024-11-08T02:00:00.000Z');
    const nowTree = treeOf([...before, later]);

    const comparison = compareSnapshot(snapshot, nowTree, new Date('2024-11-20T00:00:00.000Z'));

    expect(comparison.nowAsOfPeriod).toBe('2024-10');
    const revenue = comparison.indicators.find((item) => item.indicatorId === 'public-budget-revenue-growth');
    expect(revenue).toMatchObject({
      then: { status: 'behind', actual: 5 },
      now: { actual: 7.5 },
      change: 'improved',
      figuresSince: [{ period: '2024-10', value: 7.5, recordedBy: '统计员' }],
    });
    const firstActionIndex = comparison.indicators.findIndex((item) =>
      nowTree.indicators.some(
        (indicator) => indicator.id === item.indicatorId && indicator.actionId !== null,
      ),
    );
    const mainTargets = nowTree.indicators.filter((indicator) => indicator.actionId === null).length;
    expect(firstActionIndex).toBe(mainTargets);
    expect(comparison.snapshot).not.toHaveProperty('tree');
  });
});
