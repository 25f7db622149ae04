import { expect, test } from '@playwright/test';
import { mockPort } from '../../playwright.config';
import { seriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';

test.describe('an official following the key projects behind the start rate', () => {
  test('opens the start rate at the end of Q1, clicks 查看项目 and sees the projects not started first', async ({
    page,
  }) => {
    await page.goto('/indicators/key-project-start-rate?asOf=2024-03');
    await expect(page.getByRole('heading', { name: /重点项目开工率/ }).first()).toBeVisible();

    await page.getByRole('link', { name: /查看项目/ }).click();

    await expect(page).toHaveURL(/\/projects\?behind=key-project-start-rate&asOf=2024-03/);
    await expect(page.getByRole('heading', { name: /拖慢“重点项目开工率”的项目/ })).toBeVisible();
    const table = page.getByRole('table', { name: /项目清单/ });
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toContainText('未开工');
    const notice = page.getByRole('region', { name: /拖慢/ });
    const count = Number((await notice.textContent())?.match(/以下 (\d+) 个项目/)?.[1]);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) await expect(rows.nth(i)).toContainText('未开工');
    await expect(rows.nth(count)).not.toContainText('未开工');
    await expect(rows.first()).toContainText('示例');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'projects-not-started');
  });

  test('filters and sorts the list, all kept in the address', async ({ page }) => {
    await page.goto('/projects');
    const table = page.getByRole('table', { name: /项目清单/ });
    await expect(table.locator('tbody tr')).toHaveCount(50);
    await expect(page.getByText(/共 120 个项目/)).toBeVisible();

    await page.getByRole('combobox', { name: '类别' }).selectOption({ label: '城建重点工程' });
    await expect(page).toHaveURL(/kind=urban/);
    await expect(table.locator('tbody tr')).toHaveCount(21);

    const plannedHeader = page.getByRole('columnheader', { name: /年度计划投资/ });
    await plannedHeader.getByRole('button').click();
    await expect(page).toHaveURL(/sort=plannedAnnualInvestment&order=asc/);
    await expect(plannedHeader).toHaveAttribute('aria-sort', 'ascending');
    await plannedHeader.getByRole('button').click();
    await expect(plannedHeader).toHaveAttribute('aria-sort', 'descending');

    await page.getByRole('searchbox', { name: '搜索' }).fill('示例工程 03');
    await expect(page).toHaveURL(/q=/);
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await saveScreenshot(page, 'projects-filtered');

    await page.reload();
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('示例工程 03');
  });

  test('a writer marks the last unstarted project started and the start rate moves at once', async ({
    page,
  }) => {
    // On the mock, which signs in by role; the page keeps its data until it reloads, so stay in it.
    await page.goto(`http://127.0.0.1:${mockPort}/projects?kind=industrial&status=planned`);
    await page.getByRole('button', { name: '管理员' }).click();
    await expect(page.getByRole('button', { name: '管理员' })).toHaveAttribute('aria-pressed', 'true');
    const table = page.getByRole('table', { name: /项目清单/ });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await table.getByRole('link').first().click();

    await expect(page.getByRole('heading', { name: '标记开工' })).toBeVisible();
    await page.getByLabel('开工日期').fill('2024-04-15');
    await page.getByLabel('说明(可选)').fill('现场核实已开工');
    await page.getByRole('button', { name: '标记开工' }).click();

    await expect(page.getByRole('status').filter({ hasText: '已标记为开工' })).toBeVisible();
    await expect(page.getByText('当前状态').locator('..')).toContainText('已开工');
    const history = page.getByRole('table', { name: /状态变化/ });
    await expect(history.getByRole('row').last()).toContainText('2024年4月15日');
    await expect(history.getByRole('row').last()).toContainText('现场核实已开工');
    await expect(page.getByRole('table', { name: /修改记录/ })).toContainText(
      '状态改为“已开工”(2024年4月15日)',
    );
    await saveScreenshot(page, 'projects-marked-started');

    await page.getByRole('link', { name: '总览' }).click();
    const startRateRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: '重点项目开工率' }) });
    await expect(startRateRow).toContainText('100.0%');
  });
});
