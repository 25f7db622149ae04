/**
 * What the status engine says of one indicator at one as-of period. The engine itself
 * (`status.ts`, `forecast.ts`) computes these; screens only read them.
 */
import type {
  BenchmarkPoint,
  Bilingual,
  Indicator,
  IndicatorValue,
  Judgement,
  Period,
  Threshold,
} from './model';

export const statuses = [
  'ahead', // 超前
  'onSchedule', // 符合序时进度
  'needsAttention', // 需关注
  'behind', // 滞后
  'notReported', // 未报送
  'met', // 已完成 (after the deadline)
  'missed', // 未完成 (after the deadline)
  'awaitingYearEnd', // 待年终数据: the year-end target is due but its year-end figure is not in yet
  'awaitingReference', // 待全省数据: a relative target whose yardstick has no figure for the period
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
  /** The pace still required per remaining period to reach the target; null unless `pace` is 'required'. */
  requiredPerPeriod: number | null;
  remainingPeriods: number;
  /**
   * What can be said about the pace still required:
   * - 'required': `requiredPerPeriod` holds it;
   * - 'reached': the latest figure already meets a target that adds up (amounts, counts, deadline rates);
   * - 'noneRemaining': no reporting period is left this year;
   * - 'needsPriorYearBase': a cumulative growth rate (累计同比增速), whose year-end figure depends on
   *   the remaining months' sum against last year's, which needs last year's monthly base; no figure.
   */
  pace: 'required' | 'reached' | 'noneRemaining' | 'needsPriorYearBase';
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
  /** Where the figure stands against a band, a range or a yardstick, for words such as 高于上限; null for plain comparators. */
  position: TargetPosition | null;
  /** The reporting periods of the plan year due by the as-of view (per the rhythm) that have no figure: 未报送. */
  missingPeriods: Period[];
}

/**
 * Where a figure stands against what the target is, beyond met or behind:
 * - `inBand` / `aboveUpper` / `belowLower`: a 左右 band or a range; `by` is the distance past the edge.
 * - `relative`: against a yardstick (全省, 经济增长) at the same period; `difference` is figure − yardstick (`yardstickValue`),
 *   `inStep` whether it lies within the band of a 同步 (approx) target.
 * - `awaitingReference`: the yardstick has no figure for the period (待全省数据).
 */
export type TargetPosition =
  | { kind: 'inBand' }
  | { kind: 'aboveUpper'; by: number }
  | { kind: 'belowLower'; by: number }
  | {
      kind: 'relative';
      reference: ReferenceKind;
      label: Bilingual;
      period: Period;
      /** The yardstick's own figure for `period` (全省 5.9%), shown beside ours. */
      yardstickValue: number;
      difference: number;
      inStep: boolean;
    }
  | { kind: 'awaitingReference'; reference: ReferenceKind; label: Bilingual; period: Period | null };

/** A benchmark series (全省) or another indicator of the plan (经济增长). */
export type ReferenceKind = 'benchmark' | 'indicator';

/** A yardstick's name and its figures, as a relative target reads them. */
export interface ReferenceFigures {
  label: Bilingual;
  /** Figures by period; for an indicator, those known at the as-of view (latest recorded per period). */
  points: readonly BenchmarkPoint[];
}

/**
 * What relative targets are measured against: the plan's benchmark series by id, and the plan's
 * indicators with their figures by id. Built by `referencesOf` (`references.ts`).
 */
export interface References {
  benchmarks: ReadonlyMap<string, ReferenceFigures>;
  indicators: ReadonlyMap<string, { indicator: Indicator; values: readonly IndicatorValue[] }>;
}

/**
 * Where the engine stands: the end of `asOfPeriod`, inside the plan year `year`. `references`
 * carries the yardsticks of relative targets; without it a relative target awaits its yardstick.
 */
export interface EvaluationContext {
  year: number;
  asOfPeriod: Period;
  references?: References;
}
