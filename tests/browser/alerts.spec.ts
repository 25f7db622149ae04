/**
 * Alerts in the browser, on the real server: an admin adds a 企业微信 webhook pointing at a local
 * receiver; a figure turns fixed-asset investment 滞后; the bell counts it, the notification
 * centre shows it as a 黄色预警, and the webhook page's delivery log shows it delivered in 企业微信
 * markdown format, once. Screenshots at 1440 and 390 px, in Chinese and English.
 */
import { expect, test, type Page } from '@playwright/test';
import type { RunningServer } from '../../server/startServer';
import { startReceiver, type WebhookReceiver } from '../api/webhookReceiver';
import { seriousAxeViolations } from './axe';
import { startOwnServer, type OwnServer } from './ownServer';
import { saveScreenshot } from './screenshots';

const adminPassword = 'alerts-spec-password';
const indicatorId = 'fixed-asset-investment-growth';
let own: OwnServer;
let server: RunningServer;
let receiver: WebhookReceiver;

test.beforeAll(async () => {
  receiver = await startReceiver();
  own = await startOwnServer('alerts', adminPassword, {
    webhooksAllowLocal: true,
    webhookWorker: { pollMillis: 200 },
  });
  server = own.server;
});

test.afterAll(async () => {
  await own.stop();
  await receiver.close();
});

async function signIn(page: Page) {
  await page.goto(`${server.url}/signin?next=%2Fadmin%2Fwebhooks`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
}

/** Saves a figure with the page's own session (cookie and CSRF token). */
async function saveFigure(page: Page, period: string, value: number) {
  const session = (await (await page.request.get(`${server.url}/api/session`)).json()) as {
    csrfToken: string;
  };
  const indicator = (await (
    await page.request.get(`${server.url}/api/indicators/${indicatorId}`)
  ).json()) as {
    values: { period: string; version: number }[];
  };
  const expectedVersion = indicator.values.find((figure) => figure.period === period)?.version ?? null;
  const response = await page.request.put(`${server.url}/api/indicators/${indicatorId}/values/${period}`, {
    headers: { 'X-CSRF-Token': session.csrfToken, Origin: server.url },
    data: { value, note: '', expectedVersion, confirmation: { reason: '经核实' } },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function shoot(page: Page, name: string) {
  for (const [language, button] of [
    ['zh', '中文'],
    ['en', 'English'],
  ] as const) {
    // The language switch sits in the header at laptop width (behind the menu on a phone).
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: button, exact: true }).click();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await saveScreenshot(page, `alerts-${name}-${language}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: '中文', exact: true }).click();
}

test('a target turning 滞后 shows in the notification centre and reaches a 企业微信 webhook once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: '预警推送' })).toBeVisible();
  const form = page.getByRole('form', { name: '添加推送地址' });
  await form.getByLabel('名称').fill('统计工作群');
  await form.getByLabel('机器人地址（Webhook URL）').fill(receiver.url);
  await expect(form.getByLabel('消息格式')).toHaveValue('wecomMarkdown');
  await form.getByRole('button', { name: '添加' }).click();
  await expect(page.getByText('已添加「统计工作群」')).toBeVisible();
  await expect(page.getByRole('cell', { name: /统计工作群/ })).toBeVisible();

  await saveFigure(page, '2024-04', 8.1);
  await saveFigure(page, '2024-04', 5.0);

  await page.goto(`${server.url}/admin/webhooks`);
  const bell = page.getByRole('link', { name: '通知，1 条未读' });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: '通知中心' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: '「固定资产投资」转为滞后' });
  await expect(item).toBeVisible();
  await expect(item.getByText('黄色预警')).toBeVisible();
  await expect(item.getByText('未读', { exact: true })).toBeVisible();
  await expect(
    item.getByText('2024年4月数据报送后，状态由符合序时进度变为滞后（未达到序时进度）。'),
  ).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'notification-centre');

  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(page.getByRole('status').getByText('0 条未读')).toBeVisible();
  await expect(page.getByRole('link', { name: '通知，没有未读' })).toBeVisible();

  await page.getByRole('link', { name: '预警推送设置' }).click();
  const delivery = page.locator('.delivery').filter({ hasText: '「固定资产投资」转为滞后' });
  await expect(delivery.getByText('已送达')).toBeVisible({ timeout: 20_000 });
  await expect(delivery.getByText('企业微信 · Markdown')).toBeVisible();
  await expect(delivery.getByText(/HTTP 200/)).toBeVisible();
  await delivery.getByText('发送内容').click();
  await expect(delivery.locator('pre')).toContainText('"msgtype": "markdown"');
  await expect(delivery.locator('pre')).toContainText('告警编号：');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'webhook-deliveries');

  expect(receiver.received).toHaveLength(1);
  expect(receiver.received[0]?.body).toMatchObject({ msgtype: 'markdown' });
});
