/**
 * Importing a month's figures from Excel in a real browser: an admin downloads the template,
 * uploads it with one bad row (rejected, nothing written), fixes it and imports; then exports the
 * plan. Runs its own server with a known admin password. The last test exports on the mock.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { mockPort } from '../../playwright.config';
import { indicatorResponseSchema } from '../../src/api/contract';
import type { RunningServer } from '../../server/startServer';
import { startOwnServer, type OwnServer } from './ownServer';
import { seriousAxeViolations } from './axe';
import { saveScreenshot, screenshotDir } from './screenshots';

const adminPassword = 'import-spec-admin-password';
const retail = 'retail-sales-growth';
const growth = 'industrial-value-added-growth';

let server: RunningServer;
let dataDir: string;

let own: OwnServer;

test.beforeAll(async () => {
  own = await startOwnServer('import', adminPassword);
  ({ server, dataDir } = own);
});

test.afterAll(() => own.stop());

/** The figure of March as the API answers it now. */
async function marchFigure(page: Page, indicatorId: string) {
  const response = await page.request.get(`${server.url}/api/indicators/${indicatorId}`);
  const { values } = indicatorResponseSchema.parse(await response.json());
  return values.find((value) => value.period === '2024-03') ?? null;
}

/** The downloaded template with the 数值 of the given indicators replaced, saved beside it. */
async function filledTemplate(templatePath: string, values: Record<string, ExcelJS.CellValue>, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const sheet = workbook.getWorksheet('指标数据');
  sheet?.eachRow((row, number) => {
    const id = String(row.getCell(1).value);
    if (number > 1 && id in values) row.getCell(5).value = values[id] ?? null;
  });
  const filled = path.join(dataDir, name);
  await workbook.xlsx.writeFile(filled);
  return filled;
}

test('an admin imports March’s figures: the bad row is refused with nothing written, the fixed file is imported', async ({
  page,
}) => {
  await page.goto(`${server.url}/signin?next=%2Fimport`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole('heading', { name: '导入数据', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }),
  ).toBeVisible();

  // 1. The template of March, in Excel.
  await page.getByRole('combobox', { name: '期间' }).selectOption({ label: '2024年3月' });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Excel 模板' }).click();
  const template = await downloading;
  expect(template.suggestedFilename()).toBe('指标数据-2024-03.xlsx');
  const templatePath = path.join(dataDir, 'template.xlsx');
  await template.saveAs(templatePath);

  // 2. One bad row: the preview rejects it, and the import cannot be confirmed.
  const retailBefore = await marchFigure(page, retail);
  const growthBefore = await marchFigure(page, growth);
  const withBadRow = await filledTemplate(
    templatePath,
    { [growth]: 9.6, [retail]: '五点八' },
    '三月-有误.xlsx',
  );
  await page.getByLabel(/选择文件/).setInputFiles(withBadRow);
  await expect(page.getByText('有 1 行存在问题，请在文件中改正后重新上传。', { exact: false })).toBeVisible();
  const table = page.getByRole('table', { name: '预检结果：每行的处理方式和发现的问题' });
  const badRow = table.getByRole('row').filter({ hasText: retail });
  await expect(badRow).toContainText('有错误');
  await expect(badRow).toContainText('问题：“五点八”不是数字');
  await expect(table.getByRole('row').filter({ hasText: growth })).toContainText('更新');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'import-1-bad-row-rejected');
  expect(await marchFigure(page, retail)).toEqual(retailBefore);
  expect(await marchFigure(page, growth)).toEqual(growthBefore);

  // 3. The fixed file: no problems, confirmed, written.
  const fixed = await filledTemplate(templatePath, { [growth]: 9.6, [retail]: 5.8 }, '三月.xlsx');
  await page.getByLabel(/选择文件/).setInputFiles(fixed);
  await expect(page.getByText('没有发现问题，可以确认导入。')).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('导入完成：新增 0 条，更新 2 条。')).toBeVisible();
  expect(await marchFigure(page, retail)).toMatchObject({ value: 5.8, isDemo: false });
  expect(await marchFigure(page, growth)).toMatchObject({
    value: 9.6,
    version: (growthBefore?.version ?? 0) + 1,
  });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'import-2-imported');

  // 4. The overview exports the plan as it stands now, every indicator with its status in words.
  await page.goto(`${server.url}/`);
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const exported = await exporting;
  expect(exported.suggestedFilename()).toMatch(/^目标进度-2024-\d\d\.xlsx$/);
  const exportPath = path.join(dataDir, 'export.xlsx');
  await exported.saveAs(exportPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exportPath);
  const retailRow = workbook
    .getWorksheet('目标进度')
    ?.getRows(2, 40)
    ?.find((row) => row.getCell(1).value === retail);
  expect(String(retailRow?.getCell(12).value)).toMatch(
    /^(超前|符合序时进度|需关注|滞后|未报送|已完成|未完成|待年终数据|待对标数据)$/,
  );
  await page
    .locator('.page__header')
    .first()
    .screenshot({ path: path.join(screenshotDir, 'import-3-overview-export-buttons.png') });
});

test('an anonymous visitor is asked to sign in before importing, and sees no 导入 link', async ({ page }) => {
  await page.goto(`${server.url}/import`);
  await expect(page.getByRole('link', { name: '请先登录后再导入数据' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }),
  ).toHaveCount(0);
});

test('the mock exports the plan and checks an uploaded template in the browser, with no server', async ({
  page,
}) => {
  await page.goto(`http://127.0.0.1:${mockPort}/`);
  await expect(page.getByRole('button', { name: '导出Excel' })).toBeVisible({ timeout: 30_000 });
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const exported = await exporting;
  expect(exported.suggestedFilename()).toMatch(/^目标进度-2024-\d\d\.xlsx$/);
  const exportPath = path.join(dataDir, 'mock-export.xlsx');
  await exported.saveAs(exportPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exportPath);
  expect(workbook.getWorksheet('说明')).toBeDefined();

  await page
    .getByRole('group', { name: '模拟模式:角色切换代替登录' })
    .getByRole('button', { name: '管理员' })
    .click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Excel 模板' }).click();
  const templatePath = path.join(dataDir, 'mock-template.xlsx');
  await (await downloading).saveAs(templatePath);
  await page.getByLabel(/选择文件/).setInputFiles(templatePath);
  await expect(page.getByText('文件中没有需要新增或更新的数据。')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
});
