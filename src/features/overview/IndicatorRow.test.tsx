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
