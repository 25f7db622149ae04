/**
 * A whole plan through one spreadsheet, in a real browser on the real server: an admin exports the
 * seed plan's template from its administration page, tries a copy with a mistake (each problem
 * listed by sheet, row and column, nothing created), then imports the template under a new title
 * and lands on the new plan. Screenshots at 1440 and 390 px, in Chinese and English.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { RunningServer } from '../../server/startServer';
import { seriousAxeViolations } from './axe';
import { startOwnServer, type OwnServer } from './ownServer';
import { saveScreenshot } from './screenshots';

const adminPassword = 'plan-template-spec-password';
let own: OwnServer;
let server: RunningServer;

test.beforeAll(async () => {
  own = await startOwnServer('plan-template', adminPassword);
  server = own.server;
});

test.afterAll(() => own.stop());

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
      await saveScreenshot(page, `plan-template-${name}-${language}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: '中文', exact: true }).click();
}

/** The workbook at `from` with `change` applied to its sheets, saved at `to`. */
async function changed(
  from: string,
  to: string,
  change: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  change(workbook);
  await workbook.xlsx.writeFile(to);
  return to;
}

function setCell(workbook: ExcelJS.Workbook, sheetName: string, row: number, header: string, value: string) {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const headers = (sheet.getRow(1).values as unknown[]).map((cell) => String(cell ?? ''));
  sheet.getCell(row, headers.indexOf(header)).value = value;
}

test('an admin exports a plan to its template, sees the mistakes of a bad copy, and imports it as a new plan', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'plan-template-spec-'));
  await page.goto(`${server.url}/signin?next=%2Fplans%2Fweihai-hitech-2024%2Fadmin`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/plans\/weihai-hitech-2024\/admin$/);

  // 1. The plan's template, from its administration page.
  const exportPanel = page.getByRole('region', { name: '导出计划模板' });
  await expect(exportPanel).toBeVisible();
  const downloading = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: '导出模板（Excel）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^计划模板-2024-.+\.xlsx$/);
  const templatePath = path.join(dataDir, 'template.xlsx');
  await download.saveAs(templatePath);

  // 2. A copy with mistakes: every problem named, nothing to confirm.
  const broken = await changed(templatePath, path.join(dataDir, 'broken.xlsx'), (workbook) => {
    setCell(workbook, '指标', 2, '类型', '百分率');
    setCell(workbook, '指标', 3, '牵头单位', '不存在的局');
  });
  await page.goto(`${server.url}/admin/plans`);
  await page.getByRole('link', { name: '从模板导入计划' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '从模板导入计划' })).toBeVisible();
  const fileInput = page.getByLabel('选择文件（Excel .xlsx 或 CSV）');
  await fileInput.setInputFiles(broken);
  await expect(page.getByText(/发现 2 个问题/)).toBeVisible();
  const problems = page.getByRole('region', { name: '问题清单' });
  await expect(problems.getByRole('row', { name: /“百分率”无效/ })).toContainText('类型');
  await expect(problems.getByRole('row', { name: /不存在的局/ })).toContainText('牵头单位');
  await expect(page.getByRole('button', { name: '确认创建计划' })).toHaveCount(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'problems');

  // 3. The template under a new title: previewed, confirmed, and the new plan opens.
  const renamed = await changed(templatePath, path.join(dataDir, 'renamed.xlsx'), (workbook) => {
    const sheet = workbook.getWorksheet('计划');
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === '标题') row.getCell(2).value = '威海高区2024年目标（模板导入）';
      if (row.getCell(1).value === '标题（英文）')
        row.getCell(2).value = 'Weihai Hi-Tech Zone 2024 targets (imported)';
    });
  });
  await fileInput.setInputFiles(renamed);
  await expect(page.getByText('检查通过：确认后将创建下面的计划。')).toBeVisible();
  const preview = page.getByRole('region', { name: '将创建的计划' });
  await expect(preview).toContainText('威海高区2024年目标（模板导入）');
  await expect(preview.getByRole('heading', { name: '指标（16 项）' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'preview');

  await page.getByRole('button', { name: '确认创建计划' }).click();
  await expect(page).toHaveURL(/\/plans\/plan-2024-[a-z0-9]+\/$/);
  await expect(page.getByRole('main')).toContainText('地区生产总值');
  await expect(page.getByRole('banner')).toContainText('威海高区2024年目标（模板导入）');
  await shoot(page, 'new-plan');
});
