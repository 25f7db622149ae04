/**
 * Reminders (催报): an office user chases the lead department of an indicator whose figure for a
 * period is overdue. A reminder is stored once and never changed; it stays in the department's
 * to-do list until the figure is in. Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import { periodSchema } from '../domain/model';

export const maxReminderMessage = 500;

export const reminderSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  indicatorId: z.string().min(1),
  period: periodSchema,
  /** The lead department chased, as the indicator named it when the reminder was sent. */
  department: z.string().min(1),
  /** What the office adds (may be empty). */
  message: z.string().max(maxReminderMessage),
  /** Whole days the figure was late when chased. */
  daysLate: z.number().int().nonnegative(),
  sentBy: z.string().min(1),
  sentByName: z.string(),
  sentAt: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** `POST /api/indicators/:indicatorId/reminders`: chase the figure of one period. */
export const reminderBodySchema = z
  .object({ period: periodSchema, message: z.string().trim().max(maxReminderMessage).default('') })
  .strict();
export type ReminderBody = z.input<typeof reminderBodySchema>;

/** `GET /api/plans/:planId/reminders?indicatorId=`: the reminders sent, the latest first. */
export const remindersQuerySchema = z.object({ indicatorId: z.string().min(1).optional() }).strict();
export const remindersResponseSchema = z.object({ reminders: z.array(reminderSchema) });
export type RemindersResponse = z.infer<typeof remindersResponseSchema>;
export const reminderResponseSchema = z.object({ reminder: reminderSchema });
export type ReminderResponse = z.infer<typeof reminderResponseSchema>;

/**
 * Office roles (统计局, 发改局, 督查室) chase overdue figures: admins, and reviewers where review of
 * submitted figures is in use. Named as text so a role added later counts without a change here.
 */
export const officeRoles: readonly string[] = ['admin', 'reviewer'];

/** May this user send reminders (催报) and see every department's to-do items? */
export function isOfficeUser(user: { role: string } | null): boolean {
  return user !== null && officeRoles.includes(user.role);
}
