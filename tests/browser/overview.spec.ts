import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';

test.describe('an official reviewing the 2024 plan on the demo data', () => {
  test('sees the seven main targets, narrows to one action, opens GDP, looks back to March and reads it in English', async ({
    page,
  }) => {
    await page.goto('/');

    // 1–2. The overview: the seven main targets, each with a status word beside its light.
    const mainTargets = page
      .getByRole('region', { name: '主要预期目标' })
      .or(page.locator('section', { has: page.getByRole('heading', { name: '主要预期目标', level: 2 }) }))
      .first();
    await expect(mainTargets.getByRole('article')).toHaveCount(7);
    for (const target of ['6%', '8%', '7%', '5.5%'])
      await expect(mainTargets.getByText(target).first()).toBeVisible();
    await expect(
      mainTargets.getByText(/超前|符合序时进度|需关注|滞后|已完成|未完成|未报送/).first(),
    ).toBeVisible();
    await expect(page.getByText('示例数据').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: '“1310”工作体系' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'overview-1-main-targets');

    // 3. Filter the indicator table to one campaign action; the filter is in the URL.
    await page.getByRole('combobox', { name: '攻坚行动' }).selectOption({ label: '4. 项目建设提速' });
    await expect(page).toHaveURL(/action=project-construction/);
    const table = page.getByRole('table').filter({ hasText: '开工率' }).first();
    await expect(table).toContainText('重点项目');
    await expect(table).not.toContainText('一般公共预算收入');
    await saveScreenshot(page, 'overview-2-filtered-to-project-construction');

    // 4. Open GDP: the chart and its table.
    await page.goto('/');
    await page
      .getByRole('link', { name: /地区生产总值/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/indicators\/gdp-growth/);
    await expect(page.getByRole('heading', { name: /地区生产总值/ }).first()).toBeVisible();
    await expect(page.locator('figure svg').first()).toBeAttached();
    await expect(page.getByRole('table').first()).toContainText('2024年9月');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'overview-3-gdp-chart-and-table');

    // 5. Back on the overview, as it stood at the end of March: GDP shows the first quarter's 6.1%.
    await page.goto('/');
    await page.getByRole('combobox', { name: '数据截至' }).selectOption({ label: '截至2024年3月末所报' });
    await expect(page).toHaveURL(/asOf=2024-03/);
    const gdpCard = page.getByRole('article').filter({ hasText: '地区生产总值' });
    await expect(gdpCard).toContainText('6.1%');
    await expect(gdpCard).toContainText('2024年3月');
    await saveScreenshot(page, 'overview-4-as-of-march');

    // 6. English, remembered across a reload.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Main expected targets', level: 2 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Main expected targets', level: 2 })).toBeVisible();
    await expect(page.getByRole('article').filter({ hasText: 'Gross domestic product' })).toContainText(
      '6.1%',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'overview-5-english');
  });

  test('prints the overview on a few A4 sheets, without any control', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: '数据截至' })).toBeEnabled();
    // On paper no select or button is drawn; the plan switcher prints as the plan's title, in plain text.
    await page.emulateMedia({ media: 'print' });
    const controls = page.locator('select, button:not(.plan-switcher__button), input');
    for (const control of await controls.all()) await expect(control).toBeHidden();
    await page.emulateMedia({ media: null });

    const dir = path.resolve('test-results/print-overview');
    await mkdir(dir, { recursive: true });
    const pdf = path.join(dir, 'overview.pdf');
    // A4 landscape, as the site's @page asks.
    await writeFile(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    const run = promisify(execFile);
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
    expect(pages).toBeGreaterThan(0);
    // Eleven sheets or more before the print styles set the plan closer; seven with them.
    expect(pages).toBeLessThanOrEqual(7);
    const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    expect(text).toContain('主要预期目标');
    expect(text).toContain('地区生产总值');
    // Neither the as-of list, the language switch nor any button's words.
    for (const control of ['截至2024年3月末所报', '打印/导出PDF', 'English', '菜单', '收起', '展开'])
      expect(text, control).not.toContain(control);
    // Sheets to look at: test-results/print-overview/sheet-N.png.
    await run('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, 'sheet')]);
    expect((await readdir(dir)).filter((file) => file.endsWith('.png'))).toHaveLength(pages);
  });

  test('unknown API routes answer JSON, not the page', async ({ request }) => {
    const response = await request.get('/api/nothing-here');
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('notFound');
  });
});
