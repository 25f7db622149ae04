import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ValueFormBody } from '../../api/valuesContract';
import { buildSeed } from '../../../server/seed';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { ValueEntryForm } from './ValueEntryForm';

const seed = buildSeed({ demo: true });
const growth = seed.indicators.find(
  (indicator) => indicator.id === 'industrial-value-added-growth',
) as Indicator;
const february: IndicatorValue = {
  indicatorId: growth.id,
  period: '2024-02',
  value: 9.2,
  judgement: null,
  achievedOn: null,
  note: null,
  source: null,
  isDemo: false,
  recordedBy: '李明',
  recordedAt: '2024-03-10T02:00:00.000Z',
  version: 1,
};

const sent: ValueFormBody[] = [];
const server = setupServer(
  http.put(`*/api/indicators/${growth.id}/values/:period`, async ({ request, params }) => {
    const body = (await request.json()) as ValueFormBody;
    sent.push(body);
    return HttpResponse.json({
      saved: [{ ...february, period: String(params.period), value: body.value, version: 1 }],
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

async function renderForMarch() {
  const rendered = renderWithProviders(
    <ValueEntryForm indicator={growth} planYear={2024} figures={[february]} />,
  );
  await rendered.user.selectOptions(screen.getByRole('combobox', { name: '期间' }), '2024-03');
  return rendered;
}

describe('checks on entry in the form', () => {
  it('refuses "9,5" with a message suggesting 9.5, and sends nothing', async () => {
    const { user } = await renderForMarch();
    await user.type(screen.getByRole('textbox', { name: /^数值/ }), '9,5');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('小数请用小数点，应写作 9.5（逗号不作小数点）')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('refuses "5.5%" typed with its unit, asking for the number only', async () => {
    const { user } = await renderForMarch();
    await user.type(screen.getByRole('textbox', { name: /^数值/ }), '5.5%');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('请只填数字，不带单位：5.5')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('stops a jump from 9.2 % to 95 % until a reason is given, and sends the reason with the figure', async () => {
    const { user } = await renderForMarch();
    await user.type(screen.getByRole('textbox', { name: /^数值/ }), '95');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(
      await screen.findByText('与2024年2月的 9.2% 相差过大，请核实；如确属实，请填写确认原因'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: '确认原因（数据与以往相差过大）' }), '口径调整');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/^已保存/)).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({ value: 95, confirmation: { reason: '口径调整' } }) as unknown,
    ]);
  });

  it('saves a figure near its history without asking for a reason', async () => {
    const { user } = await renderForMarch();
    await user.type(screen.getByRole('textbox', { name: /^数值/ }), '9.5');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/^已保存/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /确认原因/ })).not.toBeInTheDocument();
    expect(sent).toEqual([expect.objectContaining({ value: 9.5 }) as unknown]);
    expect(sent[0]).not.toHaveProperty('confirmation');
  });
});
