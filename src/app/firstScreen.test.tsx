/**
 * The overview rendered on the server from the seeded plan, read through the same API app the
 * server runs, and then taken over by the browser without being drawn again.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { mockApp } from '../../mocks/mockApp';
import { buildSeed } from '../../server/seed';
import { preloadScreen, renderFirstScreen } from '../entry-server';
import { useLocaleStore } from '../stores/locale';
import { planPath } from '../lib/plan/planAddress';
import { firstScreenQueries, firstScreenRedirect, type ApiRead } from './firstScreenQueries';
import { readFirstScreenState, serializeFirstScreenState, type FirstScreenState } from './firstScreenState';
import { mountApp } from './mountApp';
import { resetLocale } from './testing/renderApp';

/** The seeded plan's overview. */
const overview = planPath(buildSeed({ demo: false }).plan.id);

const requested: string[] = [];
const server = createMockServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    requested.push(new URL(request.url).pathname);
  });
});
beforeEach(() => {
  resetLocale();
  requested.length = 0;
});
afterAll(() => server.close());

const read: ApiRead = async (apiPath) => {
  const response = await (await mockApp()).request(`/api${apiPath}`);
  return response.ok ? ((await response.json()) as unknown) : undefined;
};

async function stateFor(
  address: string,
  locale: FirstScreenState['locale'] = 'zh-CN',
): Promise<FirstScreenState> {
  const queries = await firstScreenQueries(new URL(address, 'http://localhost'), read);
  if (!queries) throw new Error(`no first screen for ${address}`);
  return { locale, renderedAt: Date.now(), queries };
}

/** The server's HTML for an address, put into a page as the browser would receive it, before any script. */
async function serverPage(address: string, locale: FirstScreenState['locale'] = 'zh-CN') {
  const state = await stateFor(address, locale);
  await preloadScreen(new URL(address, 'http://localhost').pathname);
  const container = document.createElement('div');
  container.innerHTML = renderFirstScreen(address, state);
  document.body.append(container);
  return { container, state };
}

afterEach(() => document.body.replaceChildren());

function mainTargetCards(container: HTMLElement, heading: string): HTMLElement[] {
  const section = within(container).getByRole('heading', { level: 2, name: heading }).closest('section');
  if (!section) throw new Error(`no section titled ${heading}`);
  return within(section).getAllByRole('article');
}

describe('the overview rendered on the server', { timeout: 30_000 }, () => {
  it('holds the seven main targets with their figures and status words before any script runs', async () => {
    const { container } = await serverPage(overview);
    expect(within(container).getByRole('heading', { level: 1 })).toHaveTextContent('2024年目标总览');
    const cards = mainTargetCards(container, '主要预期目标');
    expect(cards).toHaveLength(7);
    const investment = cards.find((card) => card.textContent?.includes('固定资产投资'));
    expect(investment).toHaveTextContent('实际7.4%');
    expect(investment).toHaveTextContent('差距低于目标0.6个百分点');
    expect(investment).toHaveTextContent('截至2024年10月');
    for (const card of cards)
      expect(card.textContent).toMatch(/超前|符合序时进度|需关注|滞后|未报送|已完成|未完成|待年终数据/);
    // Controls that need the scripts say so until the scripts have come.
    expect(within(container).getByRole('combobox', { name: '数据截至' })).toBeDisabled();
    expect(within(container).getByRole('button', { name: 'English' })).toBeDisabled();
  });

  it('shows the figures known at the end of the month in the address', async () => {
    const { container } = await serverPage(`${overview}?asOf=2024-03`);
    const investment = mainTargetCards(container, '主要预期目标').find((card) =>
      card.textContent?.includes('固定资产投资'),
    );
    expect(investment).toHaveTextContent('截至2024年3月');
  });

  it('is in English when the page is asked for in English', async () => {
    const { container } = await serverPage(overview, 'en-US');
    expect(mainTargetCards(container, 'Main expected targets')).toHaveLength(7);
    expect(within(container).getByRole('heading', { level: 1 })).toHaveTextContent('Targets for 2024');
    expect(container).toHaveTextContent('Actual7.4%');
    expect(container).toHaveTextContent('Gross domestic product');
    expect(container).not.toHaveTextContent('地区生产总值');
  });

  it('leaves other addresses to the browser, and gives up when a read fails', async () => {
    expect(await firstScreenQueries(new URL(`${overview}snapshots`, 'http://localhost'), read)).toBeNull();
    // Figures waiting for review are shown only to whoever may see them.
    expect(
      await firstScreenQueries(new URL(`${overview}brief?pending=1`, 'http://localhost'), read),
    ).toBeNull();
    expect(
      await firstScreenQueries(new URL(`${overview}indicators/no-such-indicator`, 'http://localhost'), read),
    ).toBeNull();
    expect(await firstScreenQueries(new URL('http://localhost/'), read)).toBeNull();
    expect(await firstScreenQueries(new URL(overview, 'http://localhost'), async () => undefined)).toBeNull();
    const treeFails: ApiRead = (apiPath) =>
      apiPath === '/plans' ? read(apiPath) : Promise.resolve(undefined);
    expect(await firstScreenQueries(new URL(overview, 'http://localhost'), treeFails)).toBeNull();
  });

  it('renders an unknown plan from the plan list alone, to say it is not there', async () => {
    const { container } = await serverPage('/plans/no-such-plan/');
    expect(within(container).getByRole('heading', { level: 1 })).toHaveTextContent('没有这个计划');
  });
});

