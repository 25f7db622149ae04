/**
 * Drafting a plan from a work report in a real browser: an admin pastes the seed article, corrects
 * one proposal, drops one, merges the two start rates, adds one the reader missed, and nothing is
 * stored before confirming. An admin pastes a city's plan (咸阳市 2023, its 主要预期目标), corrects
 * one proposal, drops one, adds one, confirms it into a new plan and reads the new plan's overview,
 * in Chinese and in English, at 390 and 1440 px. On the mock, an editor uploads a .docx.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { mockPort } from '../../playwright.config';
import type { RunningServer } from '../../server/startServer';
import { sourceArticleZh } from '../../server/seed/sourceArticle';
import { docxOf } from '../api/docxFile';
import { seriousAxeViolations } from './axe';
import { startOwnServer, type OwnServer } from './ownServer';
import { saveScreenshot } from './screenshots';

const adminPassword = 'drafting-spec-admin-password';

let server: RunningServer;
let own: OwnServer;

test.beforeAll(async () => {
  own = await startOwnServer('drafting', adminPassword);
  ({ server } = own);
});

test.afterAll(() => own.stop());

test('an admin pastes the seed article, corrects, drops, merges and adds proposals, and nothing is stored', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const plansBefore = await (await page.request.get(`${server.url}/api/plans`)).text();
  await page.goto(`${server.url}/signin?next=%2Fdrafts`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/drafts$/);
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '起草' }),
  ).toBeVisible();

  await page.getByLabel('工作报告文字').fill(sourceArticleZh);
  await page.getByRole('button', { name: '读取目标' }).click();
  await expect(page.getByText('共 17 项：已采纳 0，待定 17，已舍弃 0')).toBeVisible();
  await expect(page.getByRole('heading', { name: '“1310”工作体系' })).toBeVisible();
  await expect(page.locator('mark', { hasText: '力争一季度开工率超过90%' })).toBeVisible();
  await saveScreenshot(page, 'drafting-1-proposals');

  // Correct the retail target, drop the committee, accept GDP.
  const retail = page.getByLabel('数值:社会消费品零售总额');
  await retail.fill('6');
  await retail.blur();
  await page.getByRole('button', { name: '舍弃:成立招商“专家咨询委员会”' }).click();
  await page.getByRole('button', { name: '采纳:地区生产总值' }).click();

  // The two start-rate proposals are one indicator with two dated thresholds.
  for (const box of await page.getByRole('checkbox', { name: '选择:开工率' }).all()) await box.check();
  await page.getByRole('button', { name: '合并所选' }).click();
  await expect(page.getByLabel('数值:开工率#1')).toHaveValue('90');
  await expect(page.getByLabel('截止日期:开工率#2')).toHaveValue('2024-06-30');

  // Add one the reader was not asked to find.
  const add = page.getByRole('form', { name: '补充遗漏的目标' });
  await add.getByLabel('目标名称').fill('新增高新技术企业');
  await add.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('数值:新增高新技术企业').fill('20');
  await page.getByLabel('单位:新增高新技术企业').fill('家');
  await page.getByLabel('单位:新增高新技术企业').blur();

  await expect(page.getByText('共 17 项：已采纳 4，待定 12，已舍弃 1')).toBeVisible();
  await expect(
    page.getByText('已采纳的 4 项目标将在下一步写入计划；确认之前不会保存任何内容。'),
  ).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'drafting-2-reviewed');

  expect(await (await page.request.get(`${server.url}/api/plans`)).text()).toBe(plansBefore);
});

/** 咸阳市2023年国民经济和社会发展计划 (咸政发〔2023〕8号, 2023-02-21): its heading and main expected targets. */
const xianyangPlan = [
  '咸阳市2023年国民经济和社会发展计划',
  '主要预期目标是:生产总值增长6%左右,规模以上工业增加值增长7%左右,全社会固定资产投资增长8%左右,社会消费品零售总额增长9%左右,一般公共预算收入增长4%左右,城乡居民人均可支配收入分别增长7%、8%左右;居民消费价格涨幅3%左右;粮食产量保持在180万吨以上。',
].join('\n');

const widths = [390, 1440] as const;

