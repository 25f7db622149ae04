/**
 * Account changes in the audit trail: who made or changed which account, and what changed. Accounts
 * belong to no plan, so their entries carry the scope `accounts` where others carry a plan id, and
 * the username (which never changes) as the entity id. A password is never recorded, only that it
 * was set. Browser-safe.
 */
import type { AuditEntryInput, AuditJson } from '../../src/api/auditContract';
import type { StoredUser, UserChanges } from '../store/accountsPort';

/** The `planId` of account entries. */
export const accountsAuditScope = 'accounts';

/** Who made the change: a signed-in admin, or the server itself (first start, the command line). */
export interface AuditActor {
  username: string;
  displayName: string;
}

export const firstStartActor: AuditActor = { username: 'system', displayName: '首次启动 / first start' };
export const commandLineActor: AuditActor = { username: 'cli', displayName: '命令行 / command line' };

function entry(
  actor: AuditActor,
  username: string,
  batchId: string,
  change: { field?: string; oldValue: AuditJson; newValue: AuditJson },
): AuditEntryInput {
  return {
    actor: actor.username,
    actorName: actor.displayName,
    entityType: 'user',
    entityId: username,
    planId: accountsAuditScope,
    note: '',
    batchId,
    ...change,
  };
}

export function accountCreatedEntries(
  actor: AuditActor,
  user: StoredUser,
  batchId: string,
): AuditEntryInput[] {
  return [
    entry(actor, user.username, batchId, {
      oldValue: null,
      newValue: {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        departments: [...user.departments],
      },
    }),
  ];
}

/** One entry per changed field. */
export function accountChangedEntries(
  actor: AuditActor,
  before: StoredUser,
  changes: UserChanges,
  batchId: string,
): AuditEntryInput[] {
  const entries: AuditEntryInput[] = [];
  const field = (name: string, oldValue: AuditJson, newValue: AuditJson) =>
    entries.push(entry(actor, before.username, batchId, { field: name, oldValue, newValue }));
  if (changes.displayName !== undefined && changes.displayName !== before.displayName)
    field('displayName', before.displayName, changes.displayName);
  if (changes.role !== undefined && changes.role !== before.role) field('role', before.role, changes.role);
  if (changes.departments !== undefined && changes.departments.join('\n') !== before.departments.join('\n'))
    field('departments', [...before.departments], [...changes.departments]);
  if (changes.disabled !== undefined && changes.disabled !== before.disabled)
    field('disabled', before.disabled, changes.disabled);
  if (changes.passwordHash !== undefined) field('password', null, null);
  return entries;
}
