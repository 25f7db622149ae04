/**
 * The overview in Chromium with a plan of many indicators, timed as an official meets it. Every
 * figure is in milliseconds from the start of the navigation (the page's own clock), median of runs:
 *
 * - first screen: the summary line of counts and the targets that are behind are painted;
 * - usable: a filter of the table chosen as soon as the page takes it (its control shown and
 *   working) has been answered, the filtered rows painted. This is the time before an official
 *   can act on the page, not just read it;
 * - all rows: every indicator's row is drawn in the table, so any of them can be scrolled to,
 *   found, printed or read out;
 * - filter: once the table is whole, how long a filter change takes to redraw it.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/browser/chromium';

export interface RenderFigures {
  indicatorCount: number;
  firstScreenMs: number;
  usableMs: number;
  allRowsMs: number;
  filterMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The action every run filters by, and the words of its filter's label. */
const chosenAction = 'investment-attraction';
const actionFilterLabel = '攻坚行动';

/*
 * The page's side of the timing, as strings: the TypeScript runner would add helpers to a
 * function's source that the page does not have. Each watches every frame from the first one.
 */
const helpers = `
  const actionSelect = () => [...document.querySelectorAll('select')].find((element) =>
    element.labels && element.labels[0] && element.labels[0].textContent.includes(${JSON.stringify(actionFilterLabel)}));
  const countText = () => { const count = document.querySelector('.overview-count[role="status"]'); return count ? count.textContent : null; };
  const filteredRowShown = () => !!document.querySelector('.overview-group:not([hidden]) tr.overview-table__row:not([hidden])');
  const firstScreenPainted = (marks) => {
    if (marks.firstScreen === undefined && document.querySelector('.status-summary') && document.querySelector('.attention__list, .attention__none')) marks.firstScreen = performance.now();
  };
  /** Chooses the action, then calls back with the time the answer is painted. */
  const chooseAction = (select, answered) => {
    const before = countText();
    select.value = ${JSON.stringify(chosenAction)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const check = () => location.search.includes(${JSON.stringify(`action=${chosenAction}`)}) && countText() !== before && filteredRowShown()
      ? requestAnimationFrame(() => answered(performance.now()))
      : requestAnimationFrame(check);
    check();
  };
`;

/** Chooses the action filter in the first frame it is shown and working. */
const usableProbe = `(() => {
  ${helpers}
  const marks = (window.__overviewTimes = {});
  const watch = () => {
    firstScreenPainted(marks);
    const select = actionSelect();
    if (select && !select.disabled) {
      marks.chosen = performance.now();
      chooseAction(select, (time) => { marks.usable = time; });
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;

/** Waits, without choosing anything, for every row to be drawn. */
const allRowsProbe = (indicatorCount: number) => `(() => {
  ${helpers}
  const marks = (window.__overviewTimes = {});
  const watch = () => {
    firstScreenPainted(marks);
    if (document.querySelectorAll('tr.overview-table__row').length >= ${indicatorCount}) {
      marks.allRows = performance.now();
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;

const filterOnWholeTable = `new Promise((resolve, reject) => {
  ${helpers}
  const select = actionSelect();
  if (!select) return reject(new Error('no action filter on the page'));
  const before = performance.now();
  chooseAction(select, (time) => resolve(time - before));
})`;

async function marksWhen(page: Page, mark: string): Promise<Record<string, number>> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    // A string, not a function (see above); the page's CSP forbids waitForFunction's eval.
    const marks = await page.evaluate<Record<string, number> | null>('window.__overviewTimes ?? null');
    if (marks && marks[mark] !== undefined) return marks;
    await page.waitForTimeout(50);
  }
  throw new Error(`the overview never reached "${mark}"`);
}

export async function measureOverviewAtScale(
  baseUrl: string,
  indicatorCount: number,
  runs = 3,
): Promise<RenderFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const times: Record<keyof Omit<RenderFigures, 'indicatorCount'>, number[]> = {
    firstScreenMs: [],
    usableMs: [],
    allRowsMs: [],
    filterMs: [],
  };
  const open = async (probe: string) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.addInitScript(probe);
    await page.goto(baseUrl);
    return page;
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      // Two loads: choosing a filter early changes what the table draws after it.
      const early = await open(usableProbe);
      const usable = await marksWhen(early, 'usable');
      times.usableMs.push(usable.usable!);
      await early.close();

      const whole = await open(allRowsProbe(indicatorCount));
      const drawn = await marksWhen(whole, 'allRows');
      // Present in a frame is not yet painted: the first contentful paint may come later.
      const firstPaint = await whole.evaluate<number>(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0",
      );
      times.firstScreenMs.push(Math.max(drawn.firstScreen!, firstPaint));
      times.allRowsMs.push(drawn.allRows!);
      times.filterMs.push(await whole.evaluate<number>(filterOnWholeTable));
      await whole.close();
    }
  } finally {
    await browser.close();
  }
  const figure = (values: number[]) => Math.round(median(values));
  return {
    indicatorCount,
    firstScreenMs: figure(times.firstScreenMs),
    usableMs: figure(times.usableMs),
    allRowsMs: figure(times.allRowsMs),
    filterMs: figure(times.filterMs),
  };
}
