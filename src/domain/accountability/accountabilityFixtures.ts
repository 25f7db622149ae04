/** A monthly growth-rate indicator and its figures, for the accountability examples. */
import { type Indicator, type IndicatorValue, type Period } from '../model';
import { growthIndicator as zoneGrowthIndicator } from '../testing/growthIndicator';

export const growthIndicator = (overrides: Partial<Indicator> = {}): Indicator =>
  zoneGrowthIndicator({ planId: 'zone-2024', leadDepartment: '区统计局', ...overrides });

export function figure(period: Period, value: number, indicatorId = 'gdp'): IndicatorValue {
  return {
    indicatorId,
    period,
    value,
    judgement: null,
    achievedOn: null,
    note: null,
    source: null,
    isDemo: false,
    recordedBy: 'statistics-office',
    recordedAt: `${period}-28T02:00:00.000Z`,
    version: 1,
  };
}
