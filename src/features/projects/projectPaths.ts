/** Addresses of the project pages. */
import { queryString } from '../../api/client';
import type { Indicator, Period } from '../../domain/model';
import { planPath } from '../../lib/plan/planAddress';

export function projectPath(project: { id: string; planId: string }): string {
  return planPath(project.planId, `projects/${encodeURIComponent(project.id)}`);
}

/** The project list with the projects holding `indicatorId` back listed first. */
export function projectsBehindPath(
  indicator: Pick<Indicator, 'id' | 'planId'>,
  asOf: Period | undefined,
): string {
  return planPath(indicator.planId, 'projects') + queryString({ behind: indicator.id, asOf });
}
