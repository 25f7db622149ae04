/** The address of an indicator's page, keeping the as-of period of the current view. */
import { queryString } from '../../api/client';
import type { Period } from '../../domain/model';

export function indicatorPath(indicatorId: string, asOf: Period | undefined): string {
  return `/indicators/${encodeURIComponent(indicatorId)}${queryString({ asOf })}`;
}
