/**
 * `npm run bench:portfolio`: the projects page in Chromium with 5,000 projects on the real server —
 * first render, a sort by a column, a filter by level, and a search. Milliseconds, median of 3 runs.
 * The sort and the filter are timed twice: as the test driver sees them (its click, then polling
 * for the changed row) and in the page itself, from the input event to the frame painted with the
 * changed first row, as a person at the screen sees them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { buildSeed } from '../../server/seed';
import { startServer } from '../../server/startServer';
import { openStore } from '../../server/store/open';
import { chromiumArgs, chromiumPath } from '../../tests/browser/chromium';
import { buildLargePortfolio } from './largePortfolio';

const projectCount = 5000;
const runs = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs an action and waits until the first row of the table has changed and painted. */
async function timeUntilFirstRowChanges(page: Page, act: () => Promise<void>): Promise<number> {
  const firstRow = page.locator('table.project-table:not(.project-table--compact) tbody tr').first();
  const before = await firstRow.textContent();
  const started = Date.now();
  await act();
  await page.waitForFunction(
    (previous) =>
      document.querySelector('table.project-table:not(.project-table--compact) tbody tr')?.textContent !==
      previous,
    before,
    { timeout: 60_000 },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  return Date.now() - started;
}

/**
 * In the page: from the input event to the painted frame that shows a changed first row. The
 * change is looked for at once (a change drawn within the event) and then at each frame; the time
 * is read in a task queued once the frame with the change has been painted: queued from a frame
 * callback, which runs before the frame's paint, a task runs after it.
 */
async function timeInPage(page: Page, act: string): Promise<number> {
  // A string, not a function: the TypeScript runner would add helpers the page does not have.
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('the first row never changed')), 30000);
    const firstRow = () =>
      document.querySelector('table.project-table:not(.project-table--compact) tbody tr')?.textContent;
    const before = firstRow();
    const started = performance.now();
    const afterPaint = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(Math.round(performance.now() - started));
      channel.port2.postMessage(null);
    };
    ${act}
    const check = (inFrame) => firstRow() === before
      ? requestAnimationFrame(() => check(true))
      : inFrame ? afterPaint() : requestAnimationFrame(afterPaint);
    check(false);
  })`);
}

const sortInPage = (label: string) =>
  `[...document.querySelectorAll('th button')].find((button) => button.textContent.includes('${label}')).click();`;
const filterInPage = (label: string, index: number) => `
  const select = [...document.querySelectorAll('select')].find((element) =>
    element.labels?.[0]?.textContent?.includes('${label}'));
  select.value = select.options[${index}].value;
  select.dispatchEvent(new Event('change', { bubbles: true }));`;

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tb-bench-portfolio-'));
  const store = await openStore({ dataDir });
  const seed = buildSeed({ demo: true });
  await store.seed({ ...seed, projects: buildLargePortfolio(seed.plan.id, projectCount) });
  await store.close();
  const server = await startServer({ port: 0, dataDir, seedDemo: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const figures = {
    firstRender: [] as number[],
    sort: [] as number[],
    filter: [] as number[],
    search: [] as number[],
    sortInPage: [] as number[],
    filterInPage: [] as number[],
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      let started = Date.now();
      await page.goto(`${server.url}/projects`);
      await page
        .locator('table.project-table:not(.project-table--compact) tbody tr')
        .first()
        .waitFor({ timeout: 120_000 });
      figures.firstRender.push(Date.now() - started);
      figures.sort.push(
        await timeUntilFirstRowChanges(page, () =>
          page.getByRole('button', { name: /年度计划投资/ }).click(),
        ),
      );
      figures.filter.push(
        await timeUntilFirstRowChanges(page, async () => {
          await page.getByRole('combobox', { name: '级别' }).selectOption({ index: 1 });
        }),
      );
      figures.sortInPage.push(await timeInPage(page, sortInPage('开工')));
      figures.filterInPage.push(await timeInPage(page, filterInPage('级别', 2)));
      started = Date.now();
      await page.getByRole('searchbox').or(page.getByLabel('搜索')).first().fill('#4999');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('table.project-table:not(.project-table--compact) tbody tr').length <= 2,
        null,
        { timeout: 60_000 },
      );
      figures.search.push(Date.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    `projects page with ${projectCount} projects (median of ${runs}): first render ${median(figures.firstRender)} ms, sort ${median(figures.sort)} ms, filter by level ${median(figures.filter)} ms, search ${median(figures.search)} ms; in the page: sort ${median(figures.sortInPage)} ms, filter by level ${median(figures.filterInPage)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
