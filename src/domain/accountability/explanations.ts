/**
 * Reasons and measures (原因分析, 整改措施): which indicators owe an explanation and for which period.
 *
 * An indicator that stands 滞后 (behind) or 未完成 (missed) in a view owes its lead department an
 * explanation for the period of the figure that put it there (the view's as-of month when it has no
 * figure at all). Until one is filed for that period it shows 待说明; once filed, the view shows it.
 * A later figure that is still red asks again for its own period: each month's lag is explained.
 */
import type { Evaluation, Status } from '../evaluation';
import type { Period } from '../model';

/** 滞后 and 未完成 ask for an explanation. */
export function asksForExplanation(status: Status): boolean {
  return status === 'behind' || status === 'missed';
}

/** The period an explanation of this evaluation is filed for. */
export function explanationPeriodOf(
  evaluation: Pick<Evaluation, 'actualPeriod'>,
  asOfPeriod: Period,
): Period {
  return evaluation.actualPeriod ?? asOfPeriod;
}

/** What a view shows of an indicator's explanation: none owed, owed (待说明) or filed. */
export type ExplanationState<E> =
  { kind: 'notAsked' } | { kind: 'owed'; period: Period } | { kind: 'filed'; period: Period; explanation: E };

/** The explanation state of an evaluation in a view, given the explanations filed for the indicator. */
export function explanationStateOf<E extends { period: Period }>(
  evaluation: Pick<Evaluation, 'status' | 'actualPeriod'>,
  asOfPeriod: Period,
  filed: readonly E[],
): ExplanationState<E> {
  if (!asksForExplanation(evaluation.status)) return { kind: 'notAsked' };
  const period = explanationPeriodOf(evaluation, asOfPeriod);
  const explanation = filed.find((candidate) => candidate.period === period);
  return explanation ? { kind: 'filed', period, explanation } : { kind: 'owed', period };
}
