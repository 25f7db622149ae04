import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { emptyPlan, serverError } from '../../../mocks/scenarios';
import { renderApp, resetLocale } from '../../app/testing/renderApp';
import { localeStorageKey } from '../../stores/locale';

// The whole seeded plan renders into a large page; jsdom needs time to query it.
configure({ asyncUtilTimeout: 15_000 });

const server = createMockServer();
const requested: string[] = [];
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    requested.push(new URL(request.url).pathname + new URL(request.url).search);
  });
});
beforeEach(() => {
  resetLocale();
  requested.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function openOverview(route = '/') {
  const app = renderApp(route);
  await screen.findByRole('heading', { level: 1, name: '2024年目标总览' });
  // The table of every indicator renders in a second pass after the first screen.
  await screen.findByRole('heading', { level: 2, name: '全部指标' }, { timeout: 15_000 });
  return app;
}

function region(name: string): HTMLElement {
  const section = screen.getByRole('heading', { level: 2, name }).closest('section');
  if (!section) throw new Error(`no section titled ${name}`);
  return section;
}

const statusWords = [
  '超前',
  '符合序时进度',
  '需关注',
  '滞后',
  '未报送',
  '已完成',
  '未完成',
  '待年终数据',
  '待对标数据',
];

describe('the overview', { timeout: 60_000 }, () => {
  it('shows the seven main targets, the five growth targets among them as the plan words them', async () => {
    await openOverview();
    const cards = within(region('主要预期目标')).getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '地区生产总值',
      '规模以上工业增加值',
      '固定资产投资',
      '一般公共预算收入',
      '社会消费品零售总额',
      '实际使用外资',
      '外贸进出口',
    ]);
    const targets = cards.map((card) => within(card).getByText('目标').nextElementSibling?.textContent);
    expect(targets).toEqual(['增长6%', '增长8%', '增长8%', '增长7%', '增长5.5%', '量稳质升', '量稳质升']);
  });

  it('shows each main target against its target with the period its figure is for', async () => {
    await openOverview();
    const investment = within(region('主要预期目标')).getByRole('article', { name: '固定资产投资' });
    expect(investment).toHaveTextContent('实际7.4%');
    expect(investment).toHaveTextContent('差距低于目标0.6个百分点');
    expect(investment).toHaveTextContent('截至2024年10月');
    expect(within(investment).getByRole('link', { name: '固定资产投资' })).toHaveAttribute(
      'href',
      '/plans/weihai-hitech-2024/indicators/fixed-asset-investment-growth',
    );
  });

  it('marks the status of a qualitative target as judged', async () => {
    await openOverview();
    const foreignCapital = within(region('主要预期目标')).getByRole('article', { name: '实际使用外资' });
    expect(foreignCapital).toHaveTextContent('(研判)');
    expect(foreignCapital).toHaveTextContent('量稳质升');
  });

  it('lists the ten campaign actions in the order of the plan, each with its indicators counted by status', async () => {
    await openOverview();
    const actions = within(region('“1310”工作体系')).getByRole('list', { name: '十项攻坚行动' });
    const items = within(actions)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === actions);
    expect(items.map((item) => within(item).getAllByRole('link')[0]?.textContent)).toEqual([
      '产业转型升级',
      '招商引资突破',
      '企业梯次培育',
      '项目建设提速',
      '科技创新赋能',
      '文旅深度融合',
      '精致城乡建设',
      '增进民生福祉',
      '强化基层治理',
      '安全稳定护航',
    ]);
    const counts = within(items[1] as HTMLElement).getByRole('list', { name: '指标状态' });
    expect(within(counts).getAllByRole('listitem').length).toBeGreaterThan(0);
    for (const count of within(counts).getAllByRole('listitem'))
      expect(count.textContent).toMatch(/^\d+ \S+/);
  });

  it('says in words beside every light what the status is', async () => {
    await openOverview();
    const lights = document.querySelectorAll('[data-status]');
    expect(lights.length).toBeGreaterThan(7);
    for (const light of lights) {
      const word = light.textContent?.replace('(研判)', '');
      expect(statusWords).toContain(word);
    }
  });

  it('reveals the source sentence of an indicator in one click on 原文', async () => {
    const { user } = await openOverview();
    const table = region('全部指标');
    const row = within(table).getByRole('link', { name: '固定资产投资' }).closest('tr') as HTMLElement;
    expect(within(table).queryByText('固定资产投资增长8%')).not.toBeInTheDocument();
    const button = within(row).getByRole('button', { name: /原文/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(within(table).getByText('固定资产投资增长8%')).toBeVisible();
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('narrows the table to one action when it is chosen, and puts the choice in the address', async () => {
    const { user, location } = await openOverview();
    const table = region('全部指标');
    expect(within(table).getByRole('heading', { level: 3, name: '主要预期目标' })).toBeInTheDocument();
    await user.selectOptions(within(table).getByLabelText('攻坚行动'), '2. 招商引资突破');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['2. 招商引资突破']),
    );
    expect(within(table).getByRole('link', { name: '新落地过10亿元项目' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: '固定资产投资' })).not.toBeInTheDocument();
    expect(new URLSearchParams(location().search).get('action')).toBe('investment-attraction');

    await user.click(within(table).getByRole('button', { name: '清除筛选' }));
    expect(await within(table).findByRole('heading', { level: 3, name: '主要预期目标' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: '固定资产投资' })).toBeInTheDocument();
    expect(location().search).toBe('');
  });

  it('narrows the table to an action chosen in the 1310 frame', async () => {
    const { user, location } = await openOverview();
    const actions = within(region('“1310”工作体系')).getByRole('list', { name: '十项攻坚行动' });
    await user.click(within(actions).getByRole('link', { name: '项目建设提速' }));
    expect(new URLSearchParams(location().search).get('action')).toBe('project-construction');
    const table = region('全部指标');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['4. 项目建设提速']),
    );
  });

  it('opens a shared link with its filters applied, the behind ones with those missed after their deadline', async () => {
    await openOverview('/?asOf=2024-10&status=behind');
    const table = region('全部指标');
    expect(within(table).getByLabelText('状态')).toHaveValue('behind');
    const statuses = [...table.querySelectorAll('tbody tr:not([hidden]) [data-status]')].map(
      (badge) => badge.textContent,
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['滞后', '未完成']));
  });

  it('asks the server for the figures known at the end of a chosen month', async () => {
    const { user, location } = await openOverview();
    await user.selectOptions(screen.getByLabelText('数据截至'), '截至2024年3月末所报');
    expect(
      await screen.findByRole('option', { name: '截至2024年3月末所报', selected: true }),
    ).toBeInTheDocument();
    await waitFor(() => expect(requested).toContain('/api/plans/weihai-hitech-2024?asOf=2024-03'));
    expect(new URLSearchParams(location().search).get('asOf')).toBe('2024-03');
    const investment = within(region('主要预期目标')).getByRole('article', { name: '固定资产投资' });
    await waitFor(() => expect(investment).toHaveTextContent('截至2024年3月'));
  });

  it('explains a failed load in words and loads again on 重试', async () => {
    server.use(serverError());
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错,请稍后重试');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: '2024年目标总览' })).toBeInTheDocument();
  });

  it('says the server cannot be reached when the network is down', async () => {
    server.use(http.all('*/api/*', () => HttpResponse.error()));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器,请检查网络后重试');
  });

  it('says there is no plan yet when the database is empty', async () => {
    server.use(emptyPlan());
    renderApp('/');
    expect(await screen.findByText('尚无规划数据')).toBeInTheDocument();
  });

  it('switches to English and remembers the choice', async () => {
    const { user, unmount } = await openOverview();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Targets for 2024' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Main expected targets' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-US');
    expect(localStorage.getItem(localeStorageKey)).toContain('en-US');
    unmount();

    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Targets for 2024' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });
});
