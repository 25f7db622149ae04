/**
 * What a fresh database is filled with, that a second start leaves it alone, and that
 * `npm run demo:remove` takes the demo figures (示例数据) out again.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { planTreeResponseSchema, plansResponseSchema } from '../../src/api/contract';
import { buildSeed, planId } from '../../server/seed';
import { startServer } from '../../server/startServer';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const slowTimeout = 90_000;
const dataDirs: string[] = [];

afterEach(async () => {
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'target-board-seed-'));
  dataDirs.push(dir);
  return dir;
}

async function planTree(dataDir: string, seedDemo = true) {
  const server = await startServer({
    port: 0,
    dataDir,
    databaseUrl: null,
    seedDemo,
    distDir: path.join(dataDir, 'none'),
  });
  try {
    const plans = plansResponseSchema.parse(await (await fetch(`${server.url}/api/plans`)).json()).plans;
    const tree = planTreeResponseSchema.parse(
      await (await fetch(`${server.url}/api/plans/${planId}`)).json(),
    );
    return { plans, tree };
  } finally {
    await server.close();
  }
}

describe('seeding the database', () => {
  it(
    'fills a fresh database with the plan but no demo figures when SEED_DEMO is 0',
    async () => {
      const { plans, tree } = await planTree(await newDataDir(), false);
      expect(plans).toHaveLength(1);
      expect(tree.indicators.length).toBeGreaterThan(0);
      expect(tree.values).toEqual([]);
      expect(tree.hasDemoData).toBe(false);
    },
    slowTimeout,
  );

  it(
    'leaves a database that already holds the plan as it is on the next start',
    async () => {
      const dataDir = await newDataDir();
      const first = await planTree(dataDir);
      const second = await planTree(dataDir, false);
      expect(second.plans).toEqual(first.plans);
      expect(second.tree.values).toHaveLength(first.tree.values.length);
      expect(second.tree.hasDemoData).toBe(true);
    },
    slowTimeout,
  );

  it(
    'removes every demo figure with npm run demo:remove and says how many went',
    async () => {
      const dataDir = await newDataDir();
      await planTree(dataDir);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'server/removeDemo.ts'],
        {
          cwd: repoRoot,
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        },
      );
      const demo = buildSeed({ demo: true });
      const demoCount = demo.values.length;
      const projectCount = demo.projects?.length ?? 0;
      expect(stdout.trim().split('\n')).toEqual([
        `已删除 ${demoCount} 条示例数据 / Removed ${demoCount} demo figures`,
        `已删除 ${projectCount} 个示例项目 / Removed ${projectCount} demo projects`,
      ]);
      const { tree } = await planTree(dataDir);
      expect(tree.values).toEqual([]);
      expect(tree.hasDemoData).toBe(false);
    },
    slowTimeout,
  );
});
