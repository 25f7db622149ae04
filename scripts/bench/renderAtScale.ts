/**
 * The overview in Chromium with a plan of many indicators: how long until every row is on screen,
 * and how long a filter change takes to redraw the table. Figures in milliseconds, median of runs.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/browser/chromium';

export interface RenderFigures {
  indicatorCount: number;
  firstRenderMs: number;
  filterMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureOverviewAtScale(
  baseUrl: string,
  indicatorCount: number,
  runs = 3,
): Promise<RenderFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const firstRenders: number[] = [];
  const filters: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const lastRow = `(测试 ${indicatorCount - 17})`;
      const started = Date.now();
      await page.goto(baseUrl);
      await page
        .getByText(lastRow, { exact: false })
        .first()
        .waitFor({ state: 'attached', timeout: 120_000 });
      firstRenders.push(Date.now() - started);

      // A string, not a function: the TypeScript runner would add helpers the page does not have.
      const filterMs = await page.evaluate<number>(`new Promise((resolve, reject) => {
        const select = [...document.querySelectorAll('select')].find((element) =>
          element.labels?.[0]?.textContent?.includes('攻坚行动'));
        if (!select) return reject(new Error('no action filter on the page'));
        const before = performance.now();
        select.value = 'investment-attraction';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => location.search.includes('action=investment-attraction')
          ? requestAnimationFrame(() => resolve(performance.now() - before))
          : requestAnimationFrame(check);
        check();
      })`);
      filters.push(filterMs);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { indicatorCount, firstRenderMs: median(firstRenders), filterMs: Math.round(median(filters)) };
}
