/**
 * What the status engine says of one indicator at one as-of period. The engine itself
 * (`status.ts`, `forecast.ts`) computes these; screens only read them.
 */
import type { Judgement, Period, Threshold } from './model';

export const statuses = [
  'ahead', // 超前
  'onSchedule', // 符合序时进度
  'needsAttention', // 需关注
  'behind', // 滞后
  'notReported', // 未报送
  'met', // 已完成 (after the deadline)
  'missed', // 未完成 (after the deadline)
] as const;
export type Status = (typeof statuses)[number];

/** The light shown beside a status word (红黄绿灯); never shown alone. */
export type Light = 'green' | 'amber' | 'red' | 'grey';

/** A gap between actual and expected. For rates it is in percentage points (百分点). */
export interface Gap {
  /** actual − expected, in the indicator's unit, or in percentage points for rates. */
  absolute: number;
  /** actual ÷ expected − 1; null where expected is 0 or the indicator is a rate. */
  relative: number | null;
  inPercentagePoints: boolean;
}

export interface Forecast {
  /** The projected year-end figure: always labelled as a projection. */
  yearEnd: number;
  method: 'runRate' | 'trend';
  /** The pace still required per remaining period to reach the target, or null when none remain or it is already reached. */
  requiredPerPeriod: number | null;
  remainingPeriods: number;
}

export interface ThresholdResult {
  threshold: Threshold;
  /** met / missed once its deadline has passed at the as-of date; otherwise the running status. */
  status: Status;
}

export interface Evaluation {
  indicatorId: string;
  status: Status;
  light: Light;
  /** True for qualitative indicators: the status is what people judged, never computed. */
  judged: boolean;
  judgement: Judgement | null;
  /** The latest figure known at the as-of period, and the period it is for. */
  actual: number | null;
  actualPeriod: Period | null;
  /** Where the schedule (序时进度) or planned path says the figure should be at `actualPeriod`. */
  expected: number | null;
  /** The threshold in force: the next one not yet due, or the last one once all are due. */
  threshold: Threshold | null;
  thresholds: ThresholdResult[];
  gap: Gap | null;
  /** The latest figure is older than the reporting frequency allows. */
  stale: boolean;
  forecast: Forecast | null;
}

/** Where the engine stands: the end of `asOfPeriod`, inside the plan year `year`. */
export interface EvaluationContext {
  year: number;
  asOfPeriod: Period;
}
