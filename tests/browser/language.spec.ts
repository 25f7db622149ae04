/**
 * No English in the Chinese screens and no Chinese in the English ones, outside proper names:
 * every visible text on each main screen is read, and words of the other script are reported
 * unless they are a name or unit on the allow-list or sit in an element marked with its own
 * language (the plan's Chinese source quotes, the 中文 / English switch).
 */
import { expect, test, type Page } from '@playwright/test';

const plan = '/plans/weihai-hitech-2024';
const screens = [
  `${plan}/`,
  `${plan}/indicators/gdp-growth`,
  `${plan}/projects`,
  `${plan}/decks`,
  `${plan}/brief`,
  `${plan}/snapshots`,
];

/** Latin words a Chinese screen may show: file formats, units, statistical abbreviations. */
const latinInChinese = new Set([
  'PDF',
  'Excel',
  'CSV',
  'PNG',
  'GDP',
  'CPI',
  'PMI',
  'R&D',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
]);

/** What the visible text nodes of the page say, each outside any element marked with another language. */
async function visibleTexts(page: Page, ownLanguage: string): Promise<string[]> {
  return page.evaluate((own) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const marked = element.closest('[lang]')?.getAttribute('lang') ?? own;
      if (!marked.startsWith(own.slice(0, 2))) continue;
      if (element.closest('script, style, noscript, .visually-hidden, [hidden], [aria-hidden="true"]'))
        continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      texts.push(text);
    }
    return texts;
  }, ownLanguage);
}

async function useLanguage(page: Page, locale: string): Promise<void> {
  await page.addInitScript((chosen) => {
    localStorage.setItem('target-board.locale', JSON.stringify({ state: { locale: chosen }, version: 0 }));
  }, locale);
}

test('the Chinese screens show no English word outside names and units', async ({ page }) => {
  const found: string[] = [];
  for (const address of screens) {
    await page.goto(address);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForTimeout(300);
    for (const text of await visibleTexts(page, 'zh')) {
      const words = (text.match(/[A-Za-z][A-Za-z&]+/g) ?? []).filter((word) => !latinInChinese.has(word));
      if (words.length > 0) found.push(`${address}: ${text}`);
    }
  }
  expect(found).toEqual([]);
});

/**
 * Proper names an English screen keeps in Chinese: the plan's source document and its publisher,
 * and departments (区统计局, the demo registry's 示例部门 甲).
 */
async function chineseProperNames(page: Page): Promise<RegExp[]> {
  const response = await page.request.get('/api/plans');
  const { plans } = (await response.json()) as {
    plans: { sourceDocument: { title: string; publisher: string } }[];
  };
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...plans.flatMap(({ sourceDocument }) => [sourceDocument.title, sourceDocument.publisher])]
    .filter(Boolean)
    .map((name) => new RegExp(escape(name), 'g'))
    .concat([/示例部门 [甲乙丙丁]/gu, /区\p{Script=Han}{1,8}?(局|办公室|委员会|中心|部门)/gu]);
}

test('the English screens show no Chinese outside names', async ({ page }) => {
  await useLanguage(page, 'en-US');
  const names = await chineseProperNames(page);
  const found: string[] = [];
  for (const address of screens) {
    await page.goto(address);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForTimeout(300);
    for (const text of await visibleTexts(page, 'en')) {
      const withoutNames = names.reduce((rest, name) => rest.replace(name, ''), text);
      if (/\p{Script=Han}/u.test(withoutNames)) found.push(`${address}: ${text}`);
    }
  }
  expect(found).toEqual([]);
});
