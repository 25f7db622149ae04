/**
 * `npm run bench:api`: reads under load, live-update fan-out, a mixed read/write load and the
 * memory an open event stream costs, on the real server (a child process, as `npm run serve`
 * runs it). Every read is measured beside a bare node:http server answering the same bytes in the
 * same run, with the ratio printed. Loopback only; every loop is bounded. Needs wrk
 * (`apt-get install -y wrk`) and the build (the npm script builds first). With BENCH_DATABASE_URL
 * (a PostgreSQL server; a database of its own is created and dropped) it runs again on two
 * servers over one PostgreSQL database.
 *
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=100 BENCH_STREAMS=1000 npm run bench:api
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildSeed } from '../../server/seed';
import { openStore } from '../../server/store/open';
import { buildLargePortfolio } from './largePortfolio';
import { residentBytes, startBareServer, startServerProcess, type ServerProcess } from './api/processes';
import { openStreams } from './api/streams';
import { wrk, type LoadFigures } from './api/wrk';
import { saveFigure, signIn, storedFigure, figureVersion, type Session } from './api/writes';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const streamCount = Number(process.env.BENCH_STREAMS ?? 1000);
const mixedSeconds = Number(process.env.BENCH_MIXED_SECONDS ?? 15);
const projectCount = 5000;
/** Where the servers listen: one on SQLite, two on PostgreSQL, and the bare ones. */
const ports = (process.env.BENCH_PORTS ?? '4187,4195,4196,4197,4198').split(',').map(Number);
const port = (index: number) => ports[index] ?? 0;
const planId = 'weihai-hitech-2024';
const indicatorId = 'gdp-growth';
/** A monthly indicator, written by the fan-out and the mixed load. */
const writtenId = 'fixed-asset-investment-growth';

const reads = [
  { name: 'plan tree GET /api/plans/:id', path: `/api/plans/${planId}` },
  { name: 'an indicator GET /api/indicators/:id', path: `/api/indicators/${indicatorId}` },
  { name: 'projects list, first page of 50', path: `/api/plans/${planId}/projects?limit=50` },
  { name: 'overview HTML GET /plans/:id/', path: `/plans/${planId}/` },
];

const fixed = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function row(figures: LoadFigures): string {
  return `${fixed(figures.requestsPerSecond)} req/s, p50 ${fixed(figures.p50Millis, 1)} ms, p99 ${fixed(figures.p99Millis, 1)} ms, errors ${figures.errors}`;
}

async function measureReads(servers: ServerProcess[]): Promise<void> {
  console.log(`\nreads: wrk, ${connections} connections over ${servers.length} server(s), ${seconds} s each`);
  for (const read of reads) {
    const sample = await fetch(`${servers[0]?.url ?? ''}${read.path}`);
    const body = Buffer.from(await sample.arrayBuffer());
    const contentType = sample.headers.get('Content-Type') ?? 'application/octet-stream';
    if (!sample.ok) throw new Error(`${read.path} answered ${sample.status}`);
    const app = await wrk(
      servers.map((server) => `${server.url}${read.path}`),
      connections,
      seconds,
    );
    const bares = await Promise.all(servers.map((_, i) => startBareServer(port(3 + i), body, contentType)));
    const bare = await wrk(
      bares.map((server) => server.url),
      connections,
      seconds,
    );
    await Promise.all(bares.map((server) => server.stop()));
    console.log(`  ${read.name} (${fixed(body.length / 1024, 1)} KB)`);
    console.log(`    this server: ${row(app)}`);
    console.log(`    bare node:http, same bytes: ${row(bare)}`);
    console.log(`    ratio: ${(app.requestsPerSecond / bare.requestsPerSecond).toFixed(3)}×`);
  }
}

/** Bounded waits: a stream that never hears the event fails the run instead of hanging it. */
function within<T>(millis: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`not every stream heard the write within ${millis} ms`)),
        millis,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

