/** Accounts and sessions over SQL, one set of Kysely queries for SQLite and PostgreSQL. */
import { sql, type Kysely, type Selectable } from 'kysely';
import { z } from 'zod';
import { roleSchema } from '../../../src/api/authContract';
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
import type { SessionsTable, UsersTable } from './accountsTables';
import type { SqlDialectName } from './dialectName';
import { appendAuditRows } from './audit';
import type { StoreDatabase } from './tables';
import { isUniqueViolation } from './uniqueViolation';

const departmentsColumn = z.array(z.string());

function userFromRow(row: Selectable<UsersTable>): StoredUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: roleSchema.parse(row.role),
    departments: departmentsColumn.parse(JSON.parse(row.departments)),
    passwordHash: row.password_hash,
    disabled: Number(row.disabled) === 1,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function sessionFromRow(row: Selectable<SessionsTable>): StoredSession {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}

export class SqlAccounts implements AccountsPort {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly dialect: SqlDialectName,
  ) {}

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async listUsers(): Promise<StoredUser[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map(userFromRow);
  }

  async getUser(id: string): Promise<StoredUser | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async getUserByUsername(username: string): Promise<StoredUser | null> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async createUser(user: StoredUser, audit: AuditEntryInput[] = []): Promise<CreateUserResult> {
    const row: UsersTable = {
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      role: roleSchema.parse(user.role),
      departments: JSON.stringify(user.departments),
      password_hash: user.passwordHash,
      disabled: user.disabled ? 1 : 0,
      version: user.version,
      created_at: canonicalInstant(user.createdAt),
      updated_at: canonicalInstant(user.updatedAt),
    };
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx.insertInto('users').values(row).execute();
        await appendAuditRows(trx, audit);
      });
    } catch (error) {
      if (isUniqueViolation(error) && (await this.getUserByUsername(user.username)))
        return { kind: 'usernameTaken' };
      throw error;
    }
    return { kind: 'created', user: userFromRow(row) };
  }

  async updateUser(
    id: string,
    expectedVersion: number,
    changes: UserChanges,
    updatedAt: string,
    audit: AuditEntryInput[] = [],
  ): Promise<UpdateUserResult> {
    const set: Partial<UsersTable> = {
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.role === undefined ? {} : { role: roleSchema.parse(changes.role) }),
      ...(changes.departments === undefined ? {} : { departments: JSON.stringify(changes.departments) }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
      ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
      version: expectedVersion + 1,
      updated_at: canonicalInstant(updatedAt),
    };
    const updated = await this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('users')
        .set(set)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      const made = Number(result.numUpdatedRows) === 1;
      if (made) await appendAuditRows(trx, audit);
      return made;
    });
    const current = await this.getUser(id);
    if (!current) return { kind: 'missing' };
    return updated ? { kind: 'updated', user: current } : { kind: 'stale', current };
  }

  async createSession(session: StoredSession): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        expires_at: canonicalInstant(session.expiresAt),
        created_at: canonicalInstant(session.createdAt),
      })
      .execute();
  }

  async getSession(id: string): Promise<StoredSession | null> {
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? sessionFromRow(row) : null;
  }

  async deleteSession(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteSessionsOfUser(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('expires_at', '<=', canonicalInstant(now))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async recordSignInFailure(key: string, at: string, forgetUpTo: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sign_in_failures').where('at', '<=', canonicalInstant(forgetUpTo)).execute();
      await trx
        .insertInto('sign_in_failures')
        .values({ key, at: canonicalInstant(at) })
        .execute();
    });
  }

  async reserveSignInAttempt(
    key: string,
    at: string,
    after: string,
    maxFailures: number,
  ): Promise<string[] | null> {
    return this.db.transaction().execute(async (trx) => {
      // SQLite runs one transaction at a time; PostgreSQL holds a lock on the key until commit.
      if (this.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
      await trx.deleteFrom('sign_in_failures').where('at', '<=', canonicalInstant(after)).execute();
      const rows = await trx
        .selectFrom('sign_in_failures')
        .select('at')
        .where('key', '=', key)
        .orderBy('at')
        .execute();
      if (rows.length >= maxFailures) return rows.map((row) => row.at);
      await trx
        .insertInto('sign_in_failures')
        .values({ key, at: canonicalInstant(at) })
        .execute();
      return null;
    });
  }

  async signInFailuresAfter(key: string, after: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('sign_in_failures')
      .select('at')
      .where('key', '=', key)
      .where('at', '>', canonicalInstant(after))
      .orderBy('at')
      .execute();
    return rows.map((row) => row.at);
  }

  async clearSignInFailures(key: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
  }
}
