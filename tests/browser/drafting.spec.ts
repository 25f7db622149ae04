/**
 * Drafting a plan from a work report in a real browser: an admin pastes the seed article, corrects
 * one proposal, drops one, merges the two start rates, adds one the reader missed, and nothing is
 * stored. On the mock, an editor uploads the same targets as a .docx. Creating the plan from the
 * accepted targets is not part of this page yet.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
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
  await expect(page.getByText(/已采纳的 4 项目标将用于创建计划/)).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'drafting-2-reviewed');

  expect(await (await page.request.get(`${server.url}/api/plans`)).text()).toBe(plansBefore);
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
