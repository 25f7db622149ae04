import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { saveScreenshot, screenshotDir } from './screenshots';

/** The top of the page, where the header and the open switcher are. */
async function saveTop(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 1440;
  await page.screenshot({
    path: path.join(screenshotDir, `${name}.png`),
    clip: { x: 0, y: 0, width, height: 560 },
  });
}

/** Screenshots of the header: the switcher, closed and open, at one width and language. */
async function headerShots(page: Page, name: string): Promise<void> {
  const switcher = page.getByRole('banner').getByRole('button', { name: /切换计划|Switch plan/ });
  await expect(switcher).toBeEnabled();
  await saveTop(page, `${name}-closed`);
  await switcher.click();
  await expect(switcher).toHaveAttribute('aria-expanded', 'true');
  await saveTop(page, `${name}-open`);
  await page.keyboard.press('Escape');
  await expect(switcher).toHaveAttribute('aria-expanded', 'false');
  await expect(switcher).toBeFocused();
}

test.describe('addresses that name their plan', () => {
  test('/ opens the plan, old links lead into it, the header switches plans at phone and desktop width in both languages', async ({
    page,
  }) => {
    await page.goto('/?asOf=2024-03');
    await expect(page).toHaveURL(/\/plans\/[^/]+\/\?asOf=2024-03$/);
    const planOverview = new URL(page.url()).pathname;
    await expect(page.getByText('2024年度已结束')).toBeVisible();

    await page.goto('/projects?kind=urban');
    await expect(page).toHaveURL(new RegExp(`${planOverview}projects\\?kind=urban$`));

    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(planOverview);
      await headerShots(page, `plan-switcher-${width}-zh`);
    }
    // At laptop width the language switch is in the header (on a phone it is behind 菜单).
    await page.setViewportSize({ width: 1440, height: 800 });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByText('The 2024 plan year has ended')).toBeVisible();
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${planOverview}brief`);
      await headerShots(page, `plan-switcher-${width}-en`);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('an unknown plan says it is not there and leads to the plan list', async ({ page }) => {
    await page.goto('/plans/no-such-plan/');
    await expect(page.getByRole('heading', { level: 1, name: '没有这个计划' })).toBeVisible();
    await page.getByRole('link', { name: '查看全部计划' }).click();
    await expect(page).toHaveURL(/\/plans$/);
    await expect(page.getByRole('heading', { level: 1, name: '全部计划' })).toBeVisible();
    await saveScreenshot(page, 'plan-list');
  });
});
