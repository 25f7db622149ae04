import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FigureReviewBody } from '../../api/figureReviewsContract';
import { buildSeed } from '../../../server/seed';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import type { FigureState } from '../../domain/figureReview';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { PeriodGridView } from './EntryGridPage';
import type { GridRow } from './gridModel';

const planId = 'weihai-hitech-2024';
const seed = buildSeed({ demo: true });
const indicatorOf = (id: string): Indicator => {
  const found = seed.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(id);
  return found;
};
const figure = (
  indicatorId: string,
  value: number,
  version: number,
  state: FigureState | null,
  comment: string | null = null,
): IndicatorValue => ({
  indicatorId,
  period: '2024-03',
  value,
  judgement: null,
  achievedOn: null,
  note: null,
  source: '统计月报',
  isDemo: false,
  recordedBy: '李明',
  recordedAt: '2024-04-08T02:00:00.000Z',
  version,
  review: state
    ? {
        state,
        comment,
        changedBy: state === 'returned' ? '统计局王芳' : '李明',
        changedAt: '2024-04-09T02:00:00.000Z',
      }
    : null,
});

const rows: GridRow[] = [
  {
    indicator: indicatorOf('industrial-value-added-growth'),
    current: figure('industrial-value-added-growth', 9.1, 2, 'draft'),
  },
  {
    indicator: indicatorOf('public-budget-revenue-growth'),
    current: figure('public-budget-revenue-growth', 5.2, 4, 'returned', '口径应为全口径，请核实'),
  },
  {
    indicator: indicatorOf('fixed-asset-investment-growth'),
    current: figure('fixed-asset-investment-growth', 6.3, 3, 'approved'),
  },
  {
    indicator: indicatorOf('retail-sales-growth'),
    current: figure('retail-sales-growth', 7, 1, 'submitted'),
  },
];

const reviewBodies: FigureReviewBody[] = [];
const server = setupServer(
  http.post(`*/api/plans/${planId}/figure-reviews`, async ({ request }) => {
    const body = (await request.json()) as FigureReviewBody;
    reviewBodies.push(body);
    return HttpResponse.json({
      changed: body.figures.map(({ indicatorId, expectedVersion }) =>
        figure(indicatorId, 1, expectedVersion + 1, 'submitted'),
      ),
      batchId: 'batch-1',
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetLocale();
  reviewBodies.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const rowOf = (name: RegExp) => {
  const header = screen.getByRole('rowheader', { name });
  return within(header.closest('tr') as HTMLElement);
};

describe('the entry grid of a plan whose figures are reviewed', () => {
  it('says in words where each figure is in the review, with the comment of one sent back', () => {
    renderWithProviders(<PeriodGridView planId={planId} period="2024-03" rows={rows} reviewFigures />);

    expect(screen.getByRole('columnheader', { name: '报送状态' })).toBeInTheDocument();
    expect(rowOf(/规模以上工业增加值/).getByText('草稿')).toBeInTheDocument();
    expect(rowOf(/一般公共预算收入/).getByText('已退回')).toBeInTheDocument();
    expect(
      rowOf(/一般公共预算收入/).getByText('退回意见（统计局王芳）：口径应为全口径，请核实'),
    ).toBeInTheDocument();
    expect(rowOf(/固定资产投资/).getByText('已审核')).toBeInTheDocument();
    expect(rowOf(/社会消费品零售总额/).getByText('已报送')).toBeInTheDocument();
  });

  it('submits the drafts and the figures sent back in one request, with the versions it read', async () => {
    const { user } = renderWithProviders(
      <PeriodGridView planId={planId} period="2024-03" rows={rows} reviewFigures />,
    );
    await user.click(screen.getByRole('button', { name: '报送草稿（2 项）' }));

    expect(await screen.findByText('已报送 2 项，等待审核')).toBeInTheDocument();
    expect(reviewBodies).toEqual([
      {
        action: 'submit',
        figures: [
          { indicatorId: 'industrial-value-added-growth', period: '2024-03', expectedVersion: 2 },
          { indicatorId: 'public-budget-revenue-growth', period: '2024-03', expectedVersion: 4 },
        ],
      },
    ]);
  });

  it('asks for unsaved changes to be saved as drafts before submitting, and submits nothing', async () => {
    const { user } = renderWithProviders(
      <PeriodGridView planId={planId} period="2024-03" rows={rows} reviewFigures />,
    );
    await user.type(screen.getByRole('textbox', { name: /一般公共预算收入.*本期数值/ }), '1');
    await user.click(screen.getByRole('button', { name: '报送草稿（2 项）' }));

    expect(screen.getByRole('alert')).toHaveTextContent('有未保存的修改：请先保存草稿，再报送。');
    expect(screen.getByRole('button', { name: '保存草稿' })).toBeInTheDocument();
    expect(reviewBodies).toEqual([]);
  });
});

describe('the entry grid of a plan whose figures are not reviewed', () => {
  it('shows no review state and offers no 报送: a saved figure counts at once', () => {
    renderWithProviders(<PeriodGridView planId={planId} period="2024-03" rows={rows} />);

    expect(screen.queryByRole('columnheader', { name: '报送状态' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /报送/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).toBeInTheDocument();
  });
});
