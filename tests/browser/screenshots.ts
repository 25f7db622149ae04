import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { unfinishedCharts } from '../../src/lib/chart/drawEveryChart';

export const screenshotDir = path.resolve('tests/browser/screenshots');

/**
 * Everything laid out, as a person scrolling through would see it: parts of the page that are
 * laid out only near the screen (`content-visibility: auto`) would otherwise show blank below it.
 */
const wholePage = '* { content-visibility: visible !important; }';

/**
 * Charts are drawn when they reach the screen (src/lib/chart/useDrawWhenSeen.ts), and all at once
 * when the page is about to be printed, as a person scrolling through would see them: the picture
 * is taken after the page's own preparation for printing, once every chart is drawn.
 */
async function drawEveryChart(page: Page): Promise<void> {
  // A server-rendered page's charts wait for its scripts to take the page over.
  await expect(page.locator('[data-chart="unscripted"]')).toHaveCount(0);
  if ((await page.locator('[data-chart]').count()) === 0) return;
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator(unfinishedCharts).filter({ visible: true })).toHaveCount(0);
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
