/**
 * The monthly reporting cycle in a real browser, on a server of its own (its figures change):
 * review turned on for the plan, a 区统计局 editor submits March from the entry grid, the office's
 * reviewer sends one figure back with a comment, the department reads it, corrects and resubmits,
 * the reviewer approves, and only then does the overview's official figure change. An overdue
 * figure (the first quarter's GDP) shows 逾期未报 with its days late on the overview, the indicator
 * page and the brief; the office sends 催报 and the department's 我的待办 lists it. A target turned 滞后 shows 待说明; the
 * department files its reasons and measures, which then show on the slide and in the brief.
 * Screenshots at 1440 and 390 px in Chinese, one in English; axe on the review and to-do pages.
 */
import { expect, request, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { startOwnServer, type OwnServer } from './ownServer';
import { saveScreenshot } from './screenshots';

const adminPassword = 'cycle-spec-admin-password';
const planId = 'weihai-hitech-2024';
const department = {
  username: 'tongji',
  displayName: '统计局填报员',
  role: 'editor',
  departments: ['区统计局'],
  password: 'tongji-figures-2024',
};
const reviewer = {
  username: 'ducha',
  displayName: '督查室审核员',
  role: 'reviewer',
  departments: ['区统计局'],
  password: 'ducha-review-2024',
};
const comment = '零售额应为限额以上单位口径，请核实后重报';
const cause = '重大项目开工推迟，部分投资未能在年内入统';

let own: OwnServer;
let url: string;
let api: APIRequestContext;

/**
 * The plan starts without demo figures. An admin saves February and March while review is still
 * off (so they count at once), creates the department's and the office's accounts, and turns
 * review on: March is then the latest month, and what the department changes in it counts only
 * once approved.
 */
async function setUp(): Promise<void> {
  api = await request.newContext({ baseURL: url, extraHTTPHeaders: { Origin: url } });
  const signedIn = await api.post('/api/session', { data: { username: 'admin', password: adminPassword } });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const counted: [string, string, number][] = [
    ['industrial-value-added-growth', '2024-02', 8.6],
    ['industrial-value-added-growth', '2024-03', 9.1],
    ['retail-sales-growth', '2024-02', 5.2],
    ['retail-sales-growth', '2024-03', 5.7],
    ['fixed-asset-investment-growth', '2024-02', 8.3],
    ['fixed-asset-investment-growth', '2024-03', 7.8],
    // The year's investment fell short of its 8% target: 未完成, and a reason is owed.
    ['fixed-asset-investment-growth', '2024-12', 4.2],
  ];
  for (const [indicatorId, period, value] of counted) {
    const saved = await api.put(`/api/indicators/${indicatorId}/values/${period}`, {
      headers,
      data: {
        value,
        note: '',
        source: '统计月报',
        expectedVersion: null,
        confirmation: { reason: '统计月报' },
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  for (const account of [department, reviewer]) {
    const created = await api.post('/api/users', { headers, data: account });
    expect(created.status(), await created.text()).toBe(201);
  }
  const tree = (await (await api.get(`/api/plans/${planId}`)).json()) as { plan: { version: number } };
  const turnedOn = await api.patch(`/api/plans/${planId}`, {
    headers,
    data: { patch: { reviewFigures: true }, expectedVersion: tree.plan.version, note: '开启数据审核' },
  });
  expect(turnedOn.status(), await turnedOn.text()).toBe(200);
}

test.beforeAll(async () => {
  own = await startOwnServer('cycle', adminPassword, { seedDemo: false });
  url = own.server.url;
  await setUp();
});

test.afterAll(async () => {
  await api.dispose();
  await own.stop();
});

async function pageOf(browser: Browser, who: { username: string; password: string } | null): Promise<Page> {
  const context = await browser.newContext({
    baseURL: url,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  if (!who) return page;
  await page.goto('/signin');
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

/** Full-page screenshots of what the page shows now, at laptop and phone width. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, `cycle-${name}-zh-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Expects this 实际 figure on a main target's card of the overview (at March, the latest month). */
async function expectMarch(page: Page, name: string, figure: string, query = ''): Promise<void> {
  await page.goto(`/plans/${planId}/${query}`);
  const actual = page.getByRole('article', { name }).locator('.target-card__actual');
  await expect(actual).toHaveText(query.includes('pending') ? `${figure}待审核` : figure);
}

test('a month of reporting: submit, send back, correct, approve, chase and explain', async ({ browser }) => {
  const office = await pageOf(browser, reviewer);
  const desk = await pageOf(browser, department);
  const reader = await pageOf(browser, null);

  // a. The department enters March in the grid as drafts, then submits them.
  await expectMarch(reader, '规模以上工业增加值', '9.1%');
  await desk.goto(`/plans/${planId}/entry?period=2024-03`);
  const grid = desk.getByRole('table', { name: '2024年3月各指标数据' });
  await expect(grid.getByRole('columnheader', { name: '报送状态' })).toBeVisible();
  await grid.getByRole('textbox', { name: '规模以上工业增加值 本期数值' }).fill('9.4');
  await grid.getByRole('textbox', { name: '社会消费品零售总额 本期数值' }).fill('5.9');
  await desk.getByRole('button', { name: '保存草稿' }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已保存 2 项' })).toBeVisible();
  await expect(grid.getByRole('cell', { name: '草稿' })).toHaveCount(2);
  await desk.getByRole('button', { name: '报送草稿（2 项）' }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已报送 2 项，等待审核' })).toBeVisible();
  await expect(grid.getByRole('cell', { name: '已报送' })).toHaveCount(2);

  // Submitted is not yet official; the switch shows it, marked 待审核.
  await expectMarch(reader, '规模以上工业增加值', '9.1%');
  await expectMarch(reader, '规模以上工业增加值', '9.4%', '?pending=1');

  // The office sends the retail figure back with a comment.
  await office.goto(`/plans/${planId}/review`);
  const waiting = office.getByRole('table', { name: '待审核数据' });
  await expect(waiting.getByRole('row')).toHaveCount(3);
  expect(await seriousAxeViolations(office)).toEqual([]);
  await shoot(office, 'review');
  await office.getByLabel('退回意见').fill(comment);
  await waiting
    .getByRole('row', { name: /社会消费品零售总额/ })
    .getByRole('button', { name: /^退回/ })
    .click();
  await expect(office.getByRole('status').filter({ hasText: '已退回 1 项。' })).toBeVisible();

  // The department reads the comment in the grid, corrects the figure and submits it again.
  await desk.reload();
  const retailRow = grid.getByRole('row', { name: /社会消费品零售总额/ });
  await expect(retailRow.getByText('已退回')).toBeVisible();
  await expect(retailRow.getByText(`退回意见（${reviewer.displayName}）：${comment}`)).toBeVisible();
  await shoot(desk, 'grid-sent-back');
  await grid.getByRole('textbox', { name: '社会消费品零售总额 本期数值' }).fill('5.8');
  await desk.getByRole('button', { name: '保存草稿' }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已保存 1 项' })).toBeVisible();
  await desk.getByRole('button', { name: '报送草稿（1 项）' }).click();
  await expect(desk.getByRole('status').filter({ hasText: '已报送 1 项，等待审核' })).toBeVisible();
  await expectMarch(reader, '规模以上工业增加值', '9.1%');

  // The office approves both; the overview's official figures change only now.
  await office.reload();
  await expect(waiting.getByRole('row')).toHaveCount(3);
  await office.getByRole('checkbox', { name: '全选' }).check();
  await office.getByRole('button', { name: '审核通过所选（2）' }).click();
  await expect(office.getByRole('status').filter({ hasText: '已审核通过 2 项。' })).toBeVisible();
  await expectMarch(reader, '规模以上工业增加值', '9.4%');
  await expectMarch(reader, '社会消费品零售总额', '5.8%');
  await shoot(reader, 'overview-approved');
  await reader.getByRole('button', { name: 'English', exact: true }).click();
  await expect(
    reader.getByRole('article', { name: 'Value added of industry above designated size' }),
  ).toBeVisible();
  await saveScreenshot(reader, 'cycle-overview-approved-en-1440');
  await reader.getByRole('button', { name: '中文', exact: true }).click();

  // b. Nobody reported the first quarter's GDP: it is overdue everywhere the indicator shows.
  const overdue = /逾期未报\s*逾期\d+天/;
  await reader.goto(`/plans/${planId}/`);
  await expect(reader.getByRole('article', { name: '地区生产总值' })).toContainText(overdue);
  await reader.goto(`/plans/${planId}/brief`);
  await expect(reader.getByRole('row', { name: /地区生产总值/ })).toContainText(overdue);
  await office.goto(`/plans/${planId}/indicators/gdp-growth`);
  await expect(office.locator('.overdue-mark').first()).toContainText(overdue);
  await office.getByLabel('催报附言(可选)').fill('请于本周内报送一季度数据');
  await office.getByRole('button', { name: '向区统计局催报' }).click();
  await expect(office.getByText(/已向区统计局催报/)).toBeVisible();

  await desk.goto(`/plans/${planId}/todo`);
  const reminders = desk.getByRole('region', { name: /收到的催报/ });
  await expect(reminders.getByRole('listitem')).toContainText(['地区生产总值']);
  await expect(reminders).toContainText('请于本周内报送一季度数据');
  expect(await seriousAxeViolations(desk)).toEqual([]);
  await shoot(desk, 'todo');

  // c. The year's investment, 4.2% against 8%, is 未完成: its card asks for a reason.
  await reader.goto(`/plans/${planId}/`);
  const investment = reader.getByRole('article', { name: '固定资产投资' });
  await expect(investment).toContainText('未完成');
  await expect(investment).toContainText('待说明');
  await desk.goto(`/plans/${planId}/indicators/fixed-asset-investment-growth`);
  await desk.getByRole('button', { name: '报送说明' }).click();
  await desk.getByRole('textbox', { name: '原因分析' }).fill(cause);
  await desk.getByRole('textbox', { name: '整改措施1' }).fill('督促12个重点项目一季度开工入统');
  await desk.getByLabel('完成时限').fill('2025-03-31');
  await desk.getByRole('button', { name: '保存', exact: true }).click();
  await expect(desk.getByText(/2024年12月情况说明/)).toBeVisible();

  await reader.goto(`/plans/${planId}/present/indicator-fixed-asset-investment-growth`);
  const slide = reader.getByRole('article', { name: '固定资产投资' });
  await expect(slide).toContainText(cause);
  await expect(slide).toContainText('督促12个重点项目一季度开工入统');
  await saveScreenshot(reader, 'cycle-slide-reason-zh-1440');
  await reader.goto(`/plans/${planId}/brief`);
  await expect(reader.getByText(cause)).toBeVisible();
  await shoot(reader, 'brief-reason');
});
