import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { resetLocale, renderWithProviders } from '../../app/testing/renderApp';
import type { IndicatorValue, Period } from '../../domain/model';
import { evaluatePlan } from '../../lib/plan/evaluatePlan';
import { useLocaleStore } from '../../stores/locale';
import { AttentionPanel } from './AttentionPanel';
import { PlanFrame } from './PlanFrame';

const seed = buildSeed({ demo: true });
const year = seed.plan.year;
const asOfPeriod = `${year}-10` as Period;

function renderPanel(
  values: readonly IndicatorValue[] = seed.values,
  route = '/',
  indicators = seed.indicators,
) {
  const evaluations = evaluatePlan(seed.indicators, values, { year, asOfPeriod });
  const view = renderWithProviders(
    <AttentionPanel
      indicators={indicators}
      values={values}
      evaluations={evaluations}
      year={year}
      asOfPeriod={asOfPeriod}
      asOfParam={undefined}
    />,
    route,
  );
  return { ...view, evaluations };
}

function statusOf(evaluations: ReturnType<typeof evaluatePlan>, id: string) {
  return evaluations.get(id)?.status;
}

beforeEach(() => resetLocale());

describe('the first screen of the overview', { timeout: 30_000 }, () => {
  it('says in one line how many indicators stand at each status, 滞后 counting those missed after their deadline', () => {
    const { evaluations } = renderPanel();
    const counted = seed.indicators.filter(
      (indicator) => !indicator.retired && evaluations.has(indicator.id),
    );
    const count = (status: string) => counted.filter((i) => statusOf(evaluations, i.id) === status).length;
    const behind = count('behind') + count('missed');
    expect(behind).toBeGreaterThan(0);

    const line = screen.getByText(`${counted.length}项指标：`).closest('p')!;
    expect(line).toHaveTextContent(`滞后${behind}项`);
    if (count('missed') > 0)
      expect(line).toHaveTextContent(`滞后${behind}项（含未完成${count('missed')}项）`);
    if (count('needsAttention') > 0) expect(line).toHaveTextContent(`需关注${count('needsAttention')}项`);
    expect(line.textContent).toMatch(/。$/);
  });

  it('makes each count a link that narrows the indicator table to that status', () => {
    renderPanel(seed.values, '/?asOf=2024-10');
    const link = screen.getByRole('link', { name: /^滞后\d+项$/ });
    const address = new URL(link.getAttribute('href')!, 'http://board.test');
    expect(address.searchParams.get('status')).toBe('behind');
    expect(address.searchParams.get('asOf')).toBe('2024-10');
  });

  it('marks the count whose filter is already applied', () => {
    renderPanel(seed.values, '/?status=behind');
    expect(screen.getByRole('link', { name: /^滞后\d+项$/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: /^需关注\d+项$/ })).not.toHaveAttribute('aria-current');
  });

  it('lists the missed and behind targets before those that need attention, each with its status word', () => {
    const { evaluations } = renderPanel();
    const list = screen.getByRole('list', { name: '滞后和需关注的指标' });
    const words = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('[data-status]')!.getAttribute('data-status'));
    const rank = { missed: 0, behind: 1, needsAttention: 2 } as Record<string, number>;
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((word) => word! in rank)).toBe(true);
    expect([...words].sort((a, b) => rank[a!]! - rank[b!]!)).toEqual(words);
    const behindNames = seed.indicators
      .filter((i) => ['behind', 'missed'].includes(statusOf(evaluations, i.id) ?? ''))
      .map((i) => i.name.zh);
    const firstNames = within(list)
      .getAllByRole('link')
      .slice(0, behindNames.length)
      .map((link) => link.textContent);
    expect(new Set(firstNames)).toEqual(new Set(behindNames));
  });

  it('shows why a target is behind when its reporter gave a reason, and nothing where none was given', () => {
    const evaluations = evaluatePlan(seed.indicators, seed.values, { year, asOfPeriod });
    const behind = seed.indicators.find((i) => statusOf(evaluations, i.id) === 'behind')!;
    const latest = seed.values
      .filter((v) => v.indicatorId === behind.id && v.period <= asOfPeriod)
      .sort((a, b) => (a.period < b.period ? -1 : 1))
      .at(-1)!;
    const withReason = seed.values.map((v) =>
      v === latest ? Object.assign({}, v, { reason: '受大项目集中竣工影响，投资增速回落' }) : v,
    );
    renderPanel(withReason);
    const item = screen.getByRole('link', { name: behind.name.zh }).closest('li')!;
    expect(item).toHaveTextContent('原因受大项目集中竣工影响，投资增速回落');
    expect(screen.getAllByText('原因')).toHaveLength(1);
  });

  it('says so when no target is behind or needs attention', () => {
    const evaluations = evaluatePlan(seed.indicators, seed.values, { year, asOfPeriod });
    const faring = seed.indicators.filter(
      (i) => !['behind', 'missed', 'needsAttention'].includes(statusOf(evaluations, i.id) ?? ''),
    );
    renderPanel(seed.values, '/', faring);
    expect(screen.queryByRole('list', { name: '滞后和需关注的指标' })).toBeNull();
    expect(screen.getByText('没有滞后或需关注的指标。')).toBeVisible();
  });

  it('reads in English with no Chinese word in it', () => {
    useLocaleStore.setState({ locale: 'en-US' });
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Progress at a glance' });
    expect(panel).toHaveTextContent(/\d+ indicators: Behind \d+/);
    const withoutNames = [...panel.querySelectorAll('p, [data-status]')]
      .map((node) => node.textContent)
      .join(' ');
    expect(withoutNames).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('the "1310" frame on the overview', { timeout: 30_000 }, () => {
  it('folds away to its heading and opens again', async () => {
    const evaluations = evaluatePlan(seed.indicators, seed.values, { year, asOfPeriod });
    const { user } = renderWithProviders(
      <PlanFrame
        plan={seed.plan}
        indicators={seed.indicators}
        workItems={seed.workItems}
        evaluations={evaluations}
      />,
    );
    const goal = screen.getByText(seed.plan.goal.text.zh);
    expect(goal).toBeVisible();
    await user.click(screen.getByRole('button', { name: '收起 “1310”工作体系' }));
    expect(goal).not.toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '“1310”工作体系' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: '展开 “1310”工作体系' }));
    expect(goal).toBeVisible();
  });
});
