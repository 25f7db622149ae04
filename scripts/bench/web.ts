/**
 * `npm run bench:web`: prints the figures the web app is held to — first-load JavaScript (gzip),
 * Lighthouse on every screen an official opens from a link (the overview, an indicator, the
 * projects list, the presentation and the brief) served by the real server, and the overview at
 * 1,000 indicators.
 * Run after `vite build` (the npm script does it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../server/startServer';
import { openStore } from '../../server/store/open';
import { measureBundle } from './bundle';
import { buildLargeSeed } from './largePlan';
import { runLighthouse } from './lighthouse';
import { measureOverviewAtScale } from './renderAtScale';
import { seedPlan } from '../../server/seed/plan';

/** The screens measured, by the addresses a shared link would carry. */
const planPath = `/plans/${encodeURIComponent(seedPlan.id)}`;
const screens: [string, string][] = [
  ['overview', `${planPath}/`],
  ['indicator', `${planPath}/indicators/gdp-growth`],
  ['projects', `${planPath}/projects`],
  ['present', `${planPath}/present`],
  ['brief', `${planPath}/brief`],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function withServer<T>(
  prepare: (dataDir: string) => Promise<void>,
  measure: (url: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tb-bench-'));
  await prepare(dataDir);
  const server = await startServer({ port: 0, dataDir, seedDemo: true });
  try {
    return await measure(server.url);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const bundle = measureBundle(path.resolve('dist'));
  console.log(
    `first-load JS (gzip): ${kb(bundle.firstLoadJsGzip)}   first-load CSS (gzip): ${kb(bundle.firstLoadCssGzip)}`,
  );
  for (const chunk of bundle.chunks) console.log(`  chunk ${chunk.file.padEnd(40)} ${kb(chunk.gzip)}`);

  await withServer(
    async () => {},
    async (url) => {
      // One after another: two Chromiums at once would measure each other.
      for (const [screen, address] of screens) {
        const figures = await runLighthouse(`${url}${address}`);
        console.log(
          `lighthouse (mobile) ${screen.padEnd(9)}: performance ${figures.performance}, FCP ${figures.firstContentfulPaintMs} ms, LCP ${figures.largestContentfulPaintMs} ms, TBT ${figures.totalBlockingTimeMs} ms, transferred ${kb(figures.transferredBytes)}`,
        );
      }
    },
  );

  const indicatorCount = 1000;
  await withServer(
    async (dataDir) => {
      const store = await openStore({ dataDir });
      await store.seed(buildLargeSeed(indicatorCount));
      await store.close();
    },
    async (url) => {
      const figures = await measureOverviewAtScale(url, indicatorCount);
      console.log(
        `overview with ${figures.indicatorCount} indicators (from navigation, median of 3): first screen painted ${figures.firstScreenMs} ms, usable (a filter chosen as soon as it works, answered) ${figures.usableMs} ms, every row drawn ${figures.allRowsMs} ms; filter by action on the whole table ${figures.filterMs} ms`,
      );
    },
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
