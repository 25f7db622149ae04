/**
 * The indicator page (`/indicators/:indicatorId?asOf=`): one indicator at the as-of period, with
 * its chart, table, projection and source. Loaded lazily, so the chart code stays out of the
 * overview's first load.
 */
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { defaultAsOfPeriod } from '../../domain/asOf';
import { todayInChina } from '../../domain/period';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { useIndicator } from '../../lib/api/get-indicator';
import { useFigureViewParam } from '../../lib/figureViewParam';
import { IndicatorNotFound } from './IndicatorNotFound';
import { IndicatorView } from './IndicatorView';
import { useAsOfParam } from '../../lib/useAsOfParam';
import './indicator.css';

/** An id the API does not know, or one that cannot be an id at all. */
function isUnknownIndicator(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'notFound' || error.code === 'invalidParameter');
}

export default function IndicatorPage() {
  const { indicatorId = '' } = useParams();
  const asOfParam = useAsOfParam();
  const figures = useFigureViewParam();
  const indicatorQuery = useIndicator(indicatorId, asOfParam, figures);
  // The plan as known now: its year, its source document and the default as-of period the
  // overview opens at (the latest month with any figure), so both pages stand at the same month.
  const latestPlanQuery = usePlanTree(indicatorQuery.data?.indicator.planId, undefined, figures);

  const failed = indicatorQuery.isError ? indicatorQuery : latestPlanQuery.isError ? latestPlanQuery : null;
  if (failed) {
    if (isUnknownIndicator(failed.error)) return <IndicatorNotFound />;
    return (
      <section className="page indicator-page">
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      </section>
    );
  }
  const response = indicatorQuery.data;
  const latestPlan = latestPlanQuery.data;
  if (!response || !latestPlan || latestPlan.plan.id !== response.indicator.planId) {
    return (
      <section className="page indicator-page">
        <LoadingState blocks={4} />
      </section>
    );
  }
  const { plan, values } = latestPlan;
  const asOfPeriod = asOfParam ?? defaultAsOfPeriod(values, plan.year, todayInChina());
  return <IndicatorView response={response} plan={plan} asOfPeriod={asOfPeriod} />;
}
