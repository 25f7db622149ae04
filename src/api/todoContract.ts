/**
 * 我的待办: `GET /api/plans/:planId/todo`, what the signed-in user has to do in one plan. Each
 * section is a list of items about one indicator and period; the counts head the page and the
 * header badge. Figures, reminders and reasons come from the reporting cycle; `sentBack` and
 * `awaitingReview` from the review of submitted figures (empty where review is not in use).
 * Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import { statuses } from '../domain/evaluation';
import { bilingualSchema, isoDateSchema, periodSchema } from '../domain/model';
import { reminderSchema } from './remindersContract';

const aboutIndicator = {
  indicatorId: z.string().min(1),
  indicatorName: bilingualSchema,
  period: periodSchema,
  /** The lead department; null when none is set. */
  department: z.string().nullable(),
};

export const overdueItemSchema = z.object({
  ...aboutIndicator,
  dueDate: isoDateSchema,
  daysLate: z.number().int().positive(),
});
export const dueItemSchema = z.object({
  ...aboutIndicator,
  dueDate: isoDateSchema,
  daysLeft: z.number().int().nonnegative(),
});
export const reminderItemSchema = z.object({ ...aboutIndicator, reminder: reminderSchema });
export const reasonItemSchema = z.object({ ...aboutIndicator, status: z.enum(statuses) });
/** A figure sent back to its department, or one waiting for review, with who did what and when. */
export const reviewItemSchema = z.object({
  ...aboutIndicator,
  comment: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string().nullable(),
});
export type OverdueItem = z.infer<typeof overdueItemSchema>;
export type DueItem = z.infer<typeof dueItemSchema>;
export type ReminderItem = z.infer<typeof reminderItemSchema>;
export type ReasonItem = z.infer<typeof reasonItemSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const todoSectionsSchema = z.object({
  figuresOverdue: z.array(overdueItemSchema),
  figuresDue: z.array(dueItemSchema),
  remindersReceived: z.array(reminderItemSchema),
  reasonsOwed: z.array(reasonItemSchema),
  sentBack: z.array(reviewItemSchema),
  awaitingReview: z.array(reviewItemSchema),
});
export type TodoSections = z.infer<typeof todoSectionsSchema>;
export type TodoSectionName = keyof TodoSections;
export const todoSectionNames = Object.keys(todoSectionsSchema.shape) as TodoSectionName[];

const count = z.number().int().nonnegative();
export const todoCountsSchema = z.object({
  figuresOverdue: count,
  figuresDue: count,
  remindersReceived: count,
  reasonsOwed: count,
  sentBack: count,
  awaitingReview: count,
  total: count,
});
export type TodoCounts = z.infer<typeof todoCountsSchema>;

/** The counts of the sections, and their total. */
export function todoCountsOf(sections: TodoSections): TodoCounts {
  const counts = {
    figuresOverdue: sections.figuresOverdue.length,
    figuresDue: sections.figuresDue.length,
    remindersReceived: sections.remindersReceived.length,
    reasonsOwed: sections.reasonsOwed.length,
    sentBack: sections.sentBack.length,
    awaitingReview: sections.awaitingReview.length,
  };
  return { ...counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
}

export const todoResponseSchema = z.object({
  planId: z.string(),
  /** China's date the list was made on. */
  today: isoDateSchema,
  /** The as-of month reasons are owed at (the latest month with any figure). */
  asOfPeriod: periodSchema,
  /** The departments the list is for: the user's own, or every lead department for office users. */
  departments: z.array(z.string()),
  sections: todoSectionsSchema,
  /** Items per section, and in all. */
  counts: todoCountsSchema,
});
export type TodoResponse = z.infer<typeof todoResponseSchema>;
