import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ValueBatchBody } from '../../api/valuesContract';
import { errorBody } from '../../../server/http/errors';
import { buildSeed } from '../../../server/seed';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
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
  recordedBy = '李明',
): IndicatorValue => ({
  indicatorId,
  period: '2024-06',
  value,
  judgement: null,
  achievedOn: null,
  note: null,
  source: '统计月报',
  isDemo: false,
  recordedBy,
  recordedAt: '2024-07-10T02:00:00.000Z',
  version,
});

const rows: GridRow[] = [
  {
    indicator: indicatorOf('industrial-value-added-growth'),
    current: figure('industrial-value-added-growth', 9.1, 2),
  },
  { indicator: indicatorOf('public-budget-revenue-growth'), current: null },
];

const sentBodies: ValueBatchBody[] = [];
let answers: ((body: ValueBatchBody) => Response)[] = [];
const server = setupServer(
  http.post(`*/api/plans/${planId}/values`, async ({ request }) => {
    const body = (await request.json()) as ValueBatchBody;
    sentBodies.push(body);
    const answer = answers.shift();
    if (!answer) throw new Error('no answer prepared');
    return answer(body);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetLocale();
  sentBodies.length = 0;
  answers = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function saved(body: ValueBatchBody): Response {
  return HttpResponse.json({
    saved: body.writes.map((write) => ({
      ...figure(write.indicatorId, write.value ?? 0, (write.expectedVersion ?? 0) + 1),
      note: write.note,
      source: write.source ?? null,
    })),
    batchId: 'batch-1',
  });
}

function theirsWon(): Response {
  const current = figure('industrial-value-added-growth', 9.4, 3, '王芳');
  return HttpResponse.json(
    errorBody('conflict', 'zh-CN', {
      current: {
        conflicts: [
          {
            indicatorId: current.indicatorId,
            period: '2024-06',
            current,
            mine: {
              indicatorId: current.indicatorId,
              value: 9.5,
              note: '',
              source: '统计月报',
              expectedVersion: 2,
            },
          },
        ],
      },
    }),
    { status: 409 },
  );
}

function renderGrid() {
  return renderWithProviders(<PeriodGridView planId={planId} period="2024-06" rows={rows} />);
}

const cell = (name: RegExp) => screen.getByRole<HTMLInputElement>('textbox', { name });

describe('the entry grid', () => {
  it('fills down and to the right from the focused cell when a block from Excel is pasted', async () => {
    const { user } = renderGrid();
    await user.click(cell(/规模以上工业增加值.*本期数值/));
    await user.paste('9.3\t按快报\n5.2\t初步数\n');

    expect(cell(/规模以上工业增加值.*本期数值/)).toHaveValue('9.3');
    expect(cell(/规模以上工业增加值.*说明/)).toHaveValue('按快报');
    expect(cell(/一般公共预算收入.*本期数值/)).toHaveValue('5.2');
    expect(cell(/一般公共预算收入.*说明/)).toHaveValue('初步数');
    expect(screen.getByText('已修改 2 项')).toBeInTheDocument();
  });

  it('refuses a pasted "7,9" as a decimal comma, suggesting 7.9, and sends nothing', async () => {
    const { user } = renderGrid();
    await user.click(cell(/规模以上工业增加值.*本期数值/));
    await user.paste('9.3\t\n7,9\t\n');

    expect(cell(/一般公共预算收入.*本期数值/)).toHaveAccessibleDescription(
      '小数请用小数点，应写作 7.9（逗号不作小数点）',
    );
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert')).toHaveTextContent('有 1 个单元格需要修改后才能保存');
    expect(sentBodies).toEqual([]);
  });

  it('holds back a figure ten times its history until the note says why, then sends the note as the reason', async () => {
    answers = [saved];
    const withHistory: GridRow[] = rows.map((row) => ({
      ...row,
      history: [{ period: '2024-05', value: row.indicator.id === 'public-budget-revenue-growth' ? 5.1 : 9 }],
    }));
    const { user } = renderWithProviders(
      <PeriodGridView planId={planId} period="2024-06" rows={withHistory} />,
    );
    await user.type(cell(/一般公共预算收入.*本期数值/), '51');

    expect(cell(/一般公共预算收入.*本期数值/)).toHaveAccessibleDescription(
      '与2024年5月的 5.1% 相差过大，请核实；如确属实，请在说明栏写明原因',
    );
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(sentBodies).toEqual([]);

    await user.type(cell(/一般公共预算收入.*说明/), '税收清缴集中入库');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/已保存/)).toBeInTheDocument();
    expect(sentBodies[0]?.writes).toEqual([
      expect.objectContaining({ value: 51, confirmation: { reason: '税收清缴集中入库' } }) as unknown,
    ]);
  });

  it('moves down with Enter and says beneath a cell which rule it breaks', async () => {
    const { user } = renderGrid();
    await user.click(cell(/规模以上工业增加值.*本期数值/));
    await user.keyboard('{Enter}');
    expect(cell(/一般公共预算收入.*本期数值/)).toHaveFocus();

    await user.keyboard('500');
    expect(cell(/一般公共预算收入.*本期数值/)).toHaveAccessibleDescription('应在 -50 到 200 之间');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert')).toHaveTextContent('有 1 个单元格需要修改后才能保存');
    expect(sentBodies).toEqual([]);
  });

  it('shows both figures when someone else saved first, and keeping mine saves it on top of theirs', async () => {
    answers = [theirsWon, saved];
    const { user } = renderGrid();
    await user.clear(cell(/规模以上工业增加值.*本期数值/));
    await user.type(cell(/规模以上工业增加值.*本期数值/), '9.5');
    await user.click(screen.getByRole('button', { name: '保存' }));

    const dialog = await screen.findByRole('dialog', { name: '数据已被他人修改' });
    expect(within(dialog).getByText('你的值').nextElementSibling).toHaveTextContent('9.5%');
    const theirs = within(dialog).getByText('他人的值').nextElementSibling;
    expect(theirs).toHaveTextContent('9.4%');
    expect(theirs).toHaveTextContent('王芳 于 2024年7月10日 10:00 保存');
    expect(within(dialog).getByRole('button', { name: '保留我的' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: '保留我的' }));

    expect(await screen.findByText('已保存 1 项')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      sentBodies.map((body) => body.writes.map((write) => [write.value, write.expectedVersion])),
    ).toEqual([[[9.5, 2]], [[9.5, 3]]]);
  });

  it('drops my figure when I take theirs, and sends nothing more', async () => {
    answers = [theirsWon];
    const { user } = renderGrid();
    await user.clear(cell(/规模以上工业增加值.*本期数值/));
    await user.type(cell(/规模以上工业增加值.*本期数值/), '9.5');
    await user.click(screen.getByRole('button', { name: '保存' }));

    const dialog = await screen.findByRole('dialog', { name: '数据已被他人修改' });
    await user.click(within(dialog).getByRole('button', { name: '采用他人的' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cell(/规模以上工业增加值.*本期数值/)).toHaveValue('9.1');
    expect(sentBodies).toHaveLength(1);
  });
});
