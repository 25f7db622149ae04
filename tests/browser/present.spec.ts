/**
 * Presenting at a meeting, on a 1920×1080 projector: a saved deck advanced by keys and by its own
 * timer, figures that stay up when the network drops and catch up when it returns, a chart saved
 * as a PNG, the deck and the monthly brief printed to PDF.
 *
 * These tests start their own server (the built SPA in dist/ over a temporary SQLite directory,
 * with a known admin password), so that they can sign in and enter figures while the page runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { RunningServer } from '../../server/startServer';
import { startOwnServer, type OwnServer } from './ownServer';
import { seriousAxeViolations } from './axe';
import { screenshotDir } from './screenshots';

const adminPassword = 'present-spec-admin-password';
const revenue = 'public-budget-revenue-growth';

let server: RunningServer;

async function signedInHeaders(): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .find((line) => line.startsWith('tb_session='))
    ?.split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  if (!cookie) throw new Error('signing in set no session cookie');
  return {
    Cookie: cookie,
    'X-CSRF-Token': csrfToken,
    Origin: server.url,
    'Content-Type': 'application/json',
  };
}

/** An API call as the admin, from outside the browser (so it works while the page is offline). */
async function asAdmin(method: string, apiPath: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${apiPath}`, {
    method,
    headers: await signedInHeaders(),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.ok, text).toBe(true);
  return text ? JSON.parse(text) : undefined;
}

async function enterFigure(indicatorId: string, period: string, value: number): Promise<void> {
  const current = (await asAdmin('GET', `/api/indicators/${indicatorId}`)) as {
    values: { period: string; version: number }[];
  };
  const expectedVersion = current.values.find((figure) => figure.period === period)?.version ?? null;
  await asAdmin('PUT', `/api/indicators/${indicatorId}/values/${period}`, {
    value,
    note: '会中更正',
    expectedVersion,
  });
}

async function save(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Pages in a PDF: its page objects, not the page-tree node (`/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** The first page of a PDF as a PNG for a person to look at, where poppler's pdftoppm is installed. */
function renderFirstPage(pdfFile: string, name: string): void {
  if (!existsSync('/usr/bin/pdftoppm')) return;
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '110',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfFile,
    path.join(screenshotDir, name),
  ]);
}

test.use({ viewport: { width: 1920, height: 1080 } });

let own: OwnServer;

test.beforeAll(async () => {
  own = await startOwnServer('present', adminPassword);
  server = own.server;
});

test.afterAll(() => own.stop());

test('a saved deck runs by its own timer and by keys, and Esc leaves it', async ({ page }) => {
  const deck = (await asAdmin('POST', '/api/plans/weihai-hitech-2024/decks', {
    name: '十一月调度会',
    slides: [
      { slideId: 'title', durationSeconds: 3 },
      { slideId: `indicator-${revenue}`, durationSeconds: 600 },
      { slideId: 'action-project-construction', durationSeconds: 600 },
    ],
  })) as { id: string };

  await page.goto(`${server.url}/decks`);
  const item = page.getByRole('listitem').filter({ hasText: '十一月调度会' });
  await item.getByRole('link', { name: '放映' }).click();
  await expect(page).toHaveURL(new RegExp(`/present\\?deck=${deck.id}`));

  // The title slide: the plan, 截至 the as-of month (the year-end of an ended year), the statuses counted.
  await expect(page.getByRole('heading', { name: '威海高区2024年经济社会发展目标', level: 1 })).toBeVisible();
  await expect(page.getByText('截至2024年12月')).toBeVisible();
  await expect(page.getByText('第 1 / 3 张')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await save(page, 'present-1-title');

  // Three seconds later the deck moves on by itself to the budget revenue: October's 5.0% awaits the year's figure.
  await expect(page.getByRole('heading', { name: '一般公共预算收入', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page).toHaveURL(new RegExp(`/present/indicator-${revenue}\\?deck=${deck.id}`));
  await expect(page.getByText('第 2 / 3 张')).toBeVisible();
  const slide = page.getByRole('article', { name: '一般公共预算收入' });
  await expect(slide.getByText('待年终数据', { exact: true })).toBeVisible();
  await expect(slide.getByText('5.0%').first()).toBeVisible();
  await expect(slide.locator('.recharts-surface')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await save(page, 'present-2-indicator');

  // By keys: → to the action, ← back, PageDown on again, Space wraps round to the title.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: '项目建设提速', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/present\/action-project-construction/);
  await save(page, 'present-3-action');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: '一般公共预算收入', level: 1 })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: '项目建设提速', level: 1 })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByText('已暂停')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByText('第 1 / 3 张')).toBeVisible();

  // Esc leaves for the page the presentation was started from.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/plans\/[^/]+\/decks$/);
});

