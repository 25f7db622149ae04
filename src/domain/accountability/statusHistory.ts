/**
 * An indicator's status history: its status at the end of each month of the plan year from the
 * figures recorded for each period, and the spells it spent red (滞后 or 未完成) — when it turned
 * red and when it recovered.
 *
 * A month with no verdict (未报送, 待年终数据, 待全省数据) neither starts nor ends a red spell: a
 * spell ends only at a month whose status is 需关注 or better. A spell still running has no
 * recovery month.
 */
import type { EvaluationContext, Status } from '../evaluation';
import type { Indicator, IndicatorValue, Period } from '../model';
import { periodsOfYear, comparePeriods } from '../period';
import { evaluateIndicator, lightOf } from '../status';

export interface StatusAt {
  period: Period;
  status: Status;
}

export interface RedSpell {
  /** The month it turned red, and the status it turned (滞后 or 未完成). */
  turnedRed: Period;
  status: Status;
  /** The first month it stood at 需关注 or better again; null while it is still red. */
  recovered: Period | null;
  /** The status it recovered to. */
  recoveredStatus: Status | null;
}

/** The status at the end of each month of the plan year from January through `upTo`. */
export function statusesByMonth(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  context: EvaluationContext,
  upTo: Period,
): StatusAt[] {
  return periodsOfYear(context.year)
    .filter((period) => comparePeriods(period, upTo) <= 0)
    .map((period) => ({
      period,
      status: evaluateIndicator(indicator, values, { ...context, asOfPeriod: period }).status,
    }));
}

/** The red spells of a run of monthly statuses, oldest first. */
export function redSpellsOf(statuses: readonly StatusAt[]): RedSpell[] {
  const spells: RedSpell[] = [];
  let open: RedSpell | null = null;
  for (const { period, status } of statuses) {
    const light = lightOf(status);
    if (light === 'red' && open === null) {
      open = { turnedRed: period, status, recovered: null, recoveredStatus: null };
      spells.push(open);
    } else if ((light === 'green' || light === 'amber') && open !== null) {
      open.recovered = period;
      open.recoveredStatus = status;
      open = null;
    }
  }
  return spells;
}
