import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';

function mainTargets(page: Page, heading: string) {
  return page.locator('section', { has: page.getByRole('heading', { name: heading, level: 2 }) }).first();
}

test.describe('the overview as the server sends it', () => {
  test('shows the seven main targets with their status words before any script has run', async ({
    browser,
  }, testInfo) => {
    const noScripts = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      javaScriptEnabled: false,
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
    });
    const page = await noScripts.newPage();
    await page.goto('/');
    const cards = mainTargets(page, '主要预期目标').getByRole('article');
    await expect(cards).toHaveCount(7);
    for (const card of await cards.all())
      await expect(card).toContainText(/超前|符合序时进度|需关注|滞后|未报送|已完成|未完成|待年终数据/);
    await expect(page.getByText('示例数据').first()).toBeVisible();
    // What needs the scripts says so instead of ignoring a click.
    await expect(page.getByRole('combobox', { name: '数据截至' })).toBeDisabled();
    await saveScreenshot(page, 'first-screen-1-before-scripts', { scripts: false });
    await noScripts.close();
  });

  test('comes alive without an error, and a remembered English is rendered in English', async ({
    page,
    browser,
    context,
  }, testInfo) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/');
    const asOf = page.getByRole('combobox', { name: '数据截至' });
    await expect(asOf).toBeEnabled();
    await expect(page.getByRole('heading', { name: '全部指标', level: 2 })).toBeVisible();
    await asOf.selectOption({ label: '截至2024年3月末所报' });
    await expect(page).toHaveURL(/asOf=2024-03/);
    await expect(page.getByRole('article').filter({ hasText: '地区生产总值' })).toContainText('2024年3月');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Main expected targets', level: 2 })).toBeVisible();
    expect(errors).toEqual([]);
    // axe cannot run without scripts; here it checks the page as taken over, controls enabled.
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The server now renders this visitor's pages in English, before any script runs.
    const noScripts = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    });
    const still = await noScripts.newPage();
    await still.goto('/?asOf=2024-03');
    await expect(mainTargets(still, 'Main expected targets').getByRole('article')).toHaveCount(7);
    await expect(still.getByRole('article').filter({ hasText: 'Gross domestic product' })).toContainText(
      'Mar 2024',
    );
    await saveScreenshot(still, 'first-screen-2-english-before-scripts', { scripts: false });
    await noScripts.close();
  });

  test('is taken over as it is: the same elements, and no second read of the plan', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const apiReads: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) apiReads.push(pathname);
    });

    // Not waiting for the load event: the held script keeps it from firing.
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { name: '2024年目标总览', level: 1 })).toBeVisible();
    await page.evaluate(`document.querySelector('h1').seenBeforeScripts = true`);
    release();

    await expect(page.getByRole('combobox', { name: '数据截至' })).toBeEnabled();
    expect(await page.evaluate(`document.querySelector('h1').seenBeforeScripts === true`)).toBe(true);
    expect(apiReads.filter((path) => path.startsWith('/api/plans'))).toEqual([]);
  });

  test('says so when its scripts cannot be loaded, and keeps showing the figures', async ({ page }) => {
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('页面脚本未能加载,请刷新页面。');
    await expect(mainTargets(page, '主要预期目标').getByRole('article')).toHaveCount(7);
    await saveScreenshot(page, 'first-screen-3-scripts-failed');
  });

  test('every other screen a link opens shows its content before any script, and comes alive without an error', async ({
    browser,
    page,
  }, testInfo) => {
    const plan = '/plans/weihai-hitech-2024';
    const screens = [
      {
        name: 'indicator',
        address: `${plan}/indicators/gdp-growth`,
        content: (on: Page) => on.getByRole('table', { name: /地区生产总值各期数据/ }),
      },
      {
        name: 'projects',
        address: `${plan}/projects`,
        content: (on: Page) => on.getByRole('table', { name: '项目清单,可按列排序' }).getByRole('row').nth(1),
      },
      {
        name: 'present',
        address: `${plan}/present`,
        content: (on: Page) => on.getByRole('heading', { name: '威海高区2024年经济社会发展目标', level: 1 }),
      },
      {
        name: 'brief',
        address: `${plan}/brief`,
        content: (on: Page) => on.getByRole('heading', { name: /月度通报/, level: 1 }),
      },
    ];
    const noScripts = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      javaScriptEnabled: false,
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
    });
    const still = await noScripts.newPage();
    for (const { address, content, name } of screens) {
      await still.goto(address);
      await expect(content(still)).toBeVisible();
      await expect(still.getByText('正在加载')).toHaveCount(0);
      await saveScreenshot(still, `first-screen-4-${name}-before-scripts`, { scripts: false });
    }
    await noScripts.close();

    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    for (const { address, content } of screens) {
      await page.goto(address);
      await expect(content(page)).toBeVisible();
      // The largest paint is the screen's own content, drawn from the server's HTML: still on the page.
      const largest = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            new PerformanceObserver((list) => {
              const element = (list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null })
                ?.element;
              resolve(
                element?.isConnected
                  ? `${element.closest('main, .present') ? 'main' : 'outside'} ${element.textContent ?? ''}`
                  : '',
              );
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      );
      expect(largest, address).toMatch(/^main \S/);
      expect(largest, address).not.toContain('正在加载');
      // Taken over: the language switch works only once the scripts run.
      await expect(
        page
          .getByRole('button', { name: 'English' })
          .or(page.getByRole('button', { name: /退出演示/ }))
          .first(),
      ).toBeEnabled();
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });
});