describe('where / leads on the server', () => {
  it('to the overview of the plan the visitor chose last, else of the latest plan, keeping the query string', async () => {
    const root = new URL('http://localhost/?asOf=2024-03');
    expect(await firstScreenRedirect(root, read, null)).toBe(`${overview}?asOf=2024-03`);
    expect(await firstScreenRedirect(root, read, 'a-plan-since-removed')).toBe(`${overview}?asOf=2024-03`);
    expect(await firstScreenRedirect(new URL(overview, 'http://localhost'), read, null)).toBeNull();
    expect(await firstScreenRedirect(root, async () => undefined, null)).toBeNull();
  });
});

describe('the state the page carries', () => {
  it('cannot end its script element early, and reads back as it was written', () => {
    const state: FirstScreenState = {
      locale: 'zh-CN',
      renderedAt: 1_700_000_000_000,
      queries: [{ queryKey: ['note'], data: '</script><script>alert(1)</script><!--' }],
    };
    const text = serializeFirstScreenState(state);
    expect(text).not.toContain('<');
    expect(readFirstScreenState(text)).toEqual(state);
  });

  it('is ignored when it is missing, malformed or from an unknown language', () => {
    expect(readFirstScreenState(undefined)).toBeNull();
    expect(readFirstScreenState('{"locale":')).toBeNull();
    expect(readFirstScreenState('{"locale":"fr-FR","renderedAt":1,"queries":[]}')).toBeNull();
    expect(readFirstScreenState('{"locale":"zh-CN","queries":[]}')).toBeNull();
  });
});

describe('the browser taking over the rendered page', { timeout: 30_000 }, () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
  });

  it('keeps the rendered elements and asks the server only for what was not rendered', async () => {
    window.history.replaceState(null, '', overview);
    const { container, state } = await serverPage(overview);
    const heading = within(container).getByRole('heading', { level: 1 });
    await act(async () => {
      root = mountApp(container, serializeFirstScreenState(state));
      await Promise.resolve();
    });
    // The table of every indicator comes in the second pass, as it does after a browser render.
    await screen.findByRole('heading', { level: 2, name: '全部指标' }, { timeout: 15_000 });
    expect(within(container).getByRole('heading', { level: 1 })).toBe(heading);
    expect(within(container).getByRole('combobox', { name: '数据截至' })).toBeEnabled();
    expect(requested).not.toContain('/api/plans');
    expect(requested.filter((path) => path.startsWith('/api/plans/'))).toEqual([]);
  });

  it('takes over an indicator page as rendered, its figures table included, without reading it again', async () => {
    const address = `${overview}indicators/gdp-growth`;
    window.history.replaceState(null, '', address);
    const { container, state } = await serverPage(address);
    const table = within(container).getByRole('table', { name: /地区生产总值各期数据/ });
    await act(async () => {
      root = mountApp(container, serializeFirstScreenState(state));
      await Promise.resolve();
    });
    await waitFor(() => expect(within(container).getByRole('button', { name: 'English' })).toBeEnabled(), {
      timeout: 15_000,
    });
    expect(within(container).getByRole('table', { name: /地区生产总值各期数据/ })).toBe(table);
    expect(
      requested.filter((path) => path.startsWith('/api/indicators/') || path.startsWith('/api/plans')),
    ).toEqual([]);
  });

  it('takes over a page rendered in English when English is the language this browser remembers', async () => {
    window.history.replaceState(null, '', overview);
    act(() => useLocaleStore.getState().setLocale('en-US'));
    const { container, state } = await serverPage(overview, 'en-US');
    const heading = within(container).getByRole('heading', { level: 1 });
    await act(async () => {
      root = mountApp(container, serializeFirstScreenState(state));
      await Promise.resolve();
    });
    await screen.findByRole('heading', { level: 2, name: 'All indicators' }, { timeout: 15_000 });
    expect(within(container).getByRole('heading', { level: 1 })).toBe(heading);
    expect(container).toHaveTextContent('Gross domestic product');
  });

  it('draws the page anew in the language this browser remembers when the server used another', async () => {
    window.history.replaceState(null, '', overview);
    const { container, state } = await serverPage(overview, 'zh-CN');
    act(() => useLocaleStore.getState().setLocale('en-US'));
    await act(async () => {
      root = mountApp(container, serializeFirstScreenState(state));
      await Promise.resolve();
    });
    await waitFor(
      () =>
        expect(within(container).getByRole('heading', { level: 1 })).toHaveTextContent('Targets for 2024'),
      { timeout: 15_000 },
    );
    expect(container).not.toHaveTextContent('主要预期目标');
  });
});
