import { buildSeed } from '../../../server/seed';
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { renderApp, resetLocale } from '../../app/testing/renderApp';

/** The seeded plan's presentation. */
const present = `/plans/${buildSeed({ demo: false }).plan.id}/present`;

/** The first render loads the presentation's code and the mock plan: allow for a slow machine. */
const firstLoad = { timeout: 20_000 };
const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetLocale());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('presenting the plan', { timeout: 30_000 }, () => {
  it('opens an ended plan year on the title slide at its year-end, with the slide counter', async () => {
    renderApp(present);

    expect(
      await screen.findByRole('heading', { level: 1, name: '威海高区2024年经济社会发展目标' }, firstLoad),
    ).toBeVisible();
    expect(screen.getByText('截至2024年12月')).toBeVisible();
    expect(screen.getByText(/^第 1 \/ \d+ 张$/)).toBeVisible();
    expect(screen.getByRole('navigation', { name: '演示控制' })).toBeVisible();
  });

  it('moves on with → and back with ←, each slide at its own address', async () => {
    const { user, location } = renderApp(present);
    await screen.findByRole('heading', { level: 1, name: '威海高区2024年经济社会发展目标' }, firstLoad);

    await user.keyboard('{ArrowRight}');
    const slide = await screen.findByRole('article', { name: '地区生产总值' });
    expect(location().pathname).toBe(present + '/indicator-gdp-growth');
    // At the year-end the Q3 figure is no verdict: the status waits for the year's figure.
    expect(within(slide).getByText('待年终数据')).toBeVisible();
    expect(within(slide).getByText('高于目标0.2个百分点')).toBeVisible();

    await user.keyboard('{ArrowLeft}');
    expect(
      await screen.findByRole('heading', { level: 1, name: '威海高区2024年经济社会发展目标' }),
    ).toBeVisible();
    expect(location().pathname).toBe(present + '/title');
  });

  it('without a deck stays on each slide until moved, says so, and starts the timer with P', async () => {
    const { user } = renderApp(present + '/indicator-gdp-growth');
    await screen.findByRole('article', { name: '地区生产总值' }, firstLoad);
    expect(screen.getByText('已暂停')).toBeVisible();
    expect(screen.getByRole('button', { name: '播放' })).toHaveAttribute('aria-pressed', 'true');

    await user.keyboard('p');

    expect(screen.queryByText('已暂停')).toBeNull();
    expect(screen.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows an action with each of its indicators and their status in words', async () => {
    renderApp(present + '/action-project-construction');

    const slide = await screen.findByRole('article', { name: '项目建设提速' }, firstLoad);
    const rows = within(within(slide).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toContainEqual(
      expect.stringContaining('重点项目开工率未完成'),
    );
  });

  it('opens by its link an indicator slide the running order leaves out, then goes on from its action', async () => {
    const { user, location } = renderApp(present + '/indicator-foreign-capital-city-rank');

    expect(await screen.findByRole('article', { name: '实际利用外资全市位次' }, firstLoad)).toBeVisible();
    expect(location().pathname).toBe(present + '/indicator-foreign-capital-city-rank');

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('article', { name: '企业梯次培育' })).toBeVisible();
    expect(location().pathname).toBe(present + '/action-enterprise-cultivation');
  });

  it('says a saved deck that does not exist could not be found', async () => {
    renderApp(present + '?deck=deck-none');

    expect(await screen.findByText('未找到所请求的内容', {}, firstLoad)).toBeVisible();
  });
});
