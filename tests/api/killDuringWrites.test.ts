/**
 * kill -9 in the middle of a burst of writes: every write the server acknowledged (201) is there
 * after a restart on the same SQLite file, or the same PostgreSQL schema (when TEST_DATABASE_URL is
 * set). The server runs as `npm run serve` does (server/main.ts) on loopback; the burst is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const adminPassword = 'Weihai-Hitech-2024-targets';
const databaseUrl = process.env.TEST_DATABASE_URL;
const children: ChildProcess[] = [];
const dataDirs: string[] = [];
const schemas: string[] = [];

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
  if (databaseUrl && schemas.length > 0) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
    } finally {
      await client.end();
    }
  }
});

/** Where the server keeps its data: a fresh SQLite directory, or a fresh PostgreSQL schema. */
type Storage = { DATA_DIR: string; DATABASE_URL: string; DATABASE_SCHEMA: string };

async function sqliteStorage(): Promise<Storage> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-kill-'));
  dataDirs.push(dataDir);
  return { DATA_DIR: dataDir, DATABASE_URL: '', DATABASE_SCHEMA: '' };
}

async function postgresStorage(): Promise<Storage> {
  const schema = `kill_during_writes_${process.pid}_${Date.now().toString(36)}`;
  schemas.push(schema);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-kill-'));
  dataDirs.push(dataDir);
  return { DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', DATABASE_SCHEMA: schema };
}

async function startMain(storage: Storage): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...storage,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: '0',
      ADMIN_PASSWORD: adminPassword,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  // What it says on stderr is read and dropped, so a full pipe never holds the server up.
  let errors = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors = (errors + chunk).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('close', () => reject(new Error(`exited before listening: ${out} ${errors}`)));
  });
  return { child, url };
}

async function signIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie =
    response.headers
      .getSetCookie()
      .find((line) => line.startsWith('tb_session='))
      ?.split(';')[0] ?? '';
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken, Origin: url, 'Content-Type': 'application/json' };
}

async function keepsEveryAcknowledgedWrite(storage: Storage): Promise<void> {
  const first = await startMain(storage);
  const headers = await signIn(first.url);
  const acknowledged: string[] = [];
  let next = 0;
  let killed = false;

  // Four writers at a time; the server is killed once 60 writes were acknowledged, mid-flight.
  const writer = async () => {
    while (!killed && next < 400) {
      const id = `kill-${String((next += 1)).padStart(3, '0')}`;
      try {
        const response = await fetch(`${first.url}/api/plans/weihai-hitech-2024/projects`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            id,
            name: `项目 ${id}`,
            level: 'district',
            kind: 'industrial',
            plannedTotalInvestment: 1,
            plannedAnnualInvestment: 1,
          }),
        });
        if (response.status === 201) acknowledged.push(id);
      } catch {
        // the connection died with the server: not acknowledged
      }
      if (acknowledged.length >= 60 && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
  // A process killed by a signal has no exit code, only the signal: it may have closed already.
  const ended = () => first.child.exitCode !== null || first.child.signalCode !== null;
  if (!ended()) await new Promise((resolve) => first.child.once('close', resolve));
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(60);

  const second = await startMain(storage);
  const missing: string[] = [];
  for (const id of acknowledged)
    if ((await fetch(`${second.url}/api/projects/${id}`)).status !== 200) missing.push(id);
  second.child.kill('SIGTERM');
  expect(missing).toEqual([]);
}

describe('kill -9 during a burst of writes', () => {
  it('keeps every acknowledged write on SQLite', { timeout: 180_000 }, async () => {
    await keepsEveryAcknowledgedWrite(await sqliteStorage());
  });

  it.runIf(databaseUrl)('keeps every acknowledged write on PostgreSQL', { timeout: 180_000 }, async () => {
    await keepsEveryAcknowledgedWrite(await postgresStorage());
  });
});
