import { screen } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ValueFormBody } from '../../api/valuesContract';
import { buildSeed } from '../../../server/seed';
import { blurControlsWhenDisabled } from '../../app/testing/focusFixup';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { ValueEntryForm } from './ValueEntryForm';

const seed = buildSeed({ demo: true });
const rank = seed.indicators.find((indicator) => indicator.id === 'foreign-capital-city-rank') as Indicator;
const juneRank: IndicatorValue = {
  indicatorId: rank.id,
  period: '2024-06',
  value: 2,
  judgement: null,
  achievedOn: null,
  note: null,
  source: '市商务局通报',
  isDemo: false,
  recordedBy: '李明',
  recordedAt: '2024-07-10T02:00:00.000Z',
  version: 4,
};

const sent: { period: string; body: ValueFormBody }[] = [];
const server = setupServer(
  http.put(`*/api/indicators/${rank.id}/values/:period`, async ({ request, params }) => {
    const body = (await request.json()) as ValueFormBody;
    sent.push({ period: String(params.period), body });
    return HttpResponse.json({
      saved: [
        {
          ...juneRank,
          period: String(params.period),
          value: body.value,
          version: (body.expectedVersion ?? 0) + 1,
        },
      ],
      batchId: 'batch-1',
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetLocale();
  sent.length = 0;
});
afterAll(() => server.close());

describe('the entry form of an indicator', () => {
  it('offers the quarter ends of the plan year and says what is stored for the chosen one', async () => {
    const { user } = renderWithProviders(
      <ValueEntryForm indicator={rank} planYear={2024} figures={[juneRank]} />,
    );
    const period = screen.getByRole('combobox', { name: '期间' });
    expect([...period.querySelectorAll('option')].map((option) => option.value)).toEqual([
      '2024-03',
      '2024-06',
      '2024-09',
      '2024-12',
    ]);

    await user.selectOptions(period, '2024-06');
    expect(screen.getByText('当前：第2名（李明，2024年7月10日 10:00）')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '数值（位次）' })).toHaveValue('2');
  });

  it('refuses a rank that is not a whole number, saying so beside the field, and sends nothing', async () => {
    const { user } = renderWithProviders(
      <ValueEntryForm indicator={rank} planYear={2024} figures={[juneRank]} />,
    );
    await user.type(screen.getByRole('textbox', { name: '数值（位次）' }), '1.5');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('请输入整数')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '数值（位次）' })).toHaveAccessibleDescription('请输入整数');
    expect(sent).toEqual([]);
  });

  it('corrects a stored figure at the version it was read, with a note', async () => {
    const { user } = renderWithProviders(
      <ValueEntryForm indicator={rank} planYear={2024} figures={[juneRank]} />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '期间' }), '2024-06');
    const value = screen.getByRole('textbox', { name: '数值（位次）' });
    await user.clear(value);
    await user.type(value, '1');
    await user.type(screen.getByRole('textbox', { name: '说明' }), '市里通报更正');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存2024年6月的数据')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        period: '2024-06',
        body: { value: 1, note: '市里通报更正', source: '市商务局通报', expectedVersion: 4 },
      },
    ]);
  });

  it('keeps the focus on the save button through a save, so the keyboard goes on from there', async () => {
    const stop = blurControlsWhenDisabled();
    // Answered a moment later, as a real server does: the form is seen saving.
    server.use(
      http.put(`*/api/indicators/${rank.id}/values/:period`, async ({ request, params }) => {
        await delay(50);
        const body = (await request.json()) as ValueFormBody;
        sent.push({ period: String(params.period), body });
        return HttpResponse.json({
          saved: [{ ...juneRank, value: body.value, version: 5 }],
          batchId: 'batch-2',
        });
      }),
    );
    try {
      const { user } = renderWithProviders(
        <ValueEntryForm indicator={rank} planYear={2024} figures={[juneRank]} />,
      );
      await user.selectOptions(screen.getByRole('combobox', { name: '期间' }), '2024-06');
      const value = screen.getByRole('textbox', { name: '数值（位次）' });
      await user.clear(value);
      await user.type(value, '3');
      const save = screen.getByRole('button', { name: '保存' });
      await user.click(save);

      expect(await screen.findByText('已保存2024年6月的数据')).toBeInTheDocument();
      expect(save).toHaveFocus();
      expect(sent).toHaveLength(1);
    } finally {
      stop();
      server.resetHandlers();
    }
  });
});
