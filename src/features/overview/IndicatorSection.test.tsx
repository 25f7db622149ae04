import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildLargeSeed } from '../../../scripts/bench/largePlan';
import { renderWithProviders } from '../../app/testing/renderApp';
import { evaluatePlan } from '../../lib/plan/evaluatePlan';
import { IndicatorSection } from './IndicatorSection';
import { rowsDrawnFirst } from './useRowsDrawn';

const indicatorCount = 150;
const seed = buildLargeSeed(indicatorCount);
const evaluations = evaluatePlan(seed.indicators, seed.values, { year: 2024, asOfPeriod: '2024-10' });
const plan = { ...seed.plan, reviewFigures: false };

function openTable(route = '/') {
  return renderWithProviders(
    <IndicatorSection
      plan={plan}
      indicators={seed.indicators}
      workItems={seed.workItems}
      evaluations={evaluations}
      asOfParam={undefined}
    />,
    route,
  );
}

const section = () => screen.getByRole('region', { name: '全部指标' });
/** The indicators' rows, found as a table's body rows (a role query over hundreds of rows is slow). */
const rowsDrawn = () => [...section().querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('the table of every indicator of a long plan', { timeout: 60_000 }, () => {
  it('draws its first rows at once, says how many are still to come, then draws them all', async () => {
    const lastAction = [...plan.actions].sort((a, b) => a.order - b.order).at(-1)!;
    const lastHeading = { level: 3, name: `${lastAction.order}. ${lastAction.name.zh}` };
    openTable();
    // The table fills in from the top: a later action is not shown as if it had no indicators.
    expect(within(section()).queryByRole('heading', lastHeading)).toBeNull();
    expect(screen.getByText(`共${indicatorCount}项指标`)).toBeInTheDocument();
    expect(rowsDrawn().length).toBeLessThan(indicatorCount);
    expect(rowsDrawn().length).toBeGreaterThanOrEqual(rowsDrawnFirst);
    expect(section().querySelector('[aria-busy="true"]')).toContainElement(rowsDrawn()[0]!);
    expect(screen.getByText(/^其余\d+项指标正在列出…$/)).toBeInTheDocument();

    await waitFor(() => expect(rowsDrawn()).toHaveLength(indicatorCount), { timeout: 30_000 });
    expect(section().querySelector('[aria-busy="true"]')).toBeNull();
    expect(screen.queryByText(/正在列出/)).toBeNull();
    expect(within(section()).getByRole('heading', lastHeading)).toBeInTheDocument();
    const lastAdded = seed.indicators.at(-1)!.name.zh;
    expect(within(section()).getByRole('link', { name: lastAdded })).toBeInTheDocument();
  });

  it('shows the rows of an action filtered for at once, wherever the action stands in the table', () => {
    const last = [...plan.actions].sort((a, b) => a.order - b.order).at(-1)!;
    openTable(`/?action=${last.id}`);
    const shown = seed.indicators.filter((indicator) => indicator.actionId === last.id);
    expect(shown.length).toBeGreaterThan(0);
    expect(screen.getByText(`共${shown.length}项指标`)).toBeInTheDocument();
    const visibleRows = rowsDrawn().filter((row) => !row.hidden);
    expect(visibleRows).toHaveLength(Math.min(shown.length, rowsDrawnFirst));
  });

  it('draws every row before it is printed', () => {
    openTable();
    expect(rowsDrawn().length).toBeLessThan(indicatorCount);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(rowsDrawn()).toHaveLength(indicatorCount);
  });
});
