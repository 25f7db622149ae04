/** What every plan edit shares: who makes it, when, the audit entries it writes, and fresh ids. */
import type { AuditEntityType, AuditEntryInput, AuditJson } from '../../../src/api/entryContract';
import type { Actor } from '../writesPort';
import type { PlanDocuments } from './documentsPort';

export interface EditContext {
  documents: PlanDocuments;
  actor: Actor;
  note: string;
  /** ISO instant of the edit. */
  at: string;
}

/** Plain JSON of a validated model value (zod output holds only JSON-able data). */
export function asJson(value: unknown): AuditJson {
  return JSON.parse(JSON.stringify(value ?? null)) as AuditJson;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(asJson(a)) === JSON.stringify(asJson(b));
}

export function auditEntry(
  context: EditContext,
  entry: {
    entityType: AuditEntityType;
    entityId: string;
    planId: string;
    field?: string;
    oldValue: unknown;
    newValue: unknown;
  },
): AuditEntryInput {
  return {
    actor: context.actor.username,
    actorName: context.actor.displayName,
    entityType: entry.entityType,
    entityId: entry.entityId,
    planId: entry.planId,
    ...(entry.field === undefined ? {} : { field: entry.field }),
    oldValue: asJson(entry.oldValue),
    newValue: asJson(entry.newValue),
    note: context.note,
    at: context.at,
  };
}

/**
 * The changed fields of `patch` against `current`: the audit entries say what each was and became.
 * Fields left out of the patch (undefined) are unchanged.
 */
export function changedFields<T extends object>(
  current: T,
  patch: Partial<T>,
): { field: keyof T & string; oldValue: unknown; newValue: unknown }[] {
  const changes: { field: keyof T & string; oldValue: unknown; newValue: unknown }[] = [];
  for (const field of Object.keys(patch) as (keyof T & string)[]) {
    const newValue = patch[field];
    if (newValue === undefined || sameJson(current[field], newValue)) continue;
    changes.push({ field, oldValue: current[field], newValue });
  }
  return changes;
}

/** A short random suffix for new ids: lower-case letters and digits. */
export function randomSuffix(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 8);
}

/** Ids are slugs of at most 80 characters (src/api/contract.ts idParamSchema). */
export function slugId(prefix: string): string {
  return `${prefix}-${randomSuffix()}`;
}
