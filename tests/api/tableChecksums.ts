/**
 * A digest of every stored table, read straight from the database (not through the API), so a
 * test can show that requests changed nothing. Sessions and sign-in failures are left out: they
 * are the bookkeeping of signing in, not stored data.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFileName } from '../../server/store/open';
import type { StoreUnderTest } from '../store/storesUnderTest';

const bookkeeping = new Set(['sessions', 'sign_in_failures', 'kysely_migration', 'kysely_migration_lock']);

function digest(rows: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

export async function tableChecksums(location: StoreUnderTest['location']): Promise<Record<string, string>> {
  if (!location) throw new Error('the memory store has no tables');
  const sums: Record<string, string> = {};
  if ('sqliteDataDir' in location) {
    const db = new Database(path.join(location.sqliteDataDir, sqliteFileName), { readonly: true });
    try {
      const tables = db
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
        )
        .all() as { name: string }[];
      for (const { name } of tables)
        if (!bookkeeping.has(name))
          sums[name] = digest(db.prepare(`select * from "${name}" order by 1, 2`).all());
    } finally {
      db.close();
    }
    return sums;
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = $1 order by table_name',
      [location.pgSchema],
    );
    for (const { table_name: name } of tables.rows)
      if (!bookkeeping.has(name))
        sums[name] = digest(
          (await client.query(`select * from "${location.pgSchema}"."${name}" order by 1, 2`)).rows,
        );
  } finally {
    await client.end();
  }
  return sums;
}
