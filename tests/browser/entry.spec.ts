/**
 * Entering figures in a real browser against the real server: the grid with a block pasted from
 * Excel, a conflict with another user and its dialog, the form and change history on an indicator
 * page, live updates from another user, and the admin change log with its CSV export.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { RunningServer } from '../../server/startServer';
import { startOwnServer, type OwnServer } from './ownServer';
import { seriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';

const adminPassword = 'entry-spec-admin-password';
const growth = 'industrial-value-added-growth';

let server: RunningServer;

let own: OwnServer;

test.beforeAll(async () => {
  own = await startOwnServer('entry', adminPassword);
  server = own.server;
});

test.afterAll(() => own.stop());

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: '填报' })).toBeVisible();
}

/** Another user saving a figure through the API, as their page would. */
async function saveAsOther(request: APIRequestContext, period: string, value: number): Promise<void> {
  const origin = { Origin: server.url };
  const signedIn = await request.post(`${server.url}/api/session`, {
    headers: origin,
    data: { username: 'admin', password: adminPassword },
  });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const indicator = (await (await request.get(`${server.url}/api/indicators/${growth}`)).json()) as {
    values: { period: string; version: number }[];
  };
  const current = indicator.values.find((figure) => figure.period === period);
  const saved = await request.put(`${server.url}/api/indicators/${growth}/values/${period}`, {
    headers: { ...origin, 'X-CSRF-Token': csrfToken },
    data: { value, note: '另一位填报员', expectedVersion: current?.version ?? null },
  });
  expect(saved.status()).toBe(200);
}

test('a block pasted from Excel fills the grid and one save stores it all', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page);
  await page.goto(`${server.url}/entry?period=2024-06`);
  await expect(page.getByRole('heading', { level: 1, name: '批量填报' })).toBeVisible();
  const grid = page.getByRole('table', { name: '2024年6月各指标数据' });
  await expect(grid).toBeVisible();

  await grid.getByRole('textbox', { name: '规模以上工业增加值 本期数值' }).click();
  await page.evaluate(() => navigator.clipboard.writeText('9.0\t统计快报\n7.6\t统计快报\n'));
  await page.keyboard.press('Control+V');
  await expect(grid.getByRole('textbox', { name: '规模以上工业增加值 说明' })).toHaveValue('统计快报');
  await expect(grid.getByRole('textbox', { name: '固定资产投资 本期数值' })).toHaveValue('7.6');

  await grid.getByRole('textbox', { name: '一般公共预算收入 本期数值' }).fill('abc');
  await expect(grid.getByText('请输入数字')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'entry-grid-invalid');

  await grid.getByRole('textbox', { name: '一般公共预算收入 本期数值' }).fill('4.9');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存 3 项' })).toBeVisible();
  await saveScreenshot(page, 'entry-grid-saved');
});

test('a figure someone else saved meanwhile opens the conflict dialog, and keeping mine wins', async ({
  page,
  playwright,
}) => {
  await signIn(page);
  await page.goto(`${server.url}/entry?period=2024-07`);
  const cell = page.getByRole('textbox', { name: '规模以上工业增加值 本期数值' });
  await cell.fill('9.6');

  const other = await playwright.request.newContext();
  await saveAsOther(other, '2024-07', 9.4);
  await other.dispose();

  await page.getByRole('button', { name: '保存' }).click();
  const dialog = page.getByRole('dialog', { name: '数据已被他人修改' });
  await expect(dialog).toContainText('9.6');
  await expect(dialog).toContainText('9.4%');
  await expect(dialog).toContainText('系统管理员 于');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'entry-conflict');

  await dialog.getByRole('button', { name: '保留我的' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存 1 项' })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('the indicator page offers the form, shows its change history and updates live', async ({
  page,
  playwright,
}) => {
  await signIn(page);
  await page.goto(`${server.url}/indicators/${growth}`);
  const form = page.getByRole('region', { name: '填报数据' });
  await expect(form).toBeVisible();
  await form.getByLabel('期间').selectOption('2024-08');
  await form.getByLabel('数值（%）').fill('9.1');
  await form.getByLabel('说明').fill('按月报更正');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toHaveText('已保存2024年8月的数据');

  const history = page.getByRole('region', { name: '修改记录' });
  await expect(history.getByRole('row').filter({ hasText: '按月报更正' })).toBeVisible();

  const other = await playwright.request.newContext();
  await saveAsOther(other, '2024-10', 9.3);
  await other.dispose();
  await expect(
    history.getByRole('row').filter({ hasText: '另一位填报员' }).filter({ hasText: '2024年10月' }),
  ).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'entry-indicator-page');
});

test('the admin change log filters by indicator and exports CSV for Excel', async ({ page, playwright }) => {
  const other = await playwright.request.newContext();
  await saveAsOther(other, '2024-11', 9.2);
  await other.dispose();
  await signIn(page);
  await page.goto(`${server.url}/admin/audit`);
  await page.getByLabel('指标').selectOption(growth);
  await page.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`indicatorId=${growth}`));
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toContainText('规模以上工业增加值');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'audit-log');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('"规模以上工业增加值"');
});

test('a dashboard held open in another browser shows a planner’s save by itself, without a reload', async ({
  page,
  browser,
}) => {
  const officialContext = await browser.newContext({ locale: 'zh-CN' });
  const official = await officialContext.newPage();
  await official.goto(`${server.url}/`);
  const card = official.getByRole('article').filter({ hasText: '规模以上工业增加值' });
  await expect(card).toContainText('截至2024年');
  await expect(card).not.toContainText('9.7%');

  await signIn(page);
  await page.goto(`${server.url}/indicators/${growth}`);
  const form = page.getByRole('region', { name: '填报数据' });
  // December: the latest month, so the dashboard (standing at the latest month with figures) shows it.
  await form.getByLabel('期间').selectOption('2024-12');
  await form.getByLabel('数值（%）').fill('9.7');
  await form.getByLabel('说明').fill('全年快报');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toHaveText('已保存2024年12月的数据');

  await expect(card).toContainText('9.7%');
  await expect(card).toContainText('截至2024年12月');
  await saveScreenshot(official, 'entry-dashboard-updated-live');
  await officialContext.close();
});
