import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const screenshotDir = path.resolve('tests/browser/screenshots');

/**
 * Everything laid out, as a person scrolling through would see it: parts of the page that are
 * laid out only near the screen (`content-visibility: auto`) would otherwise show blank below it.
 */
const wholePage = '* { content-visibility: visible !important; }';

/**
 * Charts are drawn when they reach the screen (src/lib/chart/useDrawWhenSeen.ts): each one on the
 * page is scrolled to and drawn before the picture is taken, then the page goes back to its top.
 */
async function drawEveryChart(page: Page): Promise<void> {
  // A server-rendered page's charts wait for its scripts to take the page over.
  await expect(page.locator('[data-chart="unscripted"]')).toHaveCount(0);
  const pending = page.locator('[data-chart="pending"]');
  for (let left = await pending.count(); left > 0; left = await pending.count()) {
    const scrolled = await page.evaluate(() => {
      const box = [...document.querySelectorAll('[data-chart="pending"]')].find((element) =>
        element.checkVisibility(),
      );
      box?.scrollIntoView({ block: 'center' });
      return box !== undefined;
    });
    if (!scrolled) break;
    await expect.poll(() => pending.count()).toBeLessThan(left);
  }
  // A chart's code arrives when it is first drawn, and its axes a moment after its frame.
  await expect(page.locator('[data-chart="drawn"]:not(:has(.recharts-cartesian-axis))')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Saves a full-page screenshot under tests/browser/screenshots/<name>.png for a person to look at.
 * `scripts: false` for a page whose scripts do not run: its charts are never drawn.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  { scripts = true }: { scripts?: boolean } = {},
): Promise<void> {
  if (scripts) await drawEveryChart(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, style: wholePage });
}
