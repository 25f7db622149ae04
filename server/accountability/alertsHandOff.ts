/**
 * Where the reporting cycle hands its news to notifications (the in-app centre and outgoing
 * webhooks). A reminder raises an alert to the lead department right after it is stored; its
 * dedupe key is the reminder's id, so raising it again never alerts twice.
 */
import type { Reminder } from '../../src/api/remindersContract';
import type { Store } from '../store/port';

/** A reminder (催报) was sent to `reminder.department`: its members hear of it. */
export async function announceReminderSent(store: Store, reminder: Reminder): Promise<void> {
  const indicator = await store.getIndicator(reminder.indicatorId);
  if (!indicator) return;
  await store.alerts.raise([
    {
      rule: 'reminder',
      planId: reminder.planId,
      indicator: { id: indicator.id, name: indicator.name, leadDepartment: reminder.department },
      period: reminder.period,
      facts: { actor: reminder.sentByName || reminder.sentBy, daysLate: reminder.daysLate },
      dedupeKey: `reminder:${reminder.id}`,
    },
  ]);
}
