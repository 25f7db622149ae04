/**
 * Every main screen on a phone (390×844), a tablet (768×1024), a laptop (1440×900) and a
 * projector (1920×1080), in Chinese and in English: nothing scrolls sideways, the navigation folds
 * behind a menu on the small screens, no main-target card runs into the next, and a screenshot of
 * each is saved for a person to judge.
 */
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

const plan = '/plans/weihai-hitech-2024';
const screens = {
  overview: `${plan}/`,
  indicator: `${plan}/indicators/gdp-growth`,
  projects: `${plan}/projects`,
  decks: `${plan}/decks`,
  present: `${plan}/present`,
  brief: `${plan}/brief`,
  snapshots: `${plan}/snapshots`,
} as const;

const sizes = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

const languages = { zh: 'zh-CN', en: 'en-US' } as const;

async function useLanguage(page: Page, locale: string): Promise<void> {
  await page.addInitScript((chosen) => {
    localStorage.setItem('target-board.locale', JSON.stringify({ state: { locale: chosen }, version: 0 }));
  }, locale);
  await page.context().addCookies([{ name: 'target-board.locale', value: locale, url: 'http://127.0.0.1' }]);
}

async function documentWidth(page: Page): Promise<{ document: number; viewport: number }> {
  return page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
}

/** Each main-target card that runs into another, or whose words reach past its edge. */
async function cardsRunningOver(page: Page): Promise<string[]> {
  return page.locator('.target-card').evaluateAll((cards) => {
    const found: string[] = [];
    const boxes = cards.map((card) => card.getBoundingClientRect());
    const nameOf = (index: number) => cards[index]?.querySelector('h3')?.textContent ?? '';
    boxes.forEach((box, index) => {
      boxes.forEach((other, otherIndex) => {
        const overlap =
          otherIndex > index &&
          box.left < other.right - 1 &&
          other.left < box.right - 1 &&
          box.top < other.bottom - 1 &&
          other.top < box.bottom - 1;
        if (overlap) found.push(`${nameOf(index)} runs into ${nameOf(otherIndex)}`);
      });
      for (const part of cards[index]?.querySelectorAll('*') ?? []) {
        const inner = part.getBoundingClientRect();
        if (inner.width > 0 && inner.right > box.right + 1)
          found.push(`${nameOf(index)}: "${part.textContent ?? ''}" reaches past the card`);
      }
    });
    return found;
  });
}

for (const [language, locale] of Object.entries(languages)) {
  for (const size of sizes) {
    test.describe(`${size.width} px wide, in ${language}`, () => {
      test.use({ viewport: size });

      test('every main screen fits the width without scrolling sideways', async ({ page }) => {
        await useLanguage(page, locale);
        for (const [name, address] of Object.entries(screens)) {
          await page.goto(address);
          await expect(page.locator('h1').first()).toBeVisible();
          // Charts and lists that load after the heading settle before the page is measured.
          await page.waitForLoadState('load');
          await page.waitForTimeout(300);
          const width = await documentWidth(page);
          expect(width.document, `${name} is wider than the screen`).toBeLessThanOrEqual(width.viewport);
          if (name === 'overview') expect(await cardsRunningOver(page)).toEqual([]);
          await saveScreenshot(page, `screens-${size.width}-${language}-${name}`);
        }
      });
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation opens from the menu button and Esc folds it away again, back on the button', async ({
    page,
  }) => {
    await page.goto(screens.overview);
    const menu = page.getByRole('button', { name: '菜单' });
    const projects = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '重点项目' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(projects).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(projects).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(projects).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await projects.click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  });

  test('the indicator table reads as a list, each row with its status word in view', async ({ page }) => {
    await page.goto(screens.overview);
    const table = page.getByRole('table').first();
    await table.scrollIntoViewIfNeeded();
    const status = table.locator('[data-status]').first();
    await expect(status).toBeVisible();
    const box = await status.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });

  test('the projects table reads as a list, each project with its status in view', async ({ page }) => {
    await page.goto(screens.projects);
    const status = page.locator('main [data-status]').first();
    await status.scrollIntoViewIfNeeded();
    await expect(status).toBeVisible();
    const box = await status.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
});