test('offline, the slide keeps its figures under a marker; back online, a figure entered meanwhile appears', async ({
  page,
  context,
}) => {
  await page.goto(`${server.url}/present/indicator-${revenue}`);
  const slide = page.getByRole('article', { name: '一般公共预算收入' });
  await expect(slide.getByText('5.0%').first()).toBeVisible();
  // Without a deck the slide stays until moved.
  await expect(page.getByRole('button', { name: '播放' })).toHaveAttribute('aria-pressed', 'true');

  await context.setOffline(true);
  await expect(page.getByText(/^离线 · 自 \d\d:\d\d 起显示缓存数据$/)).toBeVisible();
  await expect(slide.getByText('5.0%').first()).toBeVisible();
  await expect(slide.getByText('待年终数据', { exact: true })).toBeVisible();
  await save(page, 'present-4-offline');

  await enterFigure(revenue, '2024-10', 7.6);
  await context.setOffline(false);
  await expect(page.getByText(/^离线/)).toBeHidden();
  await expect(slide.getByText('7.6%').first()).toBeVisible();
  await save(page, 'present-5-back-online');
});

test('a presentation opened once survives a reload with no network, and says it shows a kept copy', async ({
  page,
  context,
}) => {
  // The presentation's own address, within its worker's scope.
  await page.goto(`${server.url}/plans/weihai-hitech-2024/present/indicator-${revenue}`);
  const slide = page.getByRole('article', { name: '一般公共预算收入' });
  // Earlier walkthroughs may have entered figures for it: any status word will do.
  const status = /^(超前|符合序时进度|需关注|滞后|待年终数据|已完成|未完成)$/;
  await expect(slide.getByText(status).first()).toBeVisible();
  // The presentation's worker takes over and keeps what the page had loaded, the plan among it.
  await expect
    .poll(() =>
      page.evaluate<string>(
        `caches.open('target-board-present-answers-v1')
          .then((cache) => cache.keys())
          .then((kept) => kept.map((request) => new URL(request.url).pathname).join(' '))`,
      ),
    )
    .toContain('/api/plans/weihai-hitech-2024');

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(slide.getByText(status).first()).toBeVisible();
  await expect(page.getByText(/^离线 · 自 \d\d:\d\d 起显示缓存数据$/)).toBeVisible();
  // The figures are the kept copy, not a network answer.
  expect(
    await page.evaluate(`fetch('/api/plans').then((response) => response.headers.get('X-Offline-Copy'))`),
  ).toMatch(/^\d+$/);
  await save(page, 'present-5a-reloaded-offline');

  await context.setOffline(false);
  await page.reload();
  await expect(slide.getByText(status).first()).toBeVisible();
  await expect(page.getByText(/^离线/)).toBeHidden();
});

test('a chart is saved as a PNG with its title, as-of date and source drawn in', async ({ page }) => {
  await page.goto(`${server.url}/present/indicator-gdp-growth`);
  await expect(page.locator('.recharts-surface')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出图片' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^地区生产总值-截至2024-12\.png$/);
  const file = path.join(screenshotDir, 'present-6-exported-chart.png');
  await download.saveAs(file);
  const png = await readFile(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1920);
  expect(height).toBeGreaterThan(600);
  expect(png.length).toBeGreaterThan(20_000);
});

test('a deck prints one slide per A4 landscape page', async ({ page }) => {
  await page.goto(`${server.url}/present`);
  const counter = page.getByText(/^第 1 \/ \d+ 张$/);
  await expect(counter).toBeVisible();
  const slides = Number((await counter.textContent())?.match(/\/ (\d+)/)?.[1]);
  expect(slides).toBeGreaterThan(10);
  // The print dialog itself cannot be driven; record that it was asked for instead.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: '打印/导出PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(page.locator('.print-deck__page')).toHaveCount(slides);

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(slides);
  const pdfFile = path.join(tmpdir(), 'present-deck.pdf');
  await writeFile(pdfFile, pdf);
  renderFirstPage(pdfFile, 'present-7-deck-pdf-page1');
});

test('an indicator printed from 打印/导出PDF carries its chart, though nobody scrolled down to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 480 });
  await page.goto(`${server.url}/indicators/gdp-growth`);
  const chart = page.locator('.indicator-chart__drawing');
  await expect(chart).toHaveAttribute('data-chart', 'pending');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: '打印/导出PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(chart.locator('.recharts-cartesian-axis').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(chart).toBeVisible();
});

