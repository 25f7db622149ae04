/**
 * What a typed-in figure must satisfy, by indicator kind. The entry form and the grid check these
 * as the user types; the server checks the same rules again and is the authority.
 *
 * | kind             | value                         | also                                  |
 * |------------------|-------------------------------|---------------------------------------|
 * | growthRate       | −50 … 200 (%)                 |                                       |
 * | deadlineRate     | 0 … 100 (%)                   |                                       |
 * | cumulativeCount  | whole, ≥ 0                    | decimals in a written unit (7.7万人)  |
 * | cumulativeAmount | ≥ 0 (亿元)                    |                                       |
 * | rank             | whole, ≥ 1                    |                                       |
 * | milestone        | 1 done / 0 not done           | achievedOn when done, not after today |
 * | qualitative      | optional supporting figure    | a judgement is required               |
 *
 * Periods lie inside the plan year, not after the current month in China, and on the indicator's
 * reporting rhythm (quarterly: March, June, September, December; yearly: December). Indicators
 * computed from the project registry (derivation set) cannot be typed in at all.
 */
import {
  maxFigureMagnitude,
  type Indicator,
  type IndicatorKind,
  type IsoDate,
  type Judgement,
  type Period,
  type Unit,
} from './model';
import { monthOf, periodOfDate, yearOf } from './period';

export type ValueField = 'value' | 'judgement' | 'achievedOn' | 'period';

export type ValueRule =
  | 'derived'
  | 'required'
  | 'notANumber'
  | 'wholeNumber'
  | 'outOfRange'
  | 'milestoneFlag'
  | 'judgementRequired'
  | 'judgementNotAllowed'
  | 'achievedOnRequired'
  | 'achievedOnNotAllowed'
  | 'achievedOnInFuture'
  | 'periodOutsidePlanYear'
  | 'periodInFuture'
  | 'periodOffRhythm';

export interface ValueRuleIssue {
  field: ValueField;
  rule: ValueRule;
  /** For outOfRange: the allowed bounds, so that a message can name them. */
  min?: number;
  max?: number;
}

/** The figure as a writer gives it. */
export interface TypedFigure {
  value: number | null;
  judgement?: Judgement | null;
  achievedOn?: IsoDate | null;
}

export interface NumericRule {
  min: number;
  max: number | null;
  whole: boolean;
}

const numericRules: Record<Exclude<IndicatorKind, 'qualitative' | 'milestone'>, NumericRule> = {
  growthRate: { min: -50, max: 200, whole: false },
  deadlineRate: { min: 0, max: 100, whole: false },
  cumulativeCount: { min: 0, max: maxFigureMagnitude, whole: true },
  cumulativeAmount: { min: 0, max: maxFigureMagnitude, whole: false },
  rank: { min: 1, max: maxFigureMagnitude, whole: true },
};

/**
 * The bounds of the number a kind takes; null for milestones and judged indicators. A count in a
 * unit as the plan writes it (`measure`: 7.7万人) takes decimals; a count of things (个, 家) does not.
 */
export function numericRuleOf(kind: IndicatorKind, unit?: Unit): NumericRule | null {
  if (kind === 'qualitative' || kind === 'milestone') return null;
  const rule = numericRules[kind];
  return unit === 'measure' && kind === 'cumulativeCount' ? { ...rule, whole: false } : rule;
}

/** Whether people type this indicator's figures in (rather than the project registry deriving them). */
export function isTypedIn(indicator: Pick<Indicator, 'derivation'>): boolean {
  return indicator.derivation === null;
}

function checkNumber(value: number, rule: NumericRule): ValueRuleIssue | null {
  if (!Number.isFinite(value)) return { field: 'value', rule: 'notANumber' };
  if (rule.whole && !Number.isInteger(value)) return { field: 'value', rule: 'wholeNumber' };
  if (value < rule.min || (rule.max !== null && value > rule.max))
    return {
      field: 'value',
      rule: 'outOfRange',
      min: rule.min,
      ...(rule.max === null ? {} : { max: rule.max }),
    };
  return null;
}

