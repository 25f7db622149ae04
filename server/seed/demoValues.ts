/**
 * A demo series (示例数据) so that a fresh dashboard has something to show: invented figures for
 * January–October 2024, each recorded at its period's cut-off and marked as demo. Derived
 * indicators get none: they follow from the project registry.
 */
import type { IndicatorValue, Judgement, Period } from '../../src/domain/model';
import { periodCutoff, periodOf, periodOfDate } from '../../src/domain/period';

const demoNote = '示例数据,非真实统计';

/** China publishes January and February together, so monthly figures start with February. */
const monthlyPeriods: Period[] = Array.from({ length: 9 }, (_, i) => periodOf(2024, i + 2));
const quarterlyPeriods: Period[] = ['2024-03', '2024-06', '2024-09'];

/** Cumulative figures per period, chosen to show a mix of statuses on the dashboard. */
const monthlySeries: Record<string, number[]> = {
  'industrial-value-added-growth': [8.6, 9.1, 9.3, 9.0, 9.2, 8.9, 9.1, 9.0, 9.2], // ahead of 8%
  'fixed-asset-investment-growth': [8.3, 8.1, 7.8, 7.6, 7.7, 7.5, 7.3, 7.4, 7.4], // needs attention
  'public-budget-revenue-growth': [6.2, 5.8, 5.5, 5.1, 5.3, 4.9, 5.0, 4.8, 5.0], // behind 7%
  'retail-sales-growth': [5.2, 5.6, 5.7, 5.5, 5.8, 5.6, 5.5, 5.7, 5.6], // on schedule
  'top-ten-industries-domestic-capital': [13.2, 22.5, 30.4, 38.9, 47.6, 55.3, 62.0, 70.4, 78.2], // 亿元
};

const quarterlySeries: Record<string, number[]> = {
  'gdp-growth': [6.1, 6.3, 6.2],
  'foreign-capital-city-rank': [1, 2, 1],
};

const milestonesAchievedOn: Record<string, string> = {
  'project-inspection-mechanism': '2024-02-26',
  'investment-expert-committee': '2024-03-15',
};

const quarterlyJudgements: Record<string, [Judgement, string][]> = {
  'foreign-capital-used': [
    ['onTrack', '示例数据:一季度外资项目到位节奏平稳,新设外资企业以先进制造业为主。'],
    ['onTrack', '示例数据:上半年实际使用外资规模与上年同期基本持平,制造业外资占比提高。'],
    ['onTrack', '示例数据:三季度外资增资扩股项目增多,高技术产业外资占比继续提升。'],
  ],
  'foreign-trade': [
    ['onTrack', '示例数据:一季度进出口总体平稳,医疗器械、电子信息产品出口增长较快。'],
    ['onTrack', '示例数据:上半年进出口规模稳中有增,高技术产品出口占比提升。'],
    ['needsAttention', '示例数据:三季度部分出口订单有所波动,需关注外需变化。'],
  ],
};

function demoValue(indicatorId: string, period: Period, fields: Partial<IndicatorValue>): IndicatorValue {
  return {
    indicatorId,
    period,
    value: null,
    judgement: null,
    achievedOn: null,
    note: demoNote,
    source: '示例数据',
    isDemo: true,
    recordedBy: 'demo',
    recordedAt: periodCutoff(period),
    version: 1,
    ...fields,
  };
}

/** Pairs each period with the entry at the same place; a shorter list simply ends earlier. */
function byPeriod<T>(periods: Period[], entries: T[]): [Period, T][] {
  return periods.flatMap((period, i): [Period, T][] => {
    const entry = entries[i];
    return entry === undefined ? [] : [[period, entry]];
  });
}

function seriesValues(series: Record<string, number[]>, periods: Period[]): IndicatorValue[] {
  return Object.entries(series).flatMap(([indicatorId, values]) =>
    byPeriod(periods, values).map(([period, value]) => demoValue(indicatorId, period, { value })),
  );
}

export const demoValues: IndicatorValue[] = [
  ...seriesValues(monthlySeries, monthlyPeriods),
  ...seriesValues(quarterlySeries, quarterlyPeriods),
  ...Object.entries(milestonesAchievedOn).map(([indicatorId, achievedOn]) =>
    demoValue(indicatorId, periodOfDate(achievedOn), { value: 1, achievedOn }),
  ),
  ...Object.entries(quarterlyJudgements).flatMap(([indicatorId, judgements]) =>
    byPeriod(quarterlyPeriods, judgements).map(([period, [judgement, note]]) =>
      demoValue(indicatorId, period, { judgement, note }),
    ),
  ),
];
