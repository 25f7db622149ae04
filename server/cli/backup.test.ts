import { copyFile, mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSeed } from '../seed';
import { openStore, sqliteFileName } from '../store/open';
import { BackupError, runBackup } from './backupCommand';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'target-board-backup-'));
  dirs.push(dir);
  return dir;
}

describe('npm run backup', () => {
  it('copies the database while it is open and written to, and the copy restores every figure', async () => {
    const dataDir = await tempDir();
    const store = await openStore({ dataDir });
    await store.seed(buildSeed({ demo: true }));
    await store.recordValue({
      indicatorId: 'gdp-growth',
      period: '2024-06',
      value: 6.2,
      judgement: null,
      achievedOn: null,
      note: '半年数据',
      source: null,
      isDemo: false,
      recordedBy: 'wang',
      recordedAt: '2024-07-15T02:00:00.000Z',
      version: 1,
    });
    const figures = await store.listValues({ planId: 'weihai-hitech-2024' });

    // The server still has the database open: the backup is online.
    const [line] = await runBackup([], { DATA_DIR: dataDir }, new Date('2024-07-15T03:04:05.678Z'));
    const backup = path.join(dataDir, 'backups', 'target-board-20240715T030405Z.sqlite');
    expect(line).toBe(`已备份到 ${backup} / Backed up to ${backup}`);
    await store.close();

    const restoredDir = await tempDir();
    await mkdir(restoredDir, { recursive: true });
    await copyFile(backup, path.join(restoredDir, sqliteFileName));
    const restored = await openStore({ dataDir: restoredDir });
    try {
      expect(await restored.listValues({ planId: 'weihai-hitech-2024' })).toEqual(figures);
      expect(figures.some((figure) => figure.note === '半年数据')).toBe(true);
    } finally {
      await restored.close();
    }
  });

  it('says to use pg_dump for PostgreSQL, and refuses to overwrite a file', async () => {
    const dataDir = await tempDir();
    await expect(runBackup([], { DATA_DIR: dataDir, DATABASE_URL: 'postgres://u@db/x' })).rejects.toThrow(
      /pg_dump/,
    );
    const store = await openStore({ dataDir });
    await store.close();
    const to = path.join(dataDir, 'copy.sqlite');
    await runBackup(['--to', to], { DATA_DIR: dataDir });
    await expect(runBackup(['--to', to], { DATA_DIR: dataDir })).rejects.toThrow(BackupError);
  });
});
