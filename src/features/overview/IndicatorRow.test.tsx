import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { renderWithProviders } from '../../app/testing/renderApp';
import { evaluatePlan } from '../../lib/plan/evaluatePlan';
import { IndicatorRow } from './IndicatorRow';

const seed = buildSeed({ demo: true });
const gdp = seed.indicators.find((indicator) => indicator.id === 'gdp-growth')!;
const evaluation = evaluatePlan(seed.indicators, seed.values, { year: 2024, asOfPeriod: '2024-10' }).get(
  gdp.id,
)!;

describe('an indicator row of the overview table', () => {
  it('folds its 原文 away with Esc and puts the focus back on the 原文 button', async () => {
    const { user } = renderWithProviders(
      <table>
        <tbody>
          <IndicatorRow
            indicator={gdp}
            evaluation={evaluation}
            locale="zh-CN"
            asOfParam={undefined}
            hidden={false}
          />
        </tbody>
      </table>,
    );
    const button = screen.getByRole('button', { name: /原文/ });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('blockquote')).toBeVisible();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('blockquote')).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe('the target column of the overview table', () => {
  it('reads a target relative to another indicator in the plan’s words, not as the margin over it', () => {
    const income = {
      ...gdp,
      id: 'income-growth',
      name: { zh: '居民人均可支配收入增速', en: 'Per-capita disposable income growth' },
      targetText: { zh: '与经济增长同步', en: 'in step with economic growth' },
      reference: { kind: 'indicator' as const, indicatorId: gdp.id },
      thresholds: [{ deadline: '2024-12-31', comparator: 'approx' as const, value: 0, band: 0.5 }],
    };
    renderWithProviders(
      <table>
        <tbody>
          <IndicatorRow
            indicator={income}
            evaluation={{ ...evaluation, indicatorId: income.id }}
            locale="zh-CN"
            asOfParam={undefined}
            hidden={false}
          />
        </tbody>
      </table>,
    );
    const row = screen.getByRole('row');
    expect(row).toHaveTextContent('与经济增长同步');
    expect(row).not.toHaveTextContent('0%左右');
  });
});
