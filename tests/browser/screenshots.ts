import path from 'node:path';
import type { Page } from '@playwright/test';

export const screenshotDir = path.resolve('tests/browser/screenshots');

/** Saves a full-page screenshot under tests/browser/screenshots/<name>.png for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
