/**
 * The only dialect-specific code of the SQL store: how a Kysely instance is built for SQLite
 * (better-sqlite3) and for PostgreSQL (a pg Pool). Every query is shared.
 */
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { StoreDatabase } from './tables';

/** How long a writer waits for another's lock, and how long a PostgreSQL connection attempt may take. */
const busyTimeoutMillis = 5000;
const connectionTimeoutMillis = 5000;

/** A SQLite file whose integrity check failed. */
export class DamagedSqliteError extends Error {
  constructor(readonly findings: string) {
    super(`SQLite integrity check failed: ${findings}`);
    this.name = 'DamagedSqliteError';
  }
}

/**
 * Opens (or creates) a SQLite file in WAL mode with foreign keys enforced. The integrity check
 * runs before anything could write, so a damaged file is left as it was; a file that cannot be
 * written is refused (SQLITE_READONLY).
 */
export function connectSqlite(file: string): Kysely<StoreDatabase> {
  const database = new Database(file);
  try {
    database.pragma(`busy_timeout = ${busyTimeoutMillis}`);
    const findings = database.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (findings.length !== 1 || findings[0]?.quick_check !== 'ok') {
      throw new DamagedSqliteError(findings.map((row) => row.quick_check).join('; '));
    }
    // A file the process may not write opens read-only without a word, and every write would then
    // fail: writing the header's user version (unchanged) finds out now, with SQLITE_READONLY.
    const userVersion = Number(database.pragma('user_version', { simple: true }));
    database.pragma(`user_version = ${userVersion}`);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database.close();
    throw error;
  }
  return new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
}

const schemaNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isValidSchemaName(name: string): boolean {
  return schemaNamePattern.test(name);
}

/**
 * A pool on `databaseUrl` whose every connection works in `schema` (set as its search_path).
 * The schema name must pass isValidSchemaName; it is created by ensurePostgresSchema.
 */
export function connectPostgres(databaseUrl: string, schema: string): Kysely<StoreDatabase> {
  if (!isValidSchemaName(schema)) throw new Error(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis, max: 10 });
  // An idle connection that the server drops is removed from the pool, and the next query opens
  // a new one; without a listener the pool would crash the process instead.
  pool.on('error', () => undefined);
  // So too a connection in use when the server goes away: its query fails (a 503), and the
  // connection's own error event must not crash the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const dialect = new PostgresDialect({
    pool,
    onCreateConnection: async (connection) => {
      await connection.executeQuery(CompiledQuery.raw(`set search_path to "${schema}"`));
    },
  });
  return new Kysely<StoreDatabase>({ dialect });
}
