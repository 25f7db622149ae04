/** Accounts and sessions in maps, for the mock API and fast tests. Browser-safe. */
import type {
  AccountsPort,
  CreateUserResult,
  StoredSession,
  StoredUser,
  UpdateUserResult,
  UserChanges,
} from '../accountsPort';
import type { AuditEntryInput } from '../auditPort';
import { canonicalInstant } from '../instant';
import type { MemoryAudit } from './audit';

export class MemoryAccounts implements AccountsPort {
  readonly #users = new Map<string, StoredUser>();
  readonly #sessions = new Map<string, StoredSession>();
  readonly #signInFailures = new Map<string, string[]>();

  /** `audit`: the store's trail, which account changes are appended to. */
  constructor(private readonly audit: MemoryAudit) {}

  async countUsers(): Promise<number> {
    return this.#users.size;
  }

  async listUsers(): Promise<StoredUser[]> {
    return structuredClone(
      [...this.#users.values()].sort((a, b) =>
        a.username < b.username ? -1 : a.username > b.username ? 1 : 0,
      ),
    );
  }

  async getUser(id: string): Promise<StoredUser | null> {
    const user = this.#users.get(id);
    return user ? structuredClone(user) : null;
  }

  async getUserByUsername(username: string): Promise<StoredUser | null> {
    const user = [...this.#users.values()].find((candidate) => candidate.username === username);
    return user ? structuredClone(user) : null;
  }

  async createUser(user: StoredUser, audit: AuditEntryInput[] = []): Promise<CreateUserResult> {
    if (this.#users.has(user.id)) throw new Error(`user already stored: ${user.id}`);
    if (await this.getUserByUsername(user.username)) return { kind: 'usernameTaken' };
    const stored = {
      ...structuredClone(user),
      createdAt: canonicalInstant(user.createdAt),
      updatedAt: canonicalInstant(user.updatedAt),
    };
    this.audit.appendNow(audit); // validates first: a bad entry stores nothing
    this.#users.set(stored.id, stored);
    return { kind: 'created', user: structuredClone(stored) };
  }

  async updateUser(
    id: string,
    expectedVersion: number,
    changes: UserChanges,
    updatedAt: string,
    audit: AuditEntryInput[] = [],
  ): Promise<UpdateUserResult> {
    const current = this.#users.get(id);
    if (!current) return { kind: 'missing' };
    if (current.version !== expectedVersion) return { kind: 'stale', current: structuredClone(current) };
    const updated: StoredUser = {
      ...current,
      ...structuredClone(changes),
      version: current.version + 1,
      updatedAt: canonicalInstant(updatedAt),
    };
    this.audit.appendNow(audit);
    this.#users.set(id, updated);
    return { kind: 'updated', user: structuredClone(updated) };
  }

  async createSession(session: StoredSession): Promise<void> {
    if (!this.#users.has(session.userId)) throw new Error(`unknown user: ${session.userId}`);
    if (this.#sessions.has(session.id)) throw new Error('session already stored');
    this.#sessions.set(session.id, {
      ...session,
      expiresAt: canonicalInstant(session.expiresAt),
      createdAt: canonicalInstant(session.createdAt),
    });
  }

  async getSession(id: string): Promise<StoredSession | null> {
    const session = this.#sessions.get(id);
    return session ? { ...session } : null;
  }

  async deleteSession(id: string): Promise<void> {
    this.#sessions.delete(id);
  }

  async deleteSessionsOfUser(userId: string): Promise<void> {
    for (const [id, session] of this.#sessions) if (session.userId === userId) this.#sessions.delete(id);
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const cutoff = canonicalInstant(now);
    let removed = 0;
    for (const [id, session] of this.#sessions) {
      if (session.expiresAt <= cutoff) {
        this.#sessions.delete(id);
        removed += 1;
      }
    }
    return removed;
  }

  async recordSignInFailure(key: string, at: string, forgetUpTo: string): Promise<void> {
    const cutoff = canonicalInstant(forgetUpTo);
    for (const [known, times] of this.#signInFailures) {
      const kept = times.filter((time) => time > cutoff);
      if (kept.length === 0) this.#signInFailures.delete(known);
      else this.#signInFailures.set(known, kept);
    }
    this.#signInFailures.set(key, [...(this.#signInFailures.get(key) ?? []), canonicalInstant(at)]);
  }

  reserveSignInAttempt(
    key: string,
    at: string,
    after: string,
    maxFailures: number,
  ): Promise<string[] | null> {
    // No await between counting and recording: one step, as the port requires.
    const cutoff = canonicalInstant(after);
    const recent = (this.#signInFailures.get(key) ?? []).filter((time) => time > cutoff).sort();
    if (recent.length >= maxFailures) return Promise.resolve(recent);
    return this.recordSignInFailure(key, at, after).then(() => null);
  }

  async signInFailuresAfter(key: string, after: string): Promise<string[]> {
    const cutoff = canonicalInstant(after);
    return (this.#signInFailures.get(key) ?? []).filter((time) => time > cutoff).sort();
  }

  async clearSignInFailures(key: string): Promise<void> {
    this.#signInFailures.delete(key);
  }
}
