/**
 * Addresses that name their plan: old links lead to the plan they belong to, `/` opens the plan of
 * the current year, the header's switcher moves between plans, an ended year says so, and an
 * unknown plan says it is not there.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockHandlers } from '../../../mocks/handlers';
import { createApp, type ApiApp } from '../../../server/app';
import { buildSeed } from '../../../server/seed';
import { MemoryStore } from '../../../server/store/memory';
import type { Plan } from '../../domain/model';
import { periodOfDate, todayInChina, yearOf } from '../../domain/period';
import { renderApp, resetLocale } from '../testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const seed = buildSeed({ demo: true });
const seedPlanId = seed.plan.id;
const currentYear = yearOf(periodOfDate(todayInChina()));

function planLike(id: string, year: number, zh: string, en: string, extra: Partial<Plan> = {}): Plan {
  return { ...seed.plan, id, year, title: { zh, en }, ...extra };
}

/** The seed plan, a city's plan for the current year, and an archived plan of the zone. */
const otherPlans: Plan[] = [
  planLike('city-current', currentYear, `示例市${currentYear}年目标`, `Sample City ${currentYear} targets`, {
    zone: { zh: '示例市', en: 'Sample City' },
    organisationLevel: 'city',
  }),
  planLike('zone-2023', 2023, '威海高区2023年目标', 'Weihai Hi-Tech Zone 2023 targets', { archived: true }),
];

let app: Promise<ApiApp> | undefined;
async function severalPlans(): Promise<ApiApp> {
  const store = new MemoryStore();
  await store.seed(seed);
  for (const plan of otherPlans) await store.seed({ plan, indicators: [], workItems: [], values: [] });
  return createApp({ store, mode: 'mock' });
}

const server = setupServer(...createMockHandlers(() => (app ??= severalPlans())));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetLocale();
  document.cookie = 'plan=; Path=/; Max-Age=0';
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('addresses that name their plan', { timeout: 60_000 }, () => {
  it('leads an old link to an indicator to that indicator in its own plan, keeping the as-of month', async () => {
    const { location } = renderApp('/indicators/gdp-growth?asOf=2024-03');
    await waitFor(() => expect(location().pathname).toBe(`/plans/${seedPlanId}/indicators/gdp-growth`));
    expect(location().search).toBe('?asOf=2024-03');
    expect(await screen.findByRole('heading', { level: 1, name: /地区生产总值/ })).toBeInTheDocument();
  });

  it('leads an old link to the project list to the default plan, keeping its filters', async () => {
    localStorage.setItem('target-board.plan', seedPlanId);
    const { location } = renderApp('/projects?kind=urban');
    await waitFor(() => expect(location().pathname).toBe(`/plans/${seedPlanId}/projects`));
    expect(location().search).toBe('?kind=urban');
  });

  it('opens the plan of the current year at /, and the one last chosen once a plan was chosen', async () => {
    const first = renderApp('/');
    await waitFor(() => expect(first.location().pathname).toBe('/plans/city-current/'));
    first.unmount();

    localStorage.setItem('target-board.plan', seedPlanId);
    const second = renderApp('/');
    await waitFor(() => expect(second.location().pathname).toBe(`/plans/${seedPlanId}/`));
  });

  it('switches plan from the header and stays on the same screen', async () => {
    const { user, location } = renderApp(`/plans/${seedPlanId}/projects?kind=urban&asOf=2024-03`);
    const header = screen.getByRole('banner');
    const switcher = await within(header).findByRole('button', { name: /切换计划/ });
    expect(switcher).toHaveTextContent('威海高区2024年经济社会发展目标');
    await user.click(switcher);
    const panel = within(header).getByRole('group', { name: '切换计划' });
    const links = within(panel).getAllByRole('link').map((link) => link.textContent);
    // By organisation, the archived plan last and marked.
    expect(links).toEqual([
      `${currentYear}年示例市${currentYear}年目标`,
      '2024年威海高区2024年经济社会发展目标',
      '2023年威海高区2023年目标(归档)',
      '全部计划',
    ]);
    await user.click(within(panel).getByRole('link', { name: new RegExp(`示例市${currentYear}年目标`) }));
    await waitFor(() => expect(location().pathname).toBe('/plans/city-current/projects'));
    // The filter stays; the month of the other plan's year does not.
    expect(location().search).toBe('?kind=urban');
    expect(within(header).getByRole('button', { name: /切换计划/ })).toHaveTextContent(`示例市${currentYear}年目标`);
  });

  it('closes the switcher on Esc and gives the focus back to its button', async () => {
    const { user } = renderApp(`/plans/${seedPlanId}/`);
    const switcher = await within(screen.getByRole('banner')).findByRole('button', { name: /切换计划/ });
    await waitFor(() => expect(switcher).toBeEnabled());
    switcher.focus();
    await user.keyboard('{Enter}');
    expect(switcher).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: /2024年威海高区2024年经济社会发展目标/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(switcher).toHaveAttribute('aria-expanded', 'false');
    expect(switcher).toHaveFocus();
  });

  it('says on every screen of a plan whose year is over that the year has ended', async () => {
    const { user } = renderApp(`/plans/${seedPlanId}/brief`);
    expect(await screen.findByText('2024年度已结束')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '重点项目' }));
    expect(await screen.findByText('2024年度已结束')).toBeInTheDocument();
  });

  it('says nothing has ended while the plan year runs', async () => {
    renderApp('/plans/city-current/');
    expect(await within(screen.getByRole('banner')).findByRole('button', { name: /切换计划/ })).toHaveTextContent(
      `示例市${currentYear}年目标`,
    );
    expect(screen.queryByText(`${currentYear}年度已结束`)).not.toBeInTheDocument();
  });

  it('says a plan that is not on record does not exist, with a link to every plan', async () => {
    const { user, location } = renderApp('/plans/no-such-plan/projects');
    expect(await screen.findByRole('heading', { level: 1, name: '没有这个计划' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-plan/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '查看全部计划' }));
    expect(location().pathname).toBe('/plans');
    expect(await screen.findByRole('heading', { level: 1, name: '全部计划' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /2023年 · 威海高区2023年目标/ })).toBeInTheDocument();
  });
});
