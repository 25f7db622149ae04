/**
 * The alert rules (三色预警), pure: what a change or the calendar raises.
 *
 * - A figure is saved: the indicator's status is evaluated at the figure's period with the figures
 *   before the save and after it (the status engine, src/domain/status.ts). Turning 滞后 (behind)
 *   raises statusBehind (yellow); turning 未完成 (missed) raises statusMissed (red). Staying behind,
 *   or getting better, raises nothing.
 * - The calendar (src/domain/reportingCalendar.ts), scanned periodically: a reporting period of the
 *   plan year whose figure is missing raises deadlineNear (blue) once its due day is at most
 *   `nearDays` days away, and overdue (red) from the day after the due day. Each is raised once per
 *   indicator and period (its dedupe key); an overdue figure is only raised while it is at most
 *   `lookbackDays` late, so a first scan of an old plan does not flood everyone with last year.
 * - A figure sent back (yellow) and a reminder (red, it chases an overdue figure) are raised by
 *   their own writes.
 */
import type { AlertLevel, AlertRule } from '../../api/alertsContract';
import { statusWords } from './statusWords';
import type { AlertFacts } from './alertTexts';
import type { Status } from '../evaluation';
import type { Indicator, IndicatorValue, IsoDate, Period, Plan } from '../model';
import { comparePeriods, yearOf } from '../period';
import { reportingPeriods } from '../planYear';
import { dueDateOf, dueDayOverridesOf } from '../reportingCalendar';
import { evaluateIndicator } from '../status';

export const levelOfRule: Record<AlertRule, AlertLevel> = {
  deadlineNear: 'blue',
  statusBehind: 'yellow',
  sentBack: 'yellow',
  statusMissed: 'red',
  overdue: 'red',
  reminder: 'red',
};

/** The indicator an alert is about, as much as its words and its addressees need. */
export type AlertIndicator = Pick<Indicator, 'id' | 'name' | 'leadDepartment'>;

/**
 * An alert to raise: the store gives it an id, its level, its words and the time. Alerts with the
 * same `dedupeKey` are raised once; without one, every raise is a new alert.
 */
export interface AlertInput {
  rule: AlertRule;
  planId: string;
  indicator: AlertIndicator | null;
  period: Period | null;
  facts?: AlertFacts;
  dedupeKey?: string;
}

/** The status of an indicator at the end of `period` with these figures. */
function statusAt(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  year: number,
  period: Period,
): Status {
  return evaluateIndicator(indicator, values, { year, asOfPeriod: period }).status;
}

/**
 * The alert a saved figure raises, if any: `before` and `after` are the indicator's figures
 * without and with the save; `period` is the saved figure's.
 */
export function statusChangeAlert(change: {
  indicator: Indicator;
  year: number;
  period: Period;
  before: readonly IndicatorValue[];
  after: readonly IndicatorValue[];
}): AlertInput | null {
  const { indicator, year, period } = change;
  if (yearOf(period) !== year) return null;
  const before = statusAt(indicator, change.before, year, period);
  const after = statusAt(indicator, change.after, year, period);
  if (before === after) return null;
  const rule: AlertRule | null =
    after === 'behind' ? 'statusBehind' : after === 'missed' ? 'statusMissed' : null;
  if (rule === null) return null;
  return {
    rule,
    planId: indicator.planId,
    indicator,
    period,
    facts: { statusBefore: statusWords[before] },
  };
}

function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export interface CalendarScanOptions {
  /** How many days before the due day a missing figure is near its deadline (3: from the 7th for the 10th). */
  nearDays: number;
  /** How many days late an overdue figure may be and still be raised (the first time it is seen). */
  lookbackDays: number;
}

export const defaultCalendarScan: CalendarScanOptions = { nearDays: 3, lookbackDays: 31 };

/**
 * The deadlineNear and overdue alerts of a plan on `today` (a China date): one per indicator and
 * reporting period of the plan year whose figure is missing. Retired indicators and one-off ones
 * are left out. The dedupe keys make a repeated scan raise nothing new.
 */
export function calendarAlerts(
  plan: Pick<Plan, 'id' | 'year' | 'reportingDueDay'>,
  indicators: readonly Indicator[],
  values: readonly Pick<IndicatorValue, 'indicatorId' | 'period'>[],
  today: IsoDate,
  options: CalendarScanOptions = defaultCalendarScan,
): AlertInput[] {
  const reported = new Set(values.map((value) => `${value.indicatorId} ${value.period}`));
  const alerts: AlertInput[] = [];
  for (const indicator of indicators) {
    if (indicator.retired) continue;
    const overrides = dueDayOverridesOf(indicator, plan);
    for (const period of reportingPeriods(indicator.frequency, plan.year)) {
      if (reported.has(`${indicator.id} ${period}`)) continue;
      const dueDate = dueDateOf(indicator.frequency, period, overrides);
      const daysLate = dayNumber(today) - dayNumber(dueDate);
      const base = { planId: plan.id, indicator, period };
      if (daysLate > 0 && daysLate <= options.lookbackDays)
        alerts.push({
          ...base,
          rule: 'overdue',
          facts: { dueDate, daysLate },
          dedupeKey: `overdue:${indicator.id}:${period}`,
        });
      else if (daysLate <= 0 && -daysLate <= options.nearDays)
        alerts.push({
          ...base,
          rule: 'deadlineNear',
          facts: { dueDate, daysLeft: -daysLate },
          dedupeKey: `deadlineNear:${indicator.id}:${period}`,
        });
    }
  }
  return alerts.sort(
    (a, b) =>
      comparePeriods(a.period ?? '', b.period ?? '') || (a.dedupeKey ?? '').localeCompare(b.dedupeKey ?? ''),
  );
}

/** The alert of a figure the office sent back, addressed to the indicator's lead department. */
export function sentBackAlert(sentBack: {
  indicator: AlertIndicator & { planId: string };
  period: Period;
  comment: string;
  sentBy: string;
}): AlertInput {
  return {
    rule: 'sentBack',
    planId: sentBack.indicator.planId,
    indicator: {
      id: sentBack.indicator.id,
      name: sentBack.indicator.name,
      leadDepartment: sentBack.indicator.leadDepartment,
    },
    period: sentBack.period,
    facts: { comment: sentBack.comment, actor: sentBack.sentBy },
  };
}

/**
 * The alert of a reminder (催报), addressed to the department reminded. Its dedupe key is the
 * reminder's id: one reminder never alerts twice.
 */
export function reminderAlert(reminder: {
  id: string;
  indicator: AlertIndicator & { planId: string };
  department: string;
  period: Period;
  sentBy: string;
  daysLate: number;
}): AlertInput {
  return {
    rule: 'reminder',
    planId: reminder.indicator.planId,
    indicator: {
      id: reminder.indicator.id,
      name: reminder.indicator.name,
      leadDepartment: reminder.department,
    },
    period: reminder.period,
    facts: { actor: reminder.sentBy, daysLate: reminder.daysLate },
    dedupeKey: `reminder:${reminder.id}`,
  };
}