async function screenshotsAtBothWidths(page: Page, name: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('an admin pastes a city plan, corrects, drops and adds targets, confirms a new plan and reads its overview', async ({
  page,
}) => {
  // Reading, axe and eight full-page screenshots take long on a loaded machine.
  test.setTimeout(240_000);
  await page.goto(`${server.url}/signin?next=%2Fdrafts`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/drafts$/);

  await page.getByLabel('工作报告文字').fill(xianyangPlan);
  await page.getByRole('button', { name: '读取目标' }).click();
  await expect(page.getByText('共 9 项：已采纳 0，待定 9，已舍弃 0')).toBeVisible();

  // Correct one figure, drop the price target, accept the rest, add one the text did not give.
  const industry = page.getByLabel('数值:规模以上工业增加值');
  await industry.fill('7.5');
  await industry.blur();
  await page.getByRole('button', { name: '舍弃:居民消费价格' }).click();
  for (const name of [
    '生产总值',
    '全社会固定资产投资',
    '社会消费品零售总额',
    '一般公共预算收入',
    '城镇居民人均可支配收入',
    '农村居民人均可支配收入',
    '粮食产量',
  ])
    await page.getByRole('button', { name: `采纳:${name}`, exact: true }).click();
  const add = page.getByRole('form', { name: '补充遗漏的目标' });
  await add.getByLabel('目标名称').fill('城镇新增就业');
  await add.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('数值:城镇新增就业').fill('2.6');
  await page.getByLabel('单位:城镇新增就业').fill('万人');
  await page.getByLabel('单位:城镇新增就业').blur();
  await expect(page.getByText('共 10 项：已采纳 9，待定 0，已舍弃 1')).toBeVisible();

  // The confirm step proposes the city's plan from the heading, and shows what will be created.
  const step = page.getByRole('region', { name: '3. 确认写入计划' });
  await expect(step.getByLabel('单位名称')).toHaveValue('咸阳市');
  await expect(step.getByLabel('单位层级')).toHaveValue('city');
  await expect(step.getByLabel('计划年度')).toHaveValue('2023');
  await expect(step.getByLabel('来源文件标题')).toHaveValue('咸阳市2023年国民经济和社会发展计划');
  await step.getByLabel('来源文件发布日期').fill('2023-02-21');
  await expect(step.getByText('将新建 1 个计划，含工作体系条目 0 个、目标 9 项：')).toBeVisible();
  await expect(step.getByRole('status')).toHaveText('核对无误：9 项目标将一次性写入，并记入变更记录。');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await step.scrollIntoViewIfNeeded();
  await screenshotsAtBothWidths(page, 'drafting-4-confirm-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: '3. Confirm and write the plan' })).toBeVisible();
  await screenshotsAtBothWidths(page, 'drafting-4-confirm-en');

  await page.getByRole('button', { name: 'Confirm and write (9)' }).click();
  await expect(page).toHaveURL(/\/plans\/plan-2023-[a-z0-9]+\/$/);
  const targets = page.getByRole('article');
  await expect(targets.filter({ hasText: '规模以上工业增加值' })).toContainText('7.5%');
  await expect(targets.filter({ hasText: '城镇新增就业' })).toBeVisible();
  await expect(targets.filter({ hasText: '居民消费价格' })).toHaveCount(0);
  await expect(targets).toHaveCount(9);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshotsAtBothWidths(page, 'drafting-5-new-plan-en');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(targets.filter({ hasText: '生产总值' }).first()).toContainText('6%左右');
  await screenshotsAtBothWidths(page, 'drafting-5-new-plan-zh');
});

test('on the mock, an editor uploads a .docx and a refused text is explained', async ({ page }, testInfo) => {
  await page.goto(`http://127.0.0.1:${mockPort}/drafts`);
  const switcher = page.getByRole('group', { name: '模拟模式:角色切换代替登录' });
  await expect(switcher).toBeVisible({ timeout: 30_000 });
  await switcher.getByRole('button', { name: '填报员' }).click();

  await page
    .getByLabel('工作报告文字')
    .fill('China targets an economic growth rate of around 5 percent in 2025.');
  await page.getByRole('button', { name: '读取目标' }).click();
  await expect(page.getByRole('alert')).toContainText('未识别到中文内容');

  const docx = testInfo.outputPath('工作报告.docx');
  await writeFile(
    docx,
    docxOf([
      '2025年经济社会发展主要预期目标是:地区生产总值增长5.5%左右;城镇调查失业率控制在5.5%以内;城镇新增就业3.3万人。',
    ]),
  );
  await page.getByLabel('或上传 Word 文件（.docx）').setInputFiles(path.resolve(docx));
  await expect(page.getByText('共 3 项：已采纳 0，待定 3，已舍弃 0')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('数值:城镇新增就业')).toHaveValue('3.3');
  await expect(page.getByLabel('单位:城镇新增就业')).toHaveValue('万人');
  await saveScreenshot(page, 'drafting-3-mock-docx');
});
