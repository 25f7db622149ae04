/**
 * The audit trail: an append-only record of who changed what, when, from what to what, and why.
 * Exposed as `store.audit`. It has no update or delete: the API cannot change the past.
 */
import type { AuditEntry, AuditEntryInput, AuditQuery } from '../../src/domain/audit';

export type { AuditEntry, AuditEntryInput, AuditQuery };

export interface AuditPort {
  /** Appends the entries in one go (in one transaction on SQL stores). */
  append(entries: AuditEntryInput[]): Promise<void>;
  /**
   * Entries matching every given filter, newest first (on equal time, the later append first).
   * `indicatorId` matches value and indicator entries of that indicator.
   */
  list(filter: AuditQuery): Promise<AuditEntry[]>;
}
