/** The reporting cycle on the indicator page: reasons and measures, the reminder form and the status history. */
import type { Evaluation } from '../../domain/evaluation';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import { ExplanationPanel } from './ExplanationPanel';
import { ReminderForm } from './ReminderForm';
import { StatusHistory } from './StatusHistory';
import './accountability.css';

export interface IndicatorAccountabilityProps {
  indicator: Indicator;
  evaluation: Evaluation;
  values: readonly IndicatorValue[];
  plan: { year: number; reportingDueDay?: number | null | undefined };
  asOfPeriod: Period;
}

export function IndicatorAccountability({
  indicator,
  evaluation,
  values,
  plan,
  asOfPeriod,
}: IndicatorAccountabilityProps) {
  return (
    <>
      <ExplanationPanel indicator={indicator} evaluation={evaluation} asOfPeriod={asOfPeriod} />
      <ReminderForm indicator={indicator} plan={plan} missingPeriods={evaluation.missingPeriods} />
      <StatusHistory indicator={indicator} values={values} year={plan.year} asOfPeriod={asOfPeriod} />
    </>
  );
}