async function measureFanOut(servers: ServerProcess[], session: Session): Promise<void> {
  const before = servers.map((server) => residentBytes(server.pid));
  const { streams, refused } = await openStreams(
    servers.map((server) => server.url),
    streamCount,
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = servers.map((server) => residentBytes(server.pid));
  const grown = after.reduce((sum, bytes, i) => sum + bytes - (before[i] ?? 0), 0);
  console.log(
    `\nevent fan-out: ${streams.length} streams open over ${servers.length} server(s)${refused > 0 ? `, ${refused} refused` : ''}`,
  );
  console.log(
    `  memory: resident size grew ${fixed(grown / 1024 / 1024, 1)} MB, ${fixed(grown / Math.max(1, streams.length) / 1024, 1)} KB per open stream`,
  );
  const writer = servers[0];
  if (!writer) return;
  for (let round = 0; round < 3; round += 1) {
    const heard = Promise.all(streams.map((stream) => stream.nextEvent()));
    const version = await figureVersion(writer.url, writtenId, '2024-11');
    const sentAt = performance.now();
    const status = await saveFigure(writer.url, session, writtenId, '2024-11', 5 + round / 10, version);
    const ackedAt = performance.now();
    if (status !== 200) throw new Error(`the write for the fan-out answered ${status}`);
    const times = await within(30_000, heard);
    const last = Math.max(...times);
    const sorted = times.map((at) => at - sentAt).sort((a, b) => a - b);
    console.log(
      `  write ${round + 1} (${status}): acknowledged after ${fixed(ackedAt - sentAt, 1)} ms; first stream heard it after ${fixed(sorted[0] ?? NaN, 1)} ms, median ${fixed(sorted[Math.floor(sorted.length / 2)] ?? NaN, 1)} ms, last after ${fixed(last - sentAt, 1)} ms`,
    );
  }
  for (const stream of streams) stream.close();
}

async function mixedLoad(servers: ServerProcess[], session: Session): Promise<void> {
  const deadline = Date.now() + mixedSeconds * 1000;
  const urls = servers.map((server) => server.url);
  let readErrors = 0;
  let readCount = 0;
  const reader = async (i: number) => {
    while (Date.now() < deadline) {
      const url = urls[i % urls.length] ?? '';
      const response = await fetch(`${url}/api/plans/${planId}`).catch(() => null);
      if (response?.status === 200) {
        await response.arrayBuffer();
        readCount += 1;
      } else readErrors += 1;
    }
  };
  const writerSlots = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];
  const acknowledged = new Map<string, { value: number; version: number }>();
  let writeErrors = 0;
  let writesAcknowledged = 0;
  const writer = async (period: string, i: number) => {
    let version = await figureVersion(urls[0] ?? '', writtenId, period);
    let startVersion = version ?? 0;
    let count = 0;
    while (Date.now() < deadline) {
      const url = urls[(i + count) % urls.length] ?? '';
      const value = Math.round(Math.random() * 1000) / 100;
      const status = await saveFigure(url, session, writtenId, period, value, version).catch(() => 0);
      if (status === 0) {
        // No answer: the write may or may not have been stored, so it is not counted as acknowledged,
        // and the next one starts from what is stored.
        writeErrors += 1;
        version = await figureVersion(urls[0] ?? '', writtenId, period);
        startVersion = (version ?? 0) - count;
        continue;
      }
      if (status === 200) {
        count += 1;
        writesAcknowledged += 1;
        version = startVersion + count;
        acknowledged.set(period, { value, version });
      } else writeErrors += 1;
    }
  };
  await Promise.all([
    ...Array.from({ length: 40 }, (_, i) => reader(i)),
    ...writerSlots.map((period, i) => writer(period, i)),
  ]);
  // Each writer's figure must stand at the version of its last acknowledged write, with its value,
  // on every server: a lost write would leave an older version or value.
  let lost = 0;
  for (const [period, last] of acknowledged) {
    for (const url of urls) {
      const stored = await storedFigure(url, writtenId, period);
      if (stored?.version !== last.version || stored.value !== last.value) lost += 1;
    }
  }
  console.log(
    `\nmixed load, ${mixedSeconds} s: 40 readers and ${writerSlots.length} writers over ${servers.length} server(s): ${readCount} reads, ${readErrors} read errors; ${writesAcknowledged} writes acknowledged, ${writeErrors} write errors; lost writes (a figure not at its last acknowledged version and value on every server): ${lost}`,
  );
}

async function run(label: string, servers: ServerProcess[], password: string): Promise<void> {
  console.log(`\n=== ${label} ===`);
  const session = await signIn(servers[0]?.url ?? '', password);
  await measureFanOut(servers, session);
  await measureReads(servers);
  await mixedLoad(servers, session);
}

async function seededDataDir(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tb-bench-api-'));
  const store = await openStore({ dataDir });
  const seed = buildSeed({ demo: true });
  await store.seed({ ...seed, projects: buildLargePortfolio(seed.plan.id, projectCount) });
  await store.close();
  return dataDir;
}

async function withDatabase<T>(serverUrl: string, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `bench_api_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const store = await openStore({ databaseUrl: url.href, dataDir: '' });
    const seed = buildSeed({ demo: true });
    await store.seed({ ...seed, projects: buildLargePortfolio(seed.plan.id, projectCount) });
    await store.close();
    return await work(url.href);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:api on ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  const password = randomBytes(18).toString('base64url');
  // All the fan-out's streams come from one address (loopback): the per-client cap is raised to
  // let them open, and the total cap to the count measured.
  const common = {
    ADMIN_PASSWORD: password,
    HOST: '127.0.0.1',
    EVENT_STREAMS_PER_CLIENT: String(streamCount),
    EVENT_STREAMS_MAX: String(streamCount),
  };

  const dataDir = await seededDataDir();
  const sqlite = await startServerProcess({ ...common, PORT: String(port(0)), DATA_DIR: dataDir });
  try {
    await run(`SQLite, one server, ${projectCount} projects`, [sqlite], password);
  } finally {
    await sqlite.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    console.log('\n(no BENCH_DATABASE_URL: PostgreSQL skipped)');
    return;
  }
  await withDatabase(databaseUrl, async (url) => {
    const servers: ServerProcess[] = [];
    try {
      for (const index of [1, 2])
        servers.push(await startServerProcess({ ...common, PORT: String(port(index)), DATABASE_URL: url }));
      await run(`PostgreSQL, two servers, ${projectCount} projects`, servers, password);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
