/**
 * Where the reporting cycle hands its news to notifications. Called after each change is stored;
 * today it tells no one. Notifications (the in-app centre and outgoing webhooks) plug in here.
 */
import type { Explanation } from '../../src/api/explanationsContract';
import type { Reminder } from '../../src/api/remindersContract';
import type { Store } from '../store/port';

/** A reminder (催报) was sent to `reminder.department`: its members should hear of it. */
export async function announceReminderSent(_store: Store, _reminder: Reminder): Promise<void> {}

/** A department filed or revised reasons and measures for a lagging target. */
export async function announceExplanationFiled(_store: Store, _explanation: Explanation): Promise<void> {}
