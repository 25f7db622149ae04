/**
 * One plan's overview at an as-of period. Without a period in the address it stands at the
 * default: the latest month with figures, not after today in China.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { asksForExplanation } from '../../domain/accountability/explanations';
import { defaultAsOfPeriod } from '../../domain/asOf';
import { todayInChina } from '../../domain/period';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { useFigureViewParam } from '../../lib/figureViewParam';
import { ExplanationsProvider } from '../../lib/explanationStates';
import { PendingFiguresProvider } from '../../lib/pendingFigures';
import { evaluatePlan } from '../../lib/plan/evaluatePlan';
import { OverviewContent } from './OverviewContent';
import { useOverviewSearch } from './useOverviewSearch';

export function PlanOverview({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { asOf } = useOverviewSearch();
  const figures = useFigureViewParam();
  const tree = usePlanTree(planId, asOf, figures);
  const latest = usePlanTree(planId, undefined, figures);

  const year = tree.data?.plan.year;
  const defaultPeriod = useMemo(
    () =>
      latest.data ? defaultAsOfPeriod(latest.data.values, latest.data.plan.year, todayInChina()) : undefined,
    [latest.data],
  );
  const asOfPeriod = asOf ?? defaultPeriod;
  const evaluations = useMemo(
    () =>
      tree.data && year !== undefined && asOfPeriod
        ? evaluatePlan(tree.data.indicators, tree.data.values, { year, asOfPeriod }, tree.data.benchmarks)
        : undefined,
    [tree.data, year, asOfPeriod],
  );

  const failed = tree.isError ? tree : latest.isError ? latest : null;
  if (failed && (!tree.data || !defaultPeriod)) {
    return (
      <div className="page">
        <h1 className="page__title">{t('app.overview')}</h1>
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      </div>
    );
  }
  if (!tree.data || !evaluations || !asOfPeriod || !defaultPeriod) {
    return (
      <div className="page">
        <h1 className="page__title">{t('app.overview')}</h1>
        <LoadingState blocks={4} />
      </div>
    );
  }
  return (
    <PendingFiguresProvider values={tree.data.values}>
      <ExplanationsProvider
        planId={planId}
        asOfPeriod={asOfPeriod}
        anyLagging={[...evaluations.values()].some(({ status }) => asksForExplanation(status))}
      >
        <OverviewContent
          tree={tree.data}
          evaluations={evaluations}
          asOfPeriod={asOfPeriod}
          asOfParam={asOf}
          latestPeriod={defaultPeriod}
          updating={tree.isPlaceholderData}
        />
      </ExplanationsProvider>
    </PendingFiguresProvider>
  );
}
