/**
 * `npm run backup [-- --to file.sqlite]`: an online backup of the SQLite database (DATA_DIR), taken
 * with SQLite's backup API while the server keeps running, then checked. By default it goes to
 * DATA_DIR/backups/target-board-<UTC time>.sqlite. To restore, stop the server and put the copy
 * in place of DATA_DIR/target-board.sqlite (README, "Backup and restore"). PostgreSQL is backed up
 * with pg_dump instead; this command says so.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../config';
import { sqliteFileName } from '../store/open';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Makes the backup; returns the lines to print. */
export async function runBackup(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Promise<string[]> {
  const config = loadConfig(env);
  if (config.databaseUrl)
    throw new BackupError(
      'DATABASE_URL 指向 PostgreSQL:请用 pg_dump 备份(见 README「备份与恢复」) / DATABASE_URL names PostgreSQL: back it up with pg_dump (see README, "Backup and restore")',
    );
  const { values } = parseArgs({ args, options: { to: { type: 'string' } }, strict: true });
  const source = path.join(config.dataDir, sqliteFileName);
  if (!existsSync(source))
    throw new BackupError(`没有可备份的数据库:${source} / There is no database to back up: ${source}`);
  const target = path.resolve(
    values.to ?? path.join(config.dataDir, 'backups', `target-board-${stamp(now)}.sqlite`),
  );
  if (existsSync(target))
    throw new BackupError(`备份文件已存在:${target} / The backup file exists already: ${target}`);
  await mkdir(path.dirname(target), { recursive: true });
  const database = new Database(source, { fileMustExist: true });
  try {
    database.pragma('busy_timeout = 5000');
    await database.backup(target);
  } finally {
    database.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new BackupError(`备份校验失败:${String(check)} / The backup failed its check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return [`已备份到 ${target} / Backed up to ${target}`];
}
