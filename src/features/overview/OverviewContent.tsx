/**
 * The overview's sections: the as-of choice; which targets are behind (counts by status and the
 * targets to look at first); the seven main targets; the "1310" frame; and the filtered table of
 * every indicator with the work items of each action.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTreeResponse } from '../../api/contract';
import { ReportingPlanContext } from '../../components/reporting/reportingPlan';
import { LoadingState } from '../../components/states/LoadingState';
import { WidgetErrorBoundary } from '../../components/states/WidgetErrorBoundary';
import type { Period } from '../../domain/model';
import { AsOfSelect } from '../../components/AsOfSelect';
import { PendingFiguresSwitch } from '../../components/PendingFiguresSwitch';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import { AttentionPanel } from './AttentionPanel';
import { IndicatorSection } from './IndicatorSection';
import { MainTargetCards } from './MainTargetCards';
import { useOverviewSlots } from './overviewSlots';
import { PlanFrame } from './PlanFrame';

interface OverviewContentProps {
  tree: PlanTreeResponse;
  evaluations: Evaluations;
  asOfPeriod: Period;
  /** The as-of period chosen in the address, if any; links carry it to other screens. */
  asOfParam: Period | undefined;
  /** The latest month the as-of choice offers. */
  latestPeriod: Period;
  /** True while another as-of period loads and the previous one is still shown. */
  updating: boolean;
}

export function OverviewContent({
  tree,
  evaluations,
  asOfPeriod,
  asOfParam,
  latestPeriod,
  updating,
}: OverviewContentProps) {
  const { t } = useTranslation('overview');
  const { ExportButtons } = useOverviewSlots();
  const { plan, indicators } = tree;
  // The table of every indicator lies below the first screen: it renders in a second, interruptible
  // pass, so the frame and the main targets paint first and the page never blocks for long.
  const tableReady = useDeferredValue(true, false);
  const mainTargets = useMemo(
    () => indicators.filter((indicator) => indicator.isMainTarget).sort((a, b) => a.order - b.order),
    [indicators],
  );

  return (
    <ReportingPlanContext value={plan}>
      <div className="page" aria-busy={updating}>
        <div className="page__header">
          <h1 className="page__title">{t('title', { year: plan.year })}</h1>
          <div className="header-tools">
            <AsOfSelect year={plan.year} value={asOfPeriod} latest={latestPeriod} updating={updating} />
            <ExportButtons planId={plan.id} asOf={asOfParam} />
          </div>
        </div>
        <PendingFiguresSwitch reviewFigures={plan.reviewFigures} />
        <WidgetErrorBoundary>
          <AttentionPanel
            indicators={indicators}
            values={tree.values}
            evaluations={evaluations}
            year={plan.year}
            asOfPeriod={asOfPeriod}
            asOfParam={asOfParam}
          />
        </WidgetErrorBoundary>
        <WidgetErrorBoundary>
          <MainTargetCards
            indicators={mainTargets}
            values={tree.values}
            evaluations={evaluations}
            year={plan.year}
            asOfPeriod={asOfPeriod}
            asOfParam={asOfParam}
          />
        </WidgetErrorBoundary>
        <WidgetErrorBoundary>
          <PlanFrame
            plan={plan}
            indicators={indicators}
            workItems={tree.workItems}
            evaluations={evaluations}
          />
        </WidgetErrorBoundary>
        <WidgetErrorBoundary>
          {tableReady ? (
            <IndicatorSection
              // Another plan's table fills in from its first rows again.
              key={plan.id}
              plan={plan}
              indicators={indicators}
              workItems={tree.workItems}
              evaluations={evaluations}
              asOfParam={asOfParam}
            />
          ) : (
            <LoadingState />
          )}
        </WidgetErrorBoundary>
      </div>
    </ReportingPlanContext>
  );
}
