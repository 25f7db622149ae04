/**
 * `server/main.ts` as an operator meets it: a start that cannot work says why in one line and
 * exits 1; a good start prints where it listens and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin } from '../../server/auth/bootstrapAdmin';
import { scryptHasher } from '../../server/auth/password';
import { buildSeed } from '../../server/seed';
import { openStore, sqliteFileName } from '../../server/store/open';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const processTimeout = 90_000;

const started: ChildProcess[] = [];
const workDirs: string[] = [];

/** A fresh directory of the test's own; removed after the suite. */
async function newWorkDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'target-board-start-'));
  workDirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of workDirs) await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** As root, whom file permissions do not stop, the server runs as `nobody` where a test needs them to. */
const runAsNobody = process.getuid?.() === 0;

function startMain(env: Record<string, string>, options: { asNobody?: boolean } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    ...(options.asNobody && runAsNobody ? { uid: 65534, gid: 65534 } : {}),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', SEED_DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Outcome>((resolve) => {
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
  const printed = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = stdout.match(pattern);
        if (match) resolve(match);
      };
      child.stdout.on('data', check);
      child.once('close', () => reject(new Error(`exited before printing ${pattern}: ${stderr}`)));
      check();
    });
  return { child, exited, printed };
}

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('starting the server', () => {
  it(
    'refuses a damaged database file with one line naming it and exit code 1',
    async () => {
      const workDir = await newWorkDir();
      const file = path.join(workDir, sqliteFileName);
      await writeFile(file, 'these are notes, not a database\n'.repeat(20));
      const { exitCode, stderr, stdout } = await startMain({ DATA_DIR: workDir }).exited;
      expect(exitCode).toBe(1);
      expect(linesOf(stderr)).toHaveLength(1);
      expect(stderr).toContain(file);
      expect(stdout).not.toContain('running at');
    },
    processTimeout,
  );

  it(
    'refuses a data directory that cannot be created with one line and exit code 1',
    async () => {
      const workDir = await newWorkDir();
      const blocker = path.join(workDir, 'a-file');
      await writeFile(blocker, 'not a directory');
      const dataDir = path.join(blocker, 'data');
      const { exitCode, stderr } = await startMain({ DATA_DIR: dataDir }).exited;
      expect(exitCode).toBe(1);
      expect(linesOf(stderr)).toHaveLength(1);
      expect(stderr).toContain(dataDir);
    },
    processTimeout,
  );

  it(
    'refuses an unreachable PostgreSQL with one line and exit code 1',
    async () => {
      const workDir = await newWorkDir();
      const { exitCode, stderr } = await startMain({
        DATA_DIR: workDir,
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test',
      }).exited;
      expect(exitCode).toBe(1);
      expect(linesOf(stderr)).toHaveLength(1);
      expect(stderr).toContain('127.0.0.1:1');
    },
    processTimeout,
  );

  it(
    'prints the address it serves at, answers there, and stops on SIGTERM',
    async () => {
      const workDir = await newWorkDir();
      const main = startMain({ DATA_DIR: workDir });
      const [, url, storage] = await main.printed(
        /目标看板 running at (http:\/\/127\.0\.0\.1:\d+) \(storage: (.+)\)/,
      );
      expect(storage).toBe(`sqlite ${path.join(workDir, sqliteFileName)}`);
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', storage: 'sqlite', mode: 'server' });
      main.child.kill('SIGTERM');
      const { exitCode, stderr } = await main.exited;
      expect(exitCode).toBe(0);
      expect(stderr).toBe('');
    },
    processTimeout,
  );

  it(
    'refuses a database file it may not write with one line naming it and exit code 1, instead of starting',
    async () => {
      const workDir = await newWorkDir();
      // A database that has everything, so that nothing but a write would notice.
      const store = await openStore({ dataDir: workDir });
      await store.seed(buildSeed({ demo: false }));
      await bootstrapAdmin(store, {
        adminPassword: 'Weihai-Hitech-2024-targets',
        hasher: scryptHasher,
        log: () => {},
      });
      await store.close();
      const file = path.join(workDir, sqliteFileName);
      // The directory stays writable; only the file is read-only.
      await chmod(workDir, 0o777);
      await chmod(file, 0o444);
      const { exitCode, stderr, stdout } = await startMain(
        { DATA_DIR: workDir, ADMIN_PASSWORD: 'Weihai-Hitech-2024-targets' },
        { asNobody: true },
      ).exited;
      expect(exitCode).toBe(1);
      expect(linesOf(stderr)).toHaveLength(1);
      expect(stderr).toContain(file);
      expect(stderr).toContain('不可写');
      expect(stdout).not.toContain('running at');
    },
    processTimeout,
  );

  it(
    'refuses a data directory the system will not create (/proc/x) with one line, rather than hanging',
    async () => {
      const { exitCode, stderr } = await startMain({ DATA_DIR: '/proc/x/data' }).exited;
      expect(exitCode).toBe(1);
      expect(linesOf(stderr)).toHaveLength(1);
      expect(stderr).toContain('/proc/x/data');
    },
    processTimeout,
  );

  it(
    'refuses a malformed DATABASE_URL with one line saying so, not that the connection was refused',
    async () => {
      const workDir = await newWorkDir();
      const { exitCode, stderr } = await startMain({ DATA_DIR: workDir, DATABASE_URL: 'not a url' }).exited;
      expect(exitCode).toBe(1);
      expect(linesOf(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/malformed/);
      expect(stderr).not.toMatch(/refused/);
    },
    processTimeout,
  );
});
