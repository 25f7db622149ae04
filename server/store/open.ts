/**
 * Opens the configured store (Node only): PostgreSQL when a database URL is given, otherwise
 * the SQLite file in the data directory. Brings the schema up to date. Every failure becomes a
 * StorageStartError whose one-line message says what to do.
 */
import { constants } from 'node:fs';
import { access, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Store } from './port';
import { connectPostgres, connectSqlite, DamagedSqliteError, isValidSchemaName } from './sql/connect';
import { migrateToLatest } from './sql/migrations';
import { SqlStore } from './sql/sqlStore';
import type { StoreDatabase } from './sql/tables';
import { reasonOf, startMessages, StorageStartError } from './startError';

export { StorageStartError } from './startError';

export interface StoreConfig {
  /** A PostgreSQL connection URL; when absent the SQLite file is used. */
  databaseUrl?: string;
  /** Where the SQLite file lives (created if missing). */
  dataDir: string;
  /** PostgreSQL schema to work in (created if missing); `public` by default. */
  pgSchema?: string;
}

export const sqliteFileName = 'target-board.sqlite';

export async function openStore(config: StoreConfig): Promise<Store> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.pgSchema ?? 'public')
    : openSqlite(config.dataDir);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

async function openSqlite(dataDir: string): Promise<Store> {
  const dir = path.resolve(dataDir);
  await ensureWritableDirectory(dir);
  const file = path.join(dir, sqliteFileName);
  const existed = await checkExistingSqliteFile(file);
  let db: Kysely<StoreDatabase> | undefined;
  try {
    db = connectSqlite(file);
    await migrateToLatest(db, 'sqlite');
    return new SqlStore(db, 'sqlite');
  } catch (error) {
    await db?.destroy();
    if (!existed) await removeSqliteFiles(file);
    throw sqliteStartError(file, error);
  }
}

/**
 * Creates `dir` and its missing parents one at a time. Node's own recursive mkdir never returns
 * under /proc (whose missing entries cannot be created), so it is not used.
 */
async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await makeDirectory(parent);
    await mkdir(dir).catch((again: unknown) => {
      if (codeOf(again) !== 'EEXIST') throw again;
    });
  }
}

async function ensureWritableDirectory(dir: string): Promise<void> {
  try {
    await makeDirectory(dir);
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new StorageStartError(startMessages.dataDirectory(dir, codeOf(error) ?? reasonOf(error)), {
      cause: error,
    });
  }
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether the file exists; throws when it exists but does not begin as a SQLite database does.
 * Only reads, so a foreign or damaged file is never touched.
 */
async function checkExistingSqliteFile(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw new StorageStartError(startMessages.sqliteOther(file, reasonOf(error)), { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new StorageStartError(startMessages.sqliteOther(file, 'not a regular file'));
    if (stats.size === 0) return true;
    const head = Buffer.alloc(sqliteHeader.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead < head.length || !head.equals(sqliteHeader))
      throw new StorageStartError(startMessages.damagedFile(file));
    return true;
  } finally {
    await handle.close();
  }
}

/** Removes a database file that this start created but could not finish. */
async function removeSqliteFiles(file: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true });
}

function sqliteStartError(file: string, error: unknown): StorageStartError {
  if (error instanceof StorageStartError) return error;
  const code = codeOf(error) ?? '';
  if (error instanceof DamagedSqliteError || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new StorageStartError(startMessages.damagedFile(file), { cause: error });
  }
  if (code.startsWith('SQLITE_READONLY'))
    return new StorageStartError(startMessages.readOnlyFile(file), { cause: error });
  return new StorageStartError(startMessages.sqliteOther(file, reasonOf(error)), { cause: error });
}

async function openPostgres(databaseUrl: string, schema: string): Promise<Store> {
  if (!isValidSchemaName(schema)) throw new StorageStartError(startMessages.invalidSchema(schema));
  const db = connectPostgres(databaseUrl, schema);
  try {
    await createSchemaIfMissing(db, schema);
    await migrateToLatest(db, 'postgres', schema);
    return new SqlStore(db, 'postgres', schema);
  } catch (error) {
    await db.destroy();
    throw postgresStartError(databaseUrl, schema, error);
  }
}

/** Creating needs the CREATE privilege even when the schema exists, so look first. */
async function createSchemaIfMissing(db: Kysely<StoreDatabase>, schema: string): Promise<void> {
  const found = await sql`select 1 from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db);
  if (found.rows.length === 0) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
}

/** Host, port, database and user of the URL, never its password. */
function describeTarget(databaseUrl: string): { where: string; user: string } {
  try {
    const url = new URL(databaseUrl);
    const database = decodeURIComponent(url.pathname.slice(1));
    return {
      where: `${url.hostname}:${url.port || '5432'}/${database}`,
      user: decodeURIComponent(url.username) || 'default',
    };
  } catch {
    return { where: 'DATABASE_URL', user: 'default' };
  }
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);

/** The error's own code and those of the errors it gathers (a refused connection to several addresses). */
function codesOf(error: unknown): string[] {
  const inner = error instanceof AggregateError ? error.errors : [];
  return [error, ...inner].map(codeOf).filter((code): code is string => code !== undefined);
}

function postgresFailureMessage(databaseUrl: string, schema: string, error: unknown): string {
  const { where, user } = describeTarget(databaseUrl);
  const codes = codesOf(error);
  const reason = reasonOf(error);
  if (codes.some((code) => networkCodes.has(code)) || /timeout|terminated/i.test(reason))
    return startMessages.unreachable(where);
  if (codes.includes('28P01') || codes.includes('28000') || /password/i.test(reason))
    return startMessages.loginRefused(where, user);
  if (codes.includes('3D000')) return startMessages.missingDatabase(where);
  if (codes.includes('42501')) return startMessages.noPrivilege(where, schema);
  return startMessages.postgresOther(where, reason);
}

function postgresStartError(databaseUrl: string, schema: string, error: unknown): StorageStartError {
  return new StorageStartError(postgresFailureMessage(databaseUrl, schema, error), { cause: error });
}
