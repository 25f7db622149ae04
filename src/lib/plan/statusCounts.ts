/** How many indicators stand at each status, in the order statuses are listed (超前 first). */
import { statuses, type Status } from '../../domain/evaluation';

export interface StatusCount {
  status: Status;
  count: number;
}

export function countStatuses(found: Iterable<Status>): StatusCount[] {
  const counts = new Map<Status, number>();
  for (const status of found) counts.set(status, (counts.get(status) ?? 0) + 1);
  return statuses.flatMap((status) => {
    const count = counts.get(status) ?? 0;
    return count > 0 ? [{ status, count }] : [];
  });
}
