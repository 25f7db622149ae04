/**
 * An admin enters a plan through the UI alone, on the real server: creates a plan, edits its
 * frame (adds central tasks and an action, renames a task, retires one), adds a 5.5%左右 target
 * and a 4.5%–5% range, then copies the plan to the next year, which opens on its own frame.
 * Screenshots at 1440 and 390 px, in Chinese and English, for a person to judge.
 */
import { expect, test, type Page } from '@playwright/test';
import type { RunningServer } from '../../server/startServer';
import { seriousAxeViolations } from './axe';
import { startOwnServer, type OwnServer } from './ownServer';
import { saveScreenshot } from './screenshots';

const adminPassword = 'plan-admin-spec-password';
let own: OwnServer;
let server: RunningServer;

test.beforeAll(async () => {
  own = await startOwnServer('plan-admin', adminPassword);
  server = own.server;
});

test.afterAll(() => own.stop());

async function signIn(page: Page) {
  await page.goto(`${server.url}/signin?next=%2Fadmin%2Fplans`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\/plans$/);
}

/** Screenshots of the page as it stands, wide and narrow, in Chinese and then English. */
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
      await saveScreenshot(page, `plan-admin-${name}-${language}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: '中文', exact: true }).click();
}

async function fillPair(scope: ReturnType<Page['locator']>, label: string, zh: string, en: string) {
  await scope.getByLabel(`${label}（中文）`, { exact: true }).fill(zh);
  await scope.getByLabel(`${label}（英文）`, { exact: true }).fill(en);
}

test('an admin creates a plan, edits its frame, adds a 左右 target and a range, and copies the plan to the next year', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: '计划管理' })).toBeVisible();
  await expect(page.getByRole('main').getByText('威海火炬高技术产业开发区').first()).toBeVisible();

  // A new plan.
  await page.getByRole('link', { name: '新建计划' }).click();
  const form = page.getByRole('form', { name: '新建计划' });
  await fillPair(form, '组织名称', '示范市', 'Sample City');
  await form.getByLabel('组织层级').selectOption({ label: '市' });
  await form.getByLabel('年度').fill('2025');
  await fillPair(form, '计划标题', '示范市2025年主要目标', 'Sample City 2025 targets');
  await form.getByLabel('文件标题').fill('2025年示范市政府工作报告');
  await form.getByLabel('发布日期').fill('2025-01-20');
  await form.getByLabel('文件全文').fill('全市地区生产总值增长5.5%左右，居民消费价格涨幅4.5%至5%。');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'new-plan');
  await form.getByRole('button', { name: '创建计划' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/admin$/);
  const planPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toContainText('示范市2025年主要目标');

  // The frame: two central tasks, an action serving both, a rename and a retirement.
  for (const [zh, en] of [
    ['稳增长', 'Steady growth'],
    ['优结构', 'Better structure'],
  ] as const) {
    const add = page.getByRole('form', { name: '添加中心任务' });
    await fillPair(add, '名称', zh, en);
    await add.getByRole('button', { name: '添加中心任务' }).click();
    await expect(page.getByRole('region', { name: '中心任务' }).getByText(zh, { exact: true })).toBeVisible();
  }
  const addAction = page.getByRole('form', { name: '添加攻坚行动' });
  await fillPair(addAction, '名称', '项目攻坚行动', 'Project campaign');
  await addAction.getByLabel('原文语句').fill('全力推进重点项目建设，年内开工项目不少于100个。');
  await addAction.getByLabel('稳增长').check();
  await addAction.getByLabel('优结构').check();
  await addAction.getByRole('button', { name: '添加攻坚行动' }).click();
  const actions = page.getByRole('region', { name: '攻坚行动' });
  await expect(actions.getByText('项目攻坚行动', { exact: true })).toBeVisible();
  await expect(
    actions.getByRole('group', { name: '“项目攻坚行动”所属中心任务' }).getByLabel('优结构'),
  ).toBeChecked();

  const tasks = page.getByRole('region', { name: '中心任务' });
  await tasks.getByRole('button', { name: '重命名“稳增长”' }).click();
  const rename = page.getByRole('form', { name: '重命名“稳增长”' });
  await fillPair(rename, '名称', '稳增长促发展', 'Steady growth and development');
  await rename.getByRole('button', { name: '保存' }).click();
  await expect(tasks.getByText('稳增长促发展', { exact: true })).toBeVisible();
  await tasks.getByRole('button', { name: '下移“稳增长促发展”' }).click();
  await expect(tasks.getByRole('listitem').first()).toContainText('优结构');
  await tasks.getByRole('button', { name: '停用“优结构”' }).click();
  const retired = page.getByRole('region', { name: '已停用（可恢复）' });
  await expect(retired.getByRole('button', { name: '恢复“优结构”' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'frame');

  // A 5.5%左右 target: the band defaults to ±0.5 百分点.
  await page.getByRole('navigation', { name: '计划管理' }).getByRole('link', { name: '指标' }).click();
  await page.getByRole('link', { name: '新增指标' }).first().click();
  const indicator = page.getByRole('form', { name: '新增指标' });
  await indicator.getByLabel('指标名称（中文）').fill('地区生产总值增速');
  await indicator.getByLabel('指标名称（英文）').fill('GDP growth');
  await indicator.getByLabel('目标表述（中文）').fill('增长5.5%左右');
  await indicator.getByLabel('目标表述（英文）').fill('About 5.5%');
  await indicator.getByLabel('所属行动').selectOption({ label: '项目攻坚行动' });
  await indicator.getByLabel('原文语句').fill('全市地区生产总值增长5.5%左右');
  await indicator.getByLabel('比较方式 1').selectOption({ label: '左右' });
  await expect(indicator.getByLabel('浮动幅度 ± 1')).toHaveValue('0.5');
  await indicator.getByLabel('目标值 1').fill('5.5');
  await indicator.getByLabel('数据来源（中文）').fill('市统计局');
  await indicator.getByLabel('数据来源（英文）').fill('City statistics bureau');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'indicator-approx');
  await indicator.getByRole('button', { name: '创建指标' }).click();
  await expect(page.getByRole('form', { name: '编辑指标定义' })).toBeVisible();
  await expect(page.getByRole('form', { name: '编辑指标定义' }).getByLabel('浮动幅度 ± 1')).toHaveValue(
    '0.5',
  );

  // A range 4.5%–5%; a lower bound above the upper one is refused beside the field first.
  await page.getByRole('link', { name: '返回指标列表' }).click();
  await page.getByRole('link', { name: '新增指标' }).first().click();
  const range = page.getByRole('form', { name: '新增指标' });
  await range.getByLabel('指标名称（中文）').fill('居民消费价格涨幅');
  await range.getByLabel('指标名称（英文）').fill('Consumer price inflation');
  await range.getByLabel('目标表述（中文）').fill('4.5%至5%');
  await range.getByLabel('目标表述（英文）').fill('4.5% to 5%');
  await range.getByLabel('原文语句').fill('居民消费价格涨幅4.5%至5%');
  await range.getByLabel('比较方式 1').selectOption({ label: '区间' });
  await range.getByLabel('下限 1').fill('5');
  await range.getByLabel('上限 1').fill('4.5');
  await range.getByLabel('数据来源（中文）').fill('市统计局');
  await range.getByLabel('数据来源（英文）').fill('City statistics bureau');
  await range.getByRole('button', { name: '创建指标' }).click();
  await expect(range.getByText('上限 1：不能低于下限')).toBeVisible();
  await range.getByLabel('下限 1').fill('4.5');
  await range.getByLabel('上限 1').fill('5');
  await range.getByRole('button', { name: '创建指标' }).click();
  await expect(page.getByRole('form', { name: '编辑指标定义' }).getByLabel('上限 1')).toHaveValue('5');

  await page.getByRole('link', { name: '返回指标列表' }).click();
  await expect(page.getByText('地区生产总值增速', { exact: true })).toBeVisible();
  await expect(page.getByText('居民消费价格涨幅', { exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'indicators');

  // Copy to 2026: the new plan opens on its own frame, with the action carried over.
  await page.getByRole('navigation', { name: '计划管理' }).getByRole('link', { name: '全部计划' }).click();
  await page.getByRole('button', { name: '把“示范市2025年主要目标”复制到新年度' }).click();
  const copy = page.getByRole('form', { name: '把“示范市2025年主要目标”复制到新年度' });
  await expect(copy.getByLabel('新年度')).toHaveValue('2026');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'plans');
  await copy.getByRole('button', { name: '复制' }).click();
  await expect(page).not.toHaveURL(new RegExp(`${planPath}$`));
  await expect(page).toHaveURL(/\/plans\/[^/]+\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026');
  await expect(
    page.getByRole('region', { name: '攻坚行动' }).getByText('项目攻坚行动', { exact: true }),
  ).toBeVisible();
});
