/**
 * Checks on entry: what the entry form, the grid (a block pasted from Excel) and the figure import
 * all refuse before a figure is read, or stop until the writer confirms it with a reason. The
 * server runs the same checks, so a write through the API is held to them too.
 *
 * Refused (the writer retypes the figure):
 * - **Decimal comma.** A comma that does not group thousands ("9,5", "7,9", "1,25", "1,2345") is
 *   taken for a decimal comma: refused, with the figure written with a point as the suggestion
 *   ("9.5"). Commas that group digits by three ("1,234", "12,345.6") stay thousands separators,
 *   as Chinese statistics write them.
 * - **Unit typed with the number.** Any text after (or a currency sign before) the number —
 *   "5.5%", "80亿元", "12个", "￥3" — is refused with a message to type the number only: the unit is
 *   the indicator's own and shown beside the field. The unit is never read, even when it is the
 *   indicator's, so "80万元" can never be taken for 80 亿元.
 * - **Out of the range its kind allows** (src/domain/valueRules.ts): a growth rate below −50 % or
 *   above 200 %, a start (deadline) rate outside 0–100, a negative count or amount, a rank below 1
 *   or not whole, a milestone other than 0 / 1.
 *
 * Confirmed with a reason (the reason goes into the audit entry of the save):
 * - **Far from the indicator's own history**, compared with the latest figure of an earlier period
 *   (the reference; a correction of the same period is compared with the period before it):
 *   - growth rates: more than {@link maxRateJump} percentage points away (9.2 % → 95 %: 85.8 points);
 *   - counts and amounts: at least {@link historyRatio} times the reference or at most one
 *     {@link historyRatio}th of it, compared only within the year (cumulative figures start again
 *     every January; January has no reference) and not with a reference of 0;
 *   - start rates, ranks, milestones and judged indicators are not compared (their range is narrow
 *     or a jump is normal).
 */
import type { IndicatorKind, Period } from './model';
import { yearOf } from './period';
import { parseTypedNumber } from './valueRules';

/** Percentage points a growth rate may move from its reference without a confirmation. */
export const maxRateJump = 30;
/** How many times its reference (or what fraction of it) a count or amount may be without a confirmation. */
export const historyRatio = 10;
/** The longest reason a confirmation may carry. */
export const maxConfirmationReason = 500;

export type TextIssue =
  | { rule: 'decimalComma'; suggestion: string }
  | { rule: 'unitTyped'; number: string }
  | { rule: 'notANumber' };

/** A figure as it was typed: the number (null when empty), or why its text cannot be read. */
export type FigureText = { value: number | null } | { issue: TextIssue };

const fullWidth = /[０-９．－＋，]/g;
function halfWidth(text: string): string {
  return text.replace(fullWidth, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** A number with commas that do not group digits by three (a decimal comma, or a typo). */
const commaNumber = /^[-+−]?\d+(,\d+)+(\.\d+)?$/;
const thousandsNumber = /^[-+−]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** A number with a unit or sign around it: what is left when the unit is taken off. */
const numberWithUnit = /^([¥￥$]?)\s*([-+−]?(?:\d[\d,]*\.?\d*|\.\d+))\s*([^\d\s.,].*)?$/u;

/** Reads a typed figure with the checks above; anything else is read as parseTypedNumber reads it. */
export function readFigureText(text: string): FigureText {
  const compact = halfWidth(text).replace(/[\s\u00a0]/g, '');
  if (compact === '') return { value: null };
  if (commaNumber.test(compact) && !thousandsNumber.test(compact)) {
    if (/^[-+−]?\d+,\d+$/.test(compact))
      return { issue: { rule: 'decimalComma', suggestion: compact.replace(',', '.').replace('−', '-') } };
    return { issue: { rule: 'notANumber' } };
  }
  const withUnit = numberWithUnit.exec(compact);
  if (withUnit && (withUnit[1] !== '' || (withUnit[3] ?? '') !== '')) {
    const inner = readFigureText(withUnit[2] ?? '');
    if ('issue' in inner) return inner;
    return { issue: { rule: 'unitTyped', number: String(inner.value) } };
  }
  const value = parseTypedNumber(compact);
  return value === 'invalid' ? { issue: { rule: 'notANumber' } } : { value };
}

/** A figure of an earlier period, to compare a new one with. */
export interface HistoryFigure {
  period: Period;
  value: number | null;
}

export interface FarFromHistory {
  rule: 'farFromHistory';
  /** The figure compared with, and its period. */
  reference: number;
  referencePeriod: Period;
  /** Where the screen asks for the reason, when not in a field of its own (the grid: the note). */
  confirmIn?: 'note';
}

/**
 * The figure a new one for `period` is compared with: the latest earlier one with a number; for
 * cumulative kinds only one of the same year (they start again from nothing every January).
 */
export function referenceFigure(
  kind: IndicatorKind,
  period: Period,
  history: readonly HistoryFigure[],
): { value: number; period: Period } | null {
  const sameYearOnly = kind === 'cumulativeCount' || kind === 'cumulativeAmount';
  let best: { value: number; period: Period } | null = null;
  for (const figure of history)
    if (
      figure.value !== null &&
      figure.period < period &&
      (!sameYearOnly || yearOf(figure.period) === yearOf(period)) &&
      (best === null || figure.period > best.period)
    )
      best = { value: figure.value, period: figure.period };
  return best;
}

/** Whether a figure is far enough from its indicator's history to need a confirmation. */
export function checkHistory(
  kind: IndicatorKind,
  period: Period,
  value: number | null,
  history: readonly HistoryFigure[],
): FarFromHistory | null {
  if (value === null) return null;
  const reference = referenceFigure(kind, period, history);
  if (!reference) return null;
  const far = (() => {
    switch (kind) {
      case 'growthRate':
        // rounded to a millionth of a point, so that 39.2 − 9.2 is 30 and not 30.000000000000004
        return Math.round(Math.abs(value - reference.value) * 1e6) / 1e6 > maxRateJump;
      case 'cumulativeCount':
      case 'cumulativeAmount':
        return (
          reference.value > 0 &&
          (value >= reference.value * historyRatio || value * historyRatio <= reference.value)
        );
      default:
        return false;
    }
  })();
  return far ? { rule: 'farFromHistory', reference: reference.value, referencePeriod: reference.period } : null;
}

/** The reason a writer gives for a figure far from its history, as a write carries it. */
export interface Confirmation {
  reason: string;
}

/** Whether a write's confirmation carries a reason (blank reasons do not count). */
export function isConfirmed(confirmation: Confirmation | null | undefined): boolean {
  return (confirmation?.reason.trim() ?? '') !== '';
}
