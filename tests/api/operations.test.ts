/**
 * What an operator relies on: readiness that says whether the database answers and its schema is
 * up to date, and a shutdown that ends live-update streams cleanly rather than cutting them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/startServer';
import { sqliteFileName } from '../../server/store/open';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function start() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-ops-'));
  dirs.push(dataDir);
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: null,
    seedDemo: false,
    adminPassword: 'Weihai-Hitech-2024-targets',
    distDir: path.join(dataDir, 'no-build'),
  });
  return { server, dataDir };
}

describe('operations', () => {
  it('is ready on an up-to-date database, and answers 503 saying so when a migration is missing', async () => {
    const { server, dataDir } = await start();
    try {
      const ready = await fetch(`${server.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', storage: 'sqlite' });

      // As if an older version had migrated this database: its last migration is not recorded.
      const db = new Database(path.join(dataDir, sqliteFileName));
      db.prepare("delete from kysely_migration where name = '0006_sign_in_failures'").run();
      db.close();
      const notReady = await fetch(`${server.url}/api/ready`, { headers: { 'Accept-Language': 'en-US' } });
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as { error: { message: string } }).error.message).toMatch(
        /schema is not up to date/,
      );
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('ends open live-update streams cleanly when shutting down, then refuses new connections', async () => {
    const { server } = await start();
    const stream = await fetch(`${server.url}/api/events`);
    expect(stream.status).toBe(200);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('event: ready');

    const closed = server.close();
    let end: ReadableStreamReadResult<Uint8Array>;
    do end = await reader.read();
    while (!end.done);
    expect(end.done).toBe(true);
    await closed;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  }, 60_000);
});
