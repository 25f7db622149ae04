/**
 * The first thing on the overview: which targets are behind, and why. A line of counts by status
 * (each a filter of the indicator table), then the targets missed, behind or needing attention.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import { summarizeStatuses, targetsToLookAt } from './attention';
import { StatusSummaryLine } from './StatusSummaryLine';
import { TargetsToLookAt } from './TargetsToLookAt';

interface AttentionPanelProps {
  indicators: readonly Indicator[];
  values: readonly IndicatorValue[];
  evaluations: Evaluations;
  year: number;
  asOfPeriod: Period;
  asOfParam: Period | undefined;
}

export const AttentionPanel = memo(function AttentionPanel({
  indicators,
  evaluations,
  ...listProps
}: AttentionPanelProps) {
  const { t } = useTranslation('overview');
  const summary = useMemo(() => summarizeStatuses(indicators, evaluations), [indicators, evaluations]);
  const targets = useMemo(() => targetsToLookAt(indicators, evaluations), [indicators, evaluations]);
  return (
    <section className="panel attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading" className="panel__title">
        {t('attention.heading')}
      </h2>
      <StatusSummaryLine summary={summary} />
      <TargetsToLookAt targets={targets} evaluations={evaluations} {...listProps} />
    </section>
  );
});
