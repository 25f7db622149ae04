import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedIndicators } from '../../../server/seed/indicators';
import { seedPlan } from '../../../server/seed/plan';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import { evaluateIndicator } from '../../domain/status';
import type { Indicator } from '../../domain/model';
import { useLocaleStore } from '../../stores/locale';
import { IndicatorCells } from './IndicatorCells';
import { PlanFrame } from './PlanFrame';

beforeEach(() => resetLocale());

const noEvaluations = new Map();

describe('the plan frame on the overview', () => {
  it('shows nothing for a plan drafted from a report, with no tasks or actions', () => {
    const drafted = { ...seedPlan, frameName: null, centralTasks: [], actions: [] };
    renderWithProviders(
      <PlanFrame plan={drafted} indicators={[]} workItems={[]} evaluations={noEvaluations} />,
    );
    expect(screen.queryByRole('heading', { name: '“1310”工作体系' })).toBeNull();
    expect(screen.queryByText('三大中心任务')).toBeNull();
  });

  it('keeps the “1310” frame for a plan with three tasks and ten actions', () => {
    renderWithProviders(
      <PlanFrame plan={seedPlan} indicators={[]} workItems={[]} evaluations={noEvaluations} />,
    );
    expect(screen.getByRole('heading', { name: '“1310”工作体系' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '十项攻坚行动' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '三大中心任务' })).toBeInTheDocument();
  });

  it('names another frame as the plan names it and counts its own actions, without tasks', () => {
    const fiveCampaigns = {
      ...seedPlan,
      frameName: { zh: '五大攻坚行动', en: 'Five campaigns' },
      centralTasks: [],
      actions: seedPlan.actions.slice(0, 5),
    };
    renderWithProviders(
      <PlanFrame plan={fiveCampaigns} indicators={[]} workItems={[]} evaluations={noEvaluations} />,
    );
    expect(screen.getByRole('heading', { name: '五大攻坚行动' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '五项攻坚行动' }).querySelectorAll(':scope > li')).toHaveLength(
      5,
    );
    expect(screen.queryByText(/中心任务/)).toBeNull();
  });

  it('counts in English words in the English overview', () => {
    useLocaleStore.getState().setLocale('en-US');
    const twoActions = {
      ...seedPlan,
      frameName: null,
      centralTasks: [],
      actions: seedPlan.actions.slice(0, 2),
    };
    renderWithProviders(
      <PlanFrame plan={twoActions} indicators={[]} workItems={[]} evaluations={noEvaluations} />,
    );
    expect(screen.getByRole('heading', { name: 'Work system' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Two campaign actions' })).toBeInTheDocument();
  });
});

describe('a measured target in the overview table', () => {
  const tonnes: Indicator = {
    ...seedIndicators.find((indicator) => indicator.kind === 'cumulativeAmount')!,
    id: 'grain-output',
    unit: 'measure',
    unitLabel: { zh: '万吨', en: '10k tonnes' },
    thresholds: [{ value: 180, comparator: 'gte', deadline: '2024-12-31' }],
  };

  it('writes the target and the unit column in the plan’s own unit, as the card does', () => {
    const evaluation = evaluateIndicator(tonnes, [], { year: 2024, asOfPeriod: '2024-10' });
    renderWithProviders(
      <table>
        <tbody>
          <tr>
            <IndicatorCells
              indicator={tonnes}
              evaluation={evaluation}
              locale="zh-CN"
              asOfParam={undefined}
              sourceShown={false}
              sourceId="grain-source"
              onToggleSource={() => {}}
            />
          </tr>
        </tbody>
      </table>,
    );
    const row = screen.getByRole('row');
    expect(within(row).getByText(/180万吨/)).toBeInTheDocument();
    expect(within(row).getByText('万吨')).toBeInTheDocument();
  });
});
