import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, sqliteFileName, StorageStartError } from '../../server/store/open';

let tempDir: string;
beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'target-board-open-'));
});
afterEach(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

/** The StorageStartError that opening fails with. */
async function startFailure(config: Parameters<typeof openStore>[0]): Promise<StorageStartError> {
  const failure: unknown = await openStore(config).then(
    async (store) => {
      await store.close();
      return null;
    },
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(StorageStartError);
  const message = (failure as StorageStartError).message;
  expect(message).not.toContain('\n');
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).toMatch(/ \/ [A-Z]/);
  return failure as StorageStartError;
}

describe('opening the SQLite store', () => {
  it('creates a missing data directory and the database in it', async () => {
    const dataDir = path.join(tempDir, 'nested', 'data');
    const store = await openStore({ dataDir });

    expect(store.kind).toBe('sqlite');
    expect(await store.isEmpty()).toBe(true);
    await store.close();
    expect(await readdir(dataDir)).toContain(sqliteFileName);
  });

  it('fails with a message naming the data directory when it cannot be created, and creates nothing', async () => {
    const regularFile = path.join(tempDir, 'not-a-directory');
    await writeFile(regularFile, 'plain text');
    const dataDir = path.join(regularFile, 'data');

    const failure = await startFailure({ dataDir });

    expect(failure.message).toContain('数据目录');
    expect(failure.message).toContain(dataDir);
    expect(await readdir(tempDir)).toEqual(['not-a-directory']);
  });

  it('refuses a file that is not a SQLite database and leaves it byte for byte as it was', async () => {
    const file = path.join(tempDir, sqliteFileName);
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
    await writeFile(file, garbage);

    const failure = await startFailure({ dataDir: tempDir });

    expect(failure.message).toContain(`数据库文件已损坏或不是 SQLite 文件:${file}`);
    expect(await readFile(file)).toEqual(garbage);
    expect(await readdir(tempDir)).toEqual([sqliteFileName]);
  });

  it('refuses a SQLite database whose pages are damaged and leaves the file as it was', async () => {
    const store = await openStore({ dataDir: tempDir });
    await store.close();
    const file = path.join(tempDir, sqliteFileName);
    const damaged = await readFile(file);
    damaged.fill(0x41, 100);
    await writeFile(file, damaged);

    const failure = await startFailure({ dataDir: tempDir });

    expect(failure.message).toContain('数据库文件已损坏');
    expect(await readFile(file)).toEqual(damaged);
  });
});

describe('opening the PostgreSQL store', () => {
  it('fails with a message about reaching the server when nothing listens on the port', async () => {
    const failure = await startFailure({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/test',
      dataDir: tempDir,
    });

    expect(failure.message).toContain('无法连接 PostgreSQL(127.0.0.1:1/test)');
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const failure = await startFailure({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/test',
      dataDir: tempDir,
      pgSchema: 'x"; drop',
    });

    expect(failure.message).toContain('模式名不合法');
  });

  it('never shows the password of the database URL', async () => {
    const failure = await startFailure({
      databaseUrl: 'postgres://postgres:s3cret-word@127.0.0.1:1/test',
      dataDir: tempDir,
    });

    expect(failure.message).not.toContain('s3cret-word');
  });

  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  describe.runIf(testDatabaseUrl)('on a running server', () => {
    function variantOf(change: (url: URL) => void): string {
      const url = new URL(testDatabaseUrl ?? '');
      change(url);
      return url.toString();
    }

    it('fails with a message about the user name and password when the login is refused', async () => {
      const databaseUrl = variantOf((url) => {
        url.username = 'no_such_user';
      });

      const failure = await startFailure({ databaseUrl, dataDir: tempDir });

      expect(failure.message).toContain('PostgreSQL 拒绝登录');
      expect(failure.message).toContain('no_such_user');
    });

    it('fails with a message about the database name when the database does not exist', async () => {
      const databaseUrl = variantOf((url) => {
        url.pathname = '/no_such_database';
      });

      const failure = await startFailure({ databaseUrl, dataDir: tempDir });

      expect(failure.message).toContain('PostgreSQL 上没有这个数据库');
      expect(failure.message).toContain('no_such_database');
    });
  });
});
