/** The loaded indicator page: every part reads the same evaluation at the same as-of period. */
import type { IndicatorResponse } from '../../api/contract';
import { PendingFiguresSwitch } from '../../components/PendingFiguresSwitch';
import { PendingFiguresProvider } from '../../lib/pendingFigures';
import { recordsKnownAt } from '../../domain/asOf';
import type { EvaluationContext } from '../../domain/evaluation';
import type { Period, PlanSummary } from '../../domain/model';
import { evaluateIndicator } from '../../domain/status';
import { planContext, valuesByIndicator } from '../../lib/plan/evaluatePlan';
import { ForecastPanel } from './ForecastPanel';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorDetails } from './IndicatorDetails';
import { IndicatorHeader } from './IndicatorHeader';
import { useIndicatorSlots } from './indicatorSlots';
import { IndicatorValuesTable } from './IndicatorValuesTable';
import { projectionSegment, reportedPeriods } from '../../lib/chart/indicatorSeries';
import { JudgementTable } from './JudgementTable';
import { MilestoneStatus } from './MilestoneStatus';
import { ProgressSummary } from './ProgressSummary';

interface IndicatorViewProps {
  response: IndicatorResponse;
  /** The plan, with its reporting due day where it sets one. */
  plan: PlanSummary & { reportingDueDay?: number | null | undefined };
  asOfPeriod: Period;
}

export function IndicatorView({ response, plan, asOfPeriod }: IndicatorViewProps) {
  const { indicator, action, values, yardsticks } = response;
  const { Entry, DefinitionEditor, History, Accountability } = useIndicatorSlots();
  // A relative target reads its yardstick (全省, 经济增长) from what the page was sent with it.
  const context: EvaluationContext = planContext(
    plan.year,
    asOfPeriod,
    yardsticks.indicators,
    valuesByIndicator(yardsticks.values),
    yardsticks.benchmarks,
  );
  const evaluation = evaluateIndicator(indicator, values, context);
  const records = recordsKnownAt(indicator.id, values, context);
  const projection = projectionSegment(evaluation, context.year);
  const periods = reportedPeriods(indicator, records, context.year);
  const numeric = indicator.kind !== 'qualitative' && indicator.kind !== 'milestone';

  return (
    <PendingFiguresProvider values={values}>
      <article className="page indicator-page">
        <IndicatorHeader
          indicator={indicator}
          action={action}
          evaluation={evaluation}
          asOfPeriod={context.asOfPeriod}
          plan={plan}
        />
        <PendingFiguresSwitch reviewFigures={plan.reviewFigures} />
        {indicator.kind === 'milestone' ? (
          <MilestoneStatus indicator={indicator} records={records} />
        ) : (
          <ProgressSummary indicator={indicator} evaluation={evaluation} />
        )}
        {numeric ? (
          <>
            <IndicatorChart
              indicator={indicator}
              records={records}
              projection={projection}
              context={context}
              status={evaluation.status}
            />
            <IndicatorValuesTable
              indicator={indicator}
              periods={periods}
              projection={projection}
              evaluation={evaluation}
              asOfPeriod={context.asOfPeriod}
            />
            {indicator.kind === 'rank' ? null : (
              <ForecastPanel indicator={indicator} evaluation={evaluation} />
            )}
          </>
        ) : null}
        {indicator.kind === 'qualitative' ? (
          <JudgementTable indicator={indicator} periods={periods} asOfPeriod={context.asOfPeriod} />
        ) : null}
        <Accountability
          indicator={indicator}
          evaluation={evaluation}
          values={values}
          plan={plan}
          asOfPeriod={context.asOfPeriod}
        />
        <Entry indicator={indicator} planYear={plan.year} />
        <IndicatorDetails indicator={indicator} records={records} evaluation={evaluation} plan={plan} />
        <DefinitionEditor indicator={indicator} planYear={plan.year} />
        <History indicator={indicator} />
      </article>
    </PendingFiguresProvider>
  );
}
