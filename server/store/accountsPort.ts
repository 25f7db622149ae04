/**
 * Accounts and sessions, exposed as `store.accounts`. The store keeps whatever password hash it is
 * given (server/auth/password.ts makes them) and only the SHA-256 of each session token, never the
 * token itself. Expected outcomes (a taken username, a stale version) are results, not errors.
 */
import type { Role } from '../../src/domain/roles';
import type { AuditEntryInput } from './auditPort';

export interface StoredUser {
  id: string;
  /** Unique, lower case. */
  username: string;
  displayName: string;
  role: Role;
  departments: string[];
  passwordHash: string;
  disabled: boolean;
  version: number;
  /** ISO instants. */
  createdAt: string;
  updatedAt: string;
}

export interface StoredSession {
  /** The hex SHA-256 of the token in the cookie. */
  id: string;
  userId: string;
  csrfToken: string;
  /** ISO instants. */
  expiresAt: string;
  createdAt: string;
}

export type UserChanges = Partial<
  Pick<StoredUser, 'displayName' | 'role' | 'departments' | 'disabled' | 'passwordHash'>
>;

export type CreateUserResult = { kind: 'created'; user: StoredUser } | { kind: 'usernameTaken' };

export type UpdateUserResult =
  { kind: 'updated'; user: StoredUser } | { kind: 'stale'; current: StoredUser } | { kind: 'missing' };

export interface AccountsPort {
  countUsers(): Promise<number>;
  /** Ordered by username. */
  listUsers(): Promise<StoredUser[]>;
  getUser(id: string): Promise<StoredUser | null>;
  getUserByUsername(username: string): Promise<StoredUser | null>;
  /**
   * Stores `user` as given (version 1 expected), with its `audit` entries in the same transaction:
   * both or neither.
   */
  createUser(user: StoredUser, audit?: AuditEntryInput[]): Promise<CreateUserResult>;
  /**
   * Applies `changes` when the stored version is `expectedVersion`; bumps the version and updatedAt.
   * The `audit` entries are appended in the same transaction, and only when the change is made.
   */
  updateUser(
    id: string,
    expectedVersion: number,
    changes: UserChanges,
    updatedAt: string,
    audit?: AuditEntryInput[],
  ): Promise<UpdateUserResult>;

  createSession(session: StoredSession): Promise<void>;
  getSession(id: string): Promise<StoredSession | null>;
  deleteSession(id: string): Promise<void>;
  /** Signs the user out everywhere (after a password reset or when disabled). */
  deleteSessionsOfUser(userId: string): Promise<void>;
  /** Removes the sessions that expired at or before `now` (ISO instant); returns how many went. */
  deleteExpiredSessions(now: string): Promise<number>;

  /**
   * Failed sign-ins, for throttling (server/auth/signInThrottle.ts), kept in the store so that a
   * restart or another server process sees them too. `key` is a digest of address and username.
   * Recording one also forgets every failure (of any key) at or before `forgetUpTo`.
   */
  recordSignInFailure(key: string, at: string, forgetUpTo: string): Promise<void>;
  /**
   * Reserves a sign-in attempt before its password is checked: when fewer than `maxFailures`
   * failures under `key` are later than `after`, records the attempt as a failure at `at` (a
   * success clears it) and returns null; otherwise records nothing and returns those failures,
   * oldest first. Count and record are one step, so simultaneous attempts cannot all pass.
   * Also forgets every failure (of any key) at or before `after`.
   */
  reserveSignInAttempt(key: string, at: string, after: string, maxFailures: number): Promise<string[] | null>;
  /** The failures under `key` after `after` (ISO instants), oldest first. */
  signInFailuresAfter(key: string, after: string): Promise<string[]>;
  /** A successful sign-in forgets the failures before it. */
  clearSignInFailures(key: string): Promise<void>;
}
