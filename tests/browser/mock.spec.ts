import { expect, test } from '@playwright/test';
import { mockPort } from '../../playwright.config';
import { seriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';

test('the mock command shows the same plan with no server, and says plainly that it is mock data', async ({
  page,
}) => {
  await page.goto(`http://127.0.0.1:${mockPort}/`);
  await expect(page.getByText(/模拟数据/).first()).toBeVisible();
  const mainTargets = page.locator('section', {
    has: page.getByRole('heading', { name: '主要预期目标', level: 2 }),
  });
  await expect(mainTargets.getByRole('article')).toHaveCount(7, { timeout: 30_000 });
  for (const target of ['6%', '8%', '7%', '5.5%'])
    await expect(mainTargets.getByText(target).first()).toBeVisible();
  await expect(page.getByRole('list', { name: '十项攻坚行动' }).locator(':scope > li')).toHaveCount(10);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'mock-overview');
});
