/**
 * Accounts as the API shows them, and how a new one is made: shared by the users routes, the
 * first-start admin, the mock's demo users and `npm run user:add`. Browser-safe.
 */
import type { Account } from '../../src/api/accountsContract';
import type { Role, SessionUser } from '../../src/api/authContract';
import type { CreateUserResult, StoredUser } from '../store/accountsPort';
import type { Store } from '../store/port';
import { accountCreatedEntries, type AuditActor } from './accountAudit';

export function toSessionUser(user: StoredUser): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departments: [...user.departments],
  };
}

/** Everything but the password hash. */
export function toAccount(user: StoredUser): Account {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departments: [...user.departments],
    disabled: user.disabled,
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

export interface NewAccount {
  /** A given id (the mock's demo users have fixed ones); a random UUID otherwise. */
  id?: string;
  username: string;
  displayName: string;
  role: Role;
  departments: string[];
  passwordHash: string;
}

/** Departments matter only to editors and reviewers (none: a reviewer of all): viewers and admins keep none. Duplicates go. */
export function departmentsFor(role: Role, departments: string[]): string[] {
  return role === 'editor' || role === 'reviewer' ? [...new Set(departments)] : [];
}

/** `actor`: who is making it, for the audit trail; the mock's demo users are made by no one. */
export function createAccount(
  store: Store,
  account: NewAccount,
  now: Date = new Date(),
  actor: AuditActor | null = null,
): Promise<CreateUserResult> {
  const at = now.toISOString();
  const user: StoredUser = {
    id: account.id ?? crypto.randomUUID(),
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    departments: departmentsFor(account.role, account.departments),
    passwordHash: account.passwordHash,
    disabled: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const audit = actor ? accountCreatedEntries(actor, user, crypto.randomUUID()) : [];
  return store.accounts.createUser(user, audit);
}
