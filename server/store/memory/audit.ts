/** The audit trail in an array, for the mock API and fast tests. Browser-safe. */
import {
  auditEntryInputSchema,
  type AuditEntry,
  type AuditEntryInput,
  type AuditQuery,
} from '../../../src/domain/audit';
import { auditListMaximum, auditTimeBounds, indicatorEntityTypes } from '../auditFilter';
import type { AuditPort } from '../auditPort';
import { canonicalInstant } from '../instant';

export class MemoryAudit implements AuditPort {
  #entries: AuditEntry[] = [];
  #nextId = 1;

  async append(entries: AuditEntryInput[]): Promise<void> {
    this.appendNow(entries);
  }

  /** Validates every entry before storing any, so a bad one leaves the trail as it was. */
  appendNow(entries: AuditEntryInput[]): void {
    const now = new Date().toISOString();
    const parsed = entries.map((entry) => auditEntryInputSchema.parse(structuredClone(entry)));
    for (const { at, ...entry } of parsed) {
      this.#entries.push({ ...entry, id: String(this.#nextId++), at: canonicalInstant(at ?? now) });
    }
  }

  async list(filter: AuditQuery): Promise<AuditEntry[]> {
    const { from, to } = auditTimeBounds(filter);
    const matches = (entry: AuditEntry) =>
      (filter.planId === undefined || entry.planId === filter.planId) &&
      (filter.indicatorId === undefined ||
        (indicatorEntityTypes.includes(entry.entityType) && entry.entityId === filter.indicatorId)) &&
      (filter.entityType === undefined || entry.entityType === filter.entityType) &&
      !(filter.excludeEntityTypes ?? []).includes(entry.entityType) &&
      (filter.entityId === undefined || entry.entityId === filter.entityId) &&
      (filter.actor === undefined || entry.actor === filter.actor) &&
      (filter.batchId === undefined || entry.batchId === filter.batchId) &&
      (from === undefined || entry.at >= from) &&
      (to === undefined || entry.at <= to);
    const newestFirst = this.#entries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => matches(entry))
      .sort((a, b) => (a.entry.at < b.entry.at ? 1 : a.entry.at > b.entry.at ? -1 : b.index - a.index))
      .map(({ entry }) => entry);
    const offset = filter.offset ?? 0;
    const limit = Math.min(filter.limit ?? auditListMaximum, auditListMaximum);
    return structuredClone(newestFirst.slice(offset, offset + limit));
  }
}
