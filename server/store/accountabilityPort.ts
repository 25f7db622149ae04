/**
 * The reporting cycle's follow-up, exposed as `store.accountability`: reminders sent to a lead
 * department about an overdue figure (催报), and the explanations a department files for a lagging
 * target (原因分析, 整改措施). A reminder is never changed once sent; an explanation changes only
 * at the version it was read at. Each write stores its audit entries and its live event in the same
 * transaction. Browser-safe.
 */
import type { Explanation, Measure } from '../../src/api/explanationsContract';
import type { Reminder } from '../../src/api/remindersContract';
import type { AlertInput } from '../../src/domain/alerts/alertRules';
import type { AuditEntryInput } from './auditPort';

export type { Explanation, Reminder };

/** What a department files or revises, and who and when. */
export interface ExplanationChange {
  planId: string;
  indicatorId: string;
  period: string;
  cause: string;
  measures: Measure[];
  department: string;
  by: string;
  byName: string;
  at: string;
}

/** Done (with what is stored now), a stale version (with what is stored now), or nothing to revise. */
export type ExplanationWriteResult =
  | { outcome: 'done'; explanation: Explanation; previous: Explanation | null }
  | { outcome: 'conflict'; current: Explanation | null };

/** The audit entries of a filed or revised explanation, made once the store knows what it replaces. */
export type ExplanationAudit = (saved: Explanation, previous: Explanation | null) => AuditEntryInput[];

export interface AccountabilityFilter {
  planId: string;
  indicatorId?: string;
}

export interface AccountabilityPort {
  /**
   * Stores a new reminder (its id must be new) with its audit entries and the alert it raises
   * (src/domain/alerts `reminderAlert`), all in one change: the outbox row commits with the
   * reminder, or neither is stored.
   */
  sendReminder(reminder: Reminder, audit: AuditEntryInput[], alert: AlertInput): Promise<void>;
  /** The reminders of a plan (or one indicator), the latest sent first, then by id. */
  listReminders(filter: AccountabilityFilter): Promise<Reminder[]>;
  /** The explanations of a plan (or one indicator), by indicator id, then period. */
  listExplanations(filter: AccountabilityFilter): Promise<Explanation[]>;
  /**
   * Files an explanation when `expectedVersion` is null and none is stored for its indicator and
   * period, or revises the stored one at `expectedVersion` (the version goes up by one); otherwise a
   * conflict with what is stored.
   */
  fileExplanation(
    change: ExplanationChange,
    expectedVersion: number | null,
    audit: ExplanationAudit,
  ): Promise<ExplanationWriteResult>;
}

export function byLatestSent(a: Reminder, b: Reminder): number {
  return a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function byIndicatorThenPeriod(a: Explanation, b: Explanation): number {
  return a.indicatorId < b.indicatorId
    ? -1
    : a.indicatorId > b.indicatorId
      ? 1
      : a.period < b.period
        ? -1
        : a.period > b.period
          ? 1
          : 0;
}

/** The explanation a change makes: filed now, or revised from `previous`. */
export function explanationFrom(change: ExplanationChange, previous: Explanation | null): Explanation {
  return {
    planId: change.planId,
    indicatorId: change.indicatorId,
    period: change.period,
    cause: change.cause,
    measures: change.measures,
    department: change.department,
    version: previous ? previous.version + 1 : 1,
    filedBy: previous?.filedBy ?? change.by,
    filedByName: previous?.filedByName ?? change.byName,
    filedAt: previous?.filedAt ?? change.at,
    updatedBy: change.by,
    updatedByName: change.byName,
    updatedAt: change.at,
  };
}
