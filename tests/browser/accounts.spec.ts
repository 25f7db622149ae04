/**
 * Signing in and managing accounts in a real browser: the sign-in page, the header after signing
 * in, the users page, and the mock's role switch. Runs its own server with a known admin password.
 */
import { expect, test } from '@playwright/test';
import { mockPort } from '../../playwright.config';
import type { RunningServer } from '../../server/startServer';
import { startOwnServer, type OwnServer } from './ownServer';
import { seriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';

const adminPassword = 'accounts-spec-admin-password';

let server: RunningServer;

let own: OwnServer;

test.beforeAll(async () => {
  own = await startOwnServer('accounts', adminPassword);
  server = own.server;
});

test.afterAll(() => own.stop());

test('an admin signs in, sees who is signed in, adds an editor and signs out', async ({ page, context }) => {
  await page.goto(`${server.url}/admin/users`);
  await page.getByRole('link', { name: '请先以管理员身份登录。' }).click();
  await expect(page).toHaveURL(/\/signin\?next=%2Fadmin%2Fusers$/);

  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('not the password');
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码不正确');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'accounts-signin-refused');

  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  const header = page.getByRole('banner');
  await expect(header.getByText('当前用户:系统管理员(管理员)')).toBeVisible();

  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'tb_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('tb_session');

  const form = page.getByRole('form', { name: '添加用户' });
  await form.getByLabel('用户名').fill('wang');
  await form.getByLabel('姓名').fill('王芳');
  await form.getByLabel('角色').selectOption({ label: '填报员' });
  const departments = form.getByRole('group', { name: '牵头单位' });
  await departments.getByRole('checkbox', { name: '区统计局' }).check();
  await departments.getByRole('checkbox', { name: '区财政局' }).check();
  await form.getByLabel('初始密码').fill('wang initial password');
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form.getByRole('status')).toHaveText('已添加用户 wang。');
  await expect(
    page.getByRole('table', { name: '全部用户及其角色、牵头单位和状态' }).getByRole('row', { name: /wang/ }),
  ).toContainText('区统计局、区财政局');
  // The change log names who added the account, as it names whoever made the first admin.
  const changes = page.getByRole('table', { name: '最近的账户变更:谁在何时新建或修改了哪个账户' });
  await expect(changes.getByRole('row', { name: /新建账户:王芳\(wang\)/ })).toContainText(
    '系统管理员(admin)',
  );
  await expect(changes.getByRole('row', { name: /新建账户:系统管理员\(admin\)/ })).toContainText('首次启动');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'accounts-users');

  await header.getByRole('button', { name: '退出登录' }).click();
  await expect(header.getByRole('link', { name: '登录' })).toBeVisible();
  await expect(page.getByRole('link', { name: '请先以管理员身份登录。' })).toBeVisible();
});

test('the mock shows a role switch in place of signing in', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${mockPort}/`);
  const switcher = page.getByRole('group', { name: '模拟模式:角色切换代替登录' });
  await expect(switcher).toBeVisible({ timeout: 30_000 });
  await switcher.getByRole('button', { name: '管理员' }).click();
  await expect(switcher.getByRole('button', { name: '管理员' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('banner').getByRole('link', { name: '用户管理' }).click();
  await expect(page.getByRole('row', { name: /demo-admin/ })).toBeVisible({ timeout: 30_000 });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'accounts-mock-role-switch');
});
