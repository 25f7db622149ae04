import path from 'node:path';
import type { Page } from '@playwright/test';

export const screenshotDir = path.resolve('tests/browser/screenshots');

/**
 * Everything laid out, as a person scrolling through would see it: parts of the page that are
 * laid out only near the screen (`content-visibility: auto`) would otherwise show blank below it.
 */
const wholePage = '* { content-visibility: visible !important; }';

/** Saves a full-page screenshot under tests/browser/screenshots/<name>.png for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, style: wholePage });
}