test('the monthly brief fits A4 portrait pages and prints to a PDF', async ({ page }) => {
  await page.goto(`${server.url}/brief?asOf=2024-10`);
  await expect(page.getByRole('heading', { name: '2024年目标任务推进情况月度通报' })).toBeVisible();
  await expect(page.getByText('数据截至2024年10月')).toBeVisible();
  await expect(page.getByRole('heading', { name: '一、主要预期目标' })).toBeVisible();
  const revenueRow = page.getByRole('row', { name: /一般公共预算收入/ });
  await expect(revenueRow).toContainText('不低于7%');
  await expect(revenueRow).toContainText('滞后');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'present-8-brief-screen.png'), fullPage: true });

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
  const pdfFile = path.join(tmpdir(), 'present-brief.pdf');
  await writeFile(pdfFile, pdf);
  renderFirstPage(pdfFile, 'present-9-brief-pdf-page1');
});

test('an editor builds a deck, takes a meeting snapshot and sees what changed since', async ({ page }) => {
  const signIn = await page.request.post(`${server.url}/api/session`, {
    data: { username: 'admin', password: adminPassword },
    headers: { Origin: server.url },
  });
  expect(signIn.status()).toBe(200);

  // Build a deck of two slides, GDP first, five seconds for the title.
  await page.goto(`${server.url}/decks`);
  await page.getByRole('button', { name: '新建演示' }).click();
  const editor = page.getByRole('form', { name: '新建演示' });
  await editor.getByLabel('名称').fill('周五例会');
  await editor.getByRole('button', { name: '加入:封面' }).click();
  await editor.getByRole('button', { name: '加入:地区生产总值(主要预期目标)' }).click();
  await editor.getByRole('spinbutton', { name: '封面 停留秒数' }).fill('5');
  await editor.getByRole('button', { name: '上移:地区生产总值(主要预期目标)' }).click();
  await save(page, 'present-10-deck-editor');
  await editor.getByRole('button', { name: '保存' }).click();
  const saved = page.getByRole('listitem').filter({ hasText: '周五例会' });
  await expect(saved).toContainText('2张幻灯片');
  await saved.getByRole('link', { name: '放映' }).click();
  await expect(page.getByRole('heading', { name: '地区生产总值', level: 1 })).toBeVisible();
  await expect(page.getByText('第 1 / 2 张')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/plans\/[^/]+\/decks$/);

  // A snapshot before the meeting; a figure corrected after it; the comparison names the change.
  await page.goto(`${server.url}/snapshots`);
  await page.getByLabel('会议名称').fill('十一月调度会');
  await page.getByRole('button', { name: '保存快照' }).click();
  await expect(page.getByRole('heading', { name: '十一月调度会', level: 1 })).toBeVisible();
  const investment = page.getByRole('row', { name: /固定资产投资/ });
  await expect(investment).toContainText('7.4%');
  // Taken after the plan year ended: frozen at the year-end, where October's figure awaits December's.
  await expect(investment).toContainText('待年终数据');
  await save(page, 'present-11-snapshot');

  await enterFigure('fixed-asset-investment-growth', '2024-10', 9.5);
  await page.reload();
  await expect(page.getByRole('row', { name: /固定资产投资/ })).toContainText('7.4%');
  await page.getByRole('button', { name: '与当前对比' }).click();
  const improved = page.getByRole('listitem').filter({ hasText: '固定资产投资' });
  await expect(improved).toContainText('仍为“待年终数据”');
  await expect(improved).toContainText('实际:7.4%(2024年10月) → 9.5%(2024年10月)');
  await expect(improved).toContainText('会后新录入:2024年10月 9.5%');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'present-12-compare.png'), fullPage: true });
});

test('the overview prints to an A4 landscape PDF without its navigation', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { name: '主要预期目标', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印/导出PDF' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印/导出PDF' })).toBeHidden();
  await page.emulateMedia({ media: null });

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  const pdfFile = path.join(tmpdir(), 'present-overview.pdf');
  await writeFile(pdfFile, pdf);
  renderFirstPage(pdfFile, 'present-13-overview-pdf-page1');
});
