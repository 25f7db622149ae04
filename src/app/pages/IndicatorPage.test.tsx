import { buildSeed } from '../../../server/seed';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { serverError } from '../../../mocks/scenarios';
import { AppProviders } from '../AppProviders';
import { createQueryClient } from '../queryClient';
import { useLocaleStore } from '../../stores/locale';
import { projectionDash } from '../../lib/chart/chartColours';
import IndicatorPage from './IndicatorPage';

/** The seeded plan, whose screens these are. */
const seedPlanId = buildSeed({ demo: false }).plan.id;

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  useLocaleStore.getState().setLocale('zh-CN');
});
afterAll(() => server.close());

function OverviewStandIn() {
  const { search } = useLocation();
  return <p>overview{search}</p>;
}

function renderIndicatorPage(path: string) {
  return render(
    <MemoryRouter initialEntries={[`/plans/${seedPlanId}${path}`]}>
      <AppProviders queryClient={createQueryClient({ retryDelayMs: 0 })}>
        <Routes>
          <Route path="/plans/:planId/indicators/:indicatorId" element={<IndicatorPage />} />
          <Route path="/plans/:planId/" element={<OverviewStandIn />} />
        </Routes>
      </AppProviders>
    </MemoryRouter>,
  );
}

describe('the indicator page', { timeout: 30_000 }, () => {
  it('shows the GDP indicator with its 6% target, a chart and a table row per reported quarter', async () => {
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-09');

    expect(await screen.findByRole('heading', { level: 1, name: '地区生产总值' })).toBeInTheDocument();
    // No English in the Chinese page: the indicator's English name is for the English page.
    expect(screen.queryByText(/Gross domestic product/)).not.toBeInTheDocument();
    expect(screen.getByText('主要预期目标')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: '当前进度' });
    expect(within(summary).getByText('不低于6%（2024年12月31日前）')).toBeInTheDocument();
    expect(within(summary).getByText('6.2%')).toBeInTheDocument();
    expect(screen.getByText('截至 2024年9月')).toBeInTheDocument();

    const figure = screen.getByRole('figure', { name: /地区生产总值：各期实际值与目标/ });
    // The chart draws once it has measured its box, a render after the page's data arrives.
    await waitFor(
      () => expect(figure.querySelector('.recharts-wrapper > svg')).toHaveAttribute('aria-hidden', 'true'),
      {
        timeout: 15_000,
      },
    );
    expect(within(figure).getByText('预测')).toBeInTheDocument();
    expect(figure.querySelector(`path[name="预测"][stroke-dasharray="${projectionDash}"]`)).not.toBeNull();

    const table = screen.getByRole('table', { name: '地区生产总值各期数据（截至 2024年9月）' });
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rowHeaders).toEqual(['2024年3月', '2024年6月', '2024年9月', '2024年12月预测']);
    const june = within(table).getByRole('row', { name: /2024年6月/ });
    expect(within(june).getByText('6.3%')).toBeInTheDocument();
    expect(within(june).getByText('高于目标0.3个百分点')).toBeInTheDocument();
  });

  it('lists the year-end projection in the table labelled as a projection, with its method', async () => {
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-09');

    const table = await screen.findByRole('table', { name: /地区生产总值各期数据/ });
    const projectionRow = within(table).getByRole('row', { name: /2024年12月预测/ });
    expect(within(projectionRow).getByText('按近期趋势推算，不是实际数据')).toBeInTheDocument();

    const forecast = screen.getByRole('region', { name: '预测' });
    expect(within(forecast).getByText('按近期趋势推算')).toBeInTheDocument();
    expect(within(forecast).getByText('年末预测值')).toBeInTheDocument();
  });

  it('explains that a cumulative GDP growth rate gives no monthly pace, and never calls it reached', async () => {
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-09');

    const forecast = await screen.findByRole('region', { name: '预测' });
    expect(within(forecast).getByText(/累计增速不能按月相加/)).toBeInTheDocument();
    expect(within(forecast).queryByText(/已达到目标/)).toBeNull();
    expect(within(forecast).queryByText(/每季度/)).toBeNull();
  });

  it('quotes the source sentence and cites the source document', async () => {
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-09');

    const details = await screen.findByRole('region', { name: '指标说明' });
    expect(within(details).getByRole('blockquote')).toHaveTextContent('地区生产总值增长6%');
    expect(within(details).getByText('2023年度高区总结表彰大会召开')).toBeInTheDocument();
    // The data source, and the lead department the seed gives it from that source.
    expect(within(details).getAllByText('区统计局')).toHaveLength(2);
  });

  it('says the indicator was not found for an unknown id, with a link back to the overview', async () => {
    renderIndicatorPage('/indicators/no-such-indicator?asOf=2024-03');

    expect(await screen.findByRole('heading', { level: 1, name: '未找到该指标' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '返回总览' }));
    expect(screen.getByText('overview?asOf=2024-03')).toBeInTheDocument();
  });

  it('marks each judgement of a qualitative target as judged and draws no chart', async () => {
    renderIndicatorPage('/indicators/foreign-trade?asOf=2024-09');

    const table = await screen.findByRole('table', { name: /外贸进出口各期研判/ });
    expect(within(table).getAllByText(/\(研判\)/)).toHaveLength(3);
    expect(within(table).getByText(/三季度部分出口订单有所波动/)).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /各期实际值与目标/ })).not.toBeInTheDocument();
  });

  it('offers a retry when the indicator cannot be loaded, and shows it once the retry succeeds', async () => {
    server.use(serverError());
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-09');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: '地区生产总值' })).toBeInTheDocument();
  });

  it('shows a milestone as done with the day it was done, without a chart', async () => {
    renderIndicatorPage('/indicators/investment-expert-committee?asOf=2024-09');

    const completion = await screen.findByRole('region', { name: '完成情况' });
    expect(within(completion).getByText('已完成')).toBeInTheDocument();
    expect(within(completion).getByText('完成于 2024年3月15日')).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /各期实际值与目标/ })).not.toBeInTheDocument();
  });

  it('marks demo figures and flags figures older than the reporting frequency allows', async () => {
    renderIndicatorPage('/indicators/retail-sales-growth?asOf=2024-12');

    const table = await screen.findByRole('table', { name: /社会消费品零售总额各期数据/ });
    const october = within(table).getByRole('row', { name: /2024年10月/ });
    expect(within(october).getByText('示例')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: '指标说明' });
    expect(within(details).getByText('数据已过期')).toBeInTheDocument();
    expect(within(details).getByText('2024年10月31日 23:59')).toBeInTheDocument();
  });

  it('keeps the as-of period when going back to the overview', async () => {
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-06');

    const table = await screen.findByRole('table', { name: '地区生产总值各期数据（截至 2024年6月）' });
    expect(within(table).queryByRole('row', { name: /2024年9月/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '返回总览' }));
    expect(screen.getByText('overview?asOf=2024-06')).toBeInTheDocument();
  });

  it('shows English texts when the language is en-US', async () => {
    useLocaleStore.getState().setLocale('en-US');
    renderIndicatorPage('/indicators/gdp-growth?asOf=2024-09');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gross domestic product (GDP)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Main expected target')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Gross domestic product (GDP) by period (as of Sep 2024)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to overview' })).toBeInTheDocument();
  });
});
