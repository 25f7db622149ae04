/** 主要预期目标: a card for each of the plan's main expected targets, in the plan's order. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import { valuesByIndicator } from '../../lib/plan/evaluatePlan';
import { MainTargetCard } from './MainTargetCard';

interface MainTargetCardsProps {
  indicators: readonly Indicator[];
  values: readonly IndicatorValue[];
  evaluations: Evaluations;
  year: number;
  asOfPeriod: Period;
  asOfParam: Period | undefined;
}

export const MainTargetCards = memo(function MainTargetCards({
  indicators,
  values,
  evaluations,
  year,
  asOfPeriod,
  asOfParam,
}: MainTargetCardsProps) {
  const { t } = useTranslation('overview');
  const grouped = useMemo(() => valuesByIndicator(values), [values]);
  const context = useMemo(() => ({ year, asOfPeriod }), [year, asOfPeriod]);
  return (
    <section className="panel" aria-labelledby="main-targets-heading">
      <h2 id="main-targets-heading" className="panel__title">
        {t('mainTargets.heading')}
      </h2>
      <ul className="target-cards">
        {indicators.map((indicator) => {
          const evaluation = evaluations.get(indicator.id);
          return evaluation ? (
            <li key={indicator.id}>
              <MainTargetCard
                indicator={indicator}
                evaluation={evaluation}
                values={grouped.get(indicator.id) ?? []}
                context={context}
                asOfParam={asOfParam}
              />
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
});
