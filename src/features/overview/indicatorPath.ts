/** The address of an indicator's page, keeping the as-of period of the current view. */
import { queryString } from '../../api/client';
import type { Indicator, Period } from '../../domain/model';
import { planPath } from '../../lib/plan/planAddress';

export function indicatorPath(indicator: Pick<Indicator, 'id' | 'planId'>, asOf: Period | undefined): string {
  return planPath(indicator.planId, `indicators/${encodeURIComponent(indicator.id)}`) + queryString({ asOf });
}
