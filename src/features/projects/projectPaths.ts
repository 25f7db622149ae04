/** Addresses of the project pages. */
import { queryString } from '../../api/client';
import type { Period } from '../../domain/model';

export function projectPath(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}

/** The project list with the projects holding `indicatorId` back listed first. */
export function projectsBehindPath(indicatorId: string, asOf: Period | undefined): string {
  return `/projects${queryString({ behind: indicatorId, asOf })}`;
}
