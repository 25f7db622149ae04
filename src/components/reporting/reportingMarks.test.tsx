/**
 * The marks of the reporting cycle on the official screens: 待审核 beside a figure still waiting
 * for review (when the reader asks to include those) on the brief, the slides and the indicator
 * page; 待说明 on the overview's cards for a lagging target that owes its reason.
 */
import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { mockApp } from '../../../mocks/mockApp';
import { buildSeed } from '../../../server/seed';
import type { IndicatorValue } from '../../domain/model';
import { renderApp, resetLocale } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 20_000 });

const planId = buildSeed({ demo: false }).plan.id;
const pendingIndicator = 'industrial-value-added-growth';

/** The latest figure of the indicator, as waiting for review; the plan, as reviewing figures. */
function withPendingFigure(values: IndicatorValue[]): IndicatorValue[] {
  const latest = values
    .filter((value) => value.indicatorId === pendingIndicator)
    .reduce<string | null>(
      (found, value) => (found === null || value.period > found ? value.period : found),
      null,
    );
  return values.map((value) =>
    value.indicatorId === pendingIndicator && value.period === latest
      ? {
          ...value,
          review: {
            state: 'submitted',
            comment: null,
            changedBy: '李明',
            changedAt: '2024-12-09T02:00:00.000Z',
          },
        }
      : value,
  );
}

/**
 * The mock as a plan under review would answer: figures waiting for review only when asked for
 * (`figures=withPending`), and never in the official view.
 */
const underReview = [
  http.get(/\/api\/(plans\/[^/]+|indicators\/[^/]+)$/, async ({ request }) => {
    const answer = await (await mockApp()).fetch(request);
    if (!answer.ok) return answer;
    const body = (await answer.json()) as { plan?: object; values: IndicatorValue[] };
    const pending = new URL(request.url).searchParams.get('figures') === 'withPending';
    return HttpResponse.json({
      ...body,
      ...(body.plan ? { plan: { ...body.plan, reviewFigures: true } } : {}),
      values: pending ? withPendingFigure(body.values) : body.values,
    });
  }),
];

const server = createMockServer(...underReview);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetLocale());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('待审核 beside a figure waiting for review', { timeout: 40_000 }, () => {
  it('shows on the brief when the reader includes pending figures, and not in the official brief', async () => {
    renderApp(`/plans/${planId}/brief?pending=1`);
    const row = (await screen.findByRole('rowheader', { name: '规模以上工业增加值' })).closest('tr');
    expect(within(row as HTMLElement).getByText('待审核')).toBeVisible();
    expect(screen.getAllByText('待审核')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: '显示待审核数据' })).toBeChecked();
  });

  it('is absent from the brief of reviewed figures only', async () => {
    renderApp(`/plans/${planId}/brief`);
    await screen.findByRole('rowheader', { name: '规模以上工业增加值' });
    expect(screen.getByText('仅显示已审核数据。')).toBeVisible();
    expect(screen.queryByText('待审核')).toBeNull();
  });

  it('shows on the slide of the indicator', async () => {
    renderApp(`/plans/${planId}/present/indicator-${pendingIndicator}?pending=1`);
    const slide = await screen.findByRole('article', { name: '规模以上工业增加值' });
    expect(within(slide).getByText('待审核')).toBeVisible();
  });

  it('shows on the indicator page, beside the figure and in its row of the table', async () => {
    renderApp(`/plans/${planId}/indicators/${pendingIndicator}?pending=1`);
    await screen.findByRole('heading', { level: 1, name: /规模以上工业增加值/ });
    expect(await screen.findAllByText('待审核')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: '显示待审核数据' })).toBeChecked();
  });
});

/** A reason filed for every indicator of the plan, for every month of the year. */
function everyReasonFiled() {
  const months = Array.from({ length: 12 }, (_, index) => `2024-${String(index + 1).padStart(2, '0')}`);
  const explanations = buildSeed({ demo: false }).indicators.flatMap((indicator) =>
    months.map((period) => ({
      planId,
      indicatorId: indicator.id,
      period,
      cause: '外需回落',
      measures: [{ text: '加快项目投产', targetDate: '2024-12-31' }],
      department: '区统计局',
      version: 1,
      filedBy: 'u1',
      filedByName: '李明',
      filedAt: '2024-07-05T02:00:00.000Z',
      updatedBy: 'u1',
      updatedByName: '李明',
      updatedAt: '2024-07-05T02:00:00.000Z',
    })),
  );
  return http.get(/\/api\/plans\/[^/]+\/explanations$/, () => HttpResponse.json({ explanations }));
}

async function mainTargetCards(): Promise<HTMLElement> {
  renderApp(`/plans/${planId}/?asOf=2024-06`);
  const heading = await screen.findByRole('heading', { level: 2, name: '主要预期目标' });
  return heading.closest('section') as HTMLElement;
}

describe('待说明 on the overview', { timeout: 40_000 }, () => {
  it('marks the card of a lagging main target whose department owes the reason', async () => {
    const cards = await mainTargetCards();
    const owed = await within(cards).findAllByText('待说明');
    const card = owed[0]?.closest('article');
    expect(card).not.toBeNull();
    expect(within(card as HTMLElement).getByText(/滞后|未完成/)).toBeVisible();
  });

  it('says 已说明 instead once the reason is filed', async () => {
    server.use(everyReasonFiled());
    const cards = await mainTargetCards();
    expect((await within(cards).findAllByText('已说明')).length).toBeGreaterThan(0);
    expect(within(cards).queryByText('待说明')).toBeNull();
  });
});