function checkMilestone(figure: TypedFigure, today: IsoDate): ValueRuleIssue[] {
  if (figure.value === null) return [{ field: 'value', rule: 'required' }];
  if (figure.value !== 0 && figure.value !== 1) return [{ field: 'value', rule: 'milestoneFlag' }];
  const achievedOn = figure.achievedOn ?? null;
  if (figure.value === 1 && achievedOn === null) return [{ field: 'achievedOn', rule: 'achievedOnRequired' }];
  if (figure.value === 0 && achievedOn !== null)
    return [{ field: 'achievedOn', rule: 'achievedOnNotAllowed' }];
  if (achievedOn !== null && achievedOn > today) return [{ field: 'achievedOn', rule: 'achievedOnInFuture' }];
  return [];
}

/** Whether a number fits the kind's bounds (also for target values); null for kinds without bounds. */
export function checkNumericValue(kind: IndicatorKind, value: number, unit?: Unit): ValueRuleIssue | null {
  const rule = numericRuleOf(kind, unit);
  return rule ? checkNumber(value, rule) : null;
}

/**
 * Every rule the figure breaks for this indicator (empty when it may be saved). The judgement
 * and achievedOn fields are checked only for the kinds that take them.
 */
export function checkFigure(
  indicator: Pick<Indicator, 'kind' | 'derivation'> & { unit?: Unit },
  figure: TypedFigure,
  today: IsoDate,
): ValueRuleIssue[] {
  if (!isTypedIn(indicator)) return [{ field: 'value', rule: 'derived' }];
  const issues: ValueRuleIssue[] = [];
  const judgement = figure.judgement ?? null;
  if (indicator.kind === 'qualitative') {
    if (judgement === null) issues.push({ field: 'judgement', rule: 'judgementRequired' });
    if (figure.value !== null && !Number.isFinite(figure.value))
      issues.push({ field: 'value', rule: 'notANumber' });
  } else if (judgement !== null) {
    issues.push({ field: 'judgement', rule: 'judgementNotAllowed' });
  }
  if (indicator.kind === 'milestone') return [...issues, ...checkMilestone(figure, today)];
  if ((figure.achievedOn ?? null) !== null)
    issues.push({ field: 'achievedOn', rule: 'achievedOnNotAllowed' });
  const rule = numericRuleOf(indicator.kind, indicator.unit);
  if (rule) {
    const numberIssue =
      figure.value === null
        ? { field: 'value' as const, rule: 'required' as const }
        : checkNumber(figure.value, rule);
    if (numberIssue) issues.unshift(numberIssue);
  }
  return issues;
}

/** Whether the period may carry a typed figure: in the plan year, not in the future, on the rhythm. */
export function checkPeriod(
  indicator: Pick<Indicator, 'frequency'>,
  period: Period,
  planYear: number,
  today: IsoDate,
): ValueRuleIssue | null {
  if (yearOf(period) !== planYear) return { field: 'period', rule: 'periodOutsidePlanYear' };
  if (period > periodOfDate(today)) return { field: 'period', rule: 'periodInFuture' };
  if (!reportsIn(indicator, period)) return { field: 'period', rule: 'periodOffRhythm' };
  return null;
}

/** Whether an indicator reports a figure for this month: quarterly ones at quarter ends, yearly ones in December. */
export function reportsIn(indicator: Pick<Indicator, 'frequency'>, period: Period): boolean {
  const month = monthOf(period);
  switch (indicator.frequency) {
    case 'monthly':
    case 'once':
      return true;
    case 'quarterly':
      return month % 3 === 0;
    case 'yearly':
      return month === 12;
  }
}

/**
 * A number as people type it: spaces, thousands separators (, and ,), full-width digits and a
 * trailing % are accepted. Empty text is null; anything else that is not a number is 'invalid'.
 */
export function parseTypedNumber(text: string): number | null | 'invalid' {
  const normalized = text
    .replace(/[０-９．－＋]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s,,]/g, '')
    .replace(/−/g, '-')
    .replace(/%$/, '');
  if (normalized === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return 'invalid';
  return Number(normalized);
}
