/**
 * The calendar scan: raises the deadlineNear and overdue alerts of every plan not archived on a
 * China date (src/domain/alerts/alertRules.ts `calendarAlerts`). Idempotent: each indicator and
 * period raises each rule once, whichever server scans and however often.
 */
import type { Alert } from '../../src/api/alertsContract';
import {
  calendarAlerts,
  defaultCalendarScan,
  type CalendarScanOptions,
} from '../../src/domain/alerts/alertRules';
import type { IsoDate } from '../../src/domain/model';
import type { Store } from '../store/port';

export async function scanCalendar(
  store: Store,
  today: IsoDate,
  options: CalendarScanOptions = defaultCalendarScan,
): Promise<Alert[]> {
  const raised: Alert[] = [];
  for (const summary of await store.listPlans()) {
    const contents = await store.getPlan(summary.id);
    if (!contents || contents.plan.archived) continue;
    const values = await store.listValues({ planId: summary.id });
    const alerts = calendarAlerts(contents.plan, contents.indicators, values, today, options);
    if (alerts.length > 0) raised.push(...(await store.alerts.raise(alerts)));
  }
  return raised;
}
