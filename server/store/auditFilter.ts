/**
 * The audit filter's time bounds, made comparable with stored instants: a bare date means the
 * start (for `from`) or the end (for `to`) of that day in China time. Browser-safe.
 */
import { chinaDayStart } from '../../src/domain/chinaTime';
import type { AuditEntry, AuditQuery } from '../../src/domain/audit';
import { canonicalInstant } from './instant';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMillis = 24 * 3600_000;

/** The inclusive bounds of the filter as canonical instants, or undefined when open. */
export function auditTimeBounds(filter: Pick<AuditQuery, 'from' | 'to'>): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {};
  if (filter.from !== undefined)
    bounds.from = datePattern.test(filter.from)
      ? new Date(chinaDayStart(filter.from)).toISOString()
      : canonicalInstant(filter.from);
  if (filter.to !== undefined)
    bounds.to = datePattern.test(filter.to)
      ? new Date(chinaDayStart(filter.to) + dayMillis - 1).toISOString()
      : canonicalInstant(filter.to);
  return bounds;
}

/** Entity types whose entity id is an indicator id. */
export const indicatorEntityTypes: readonly AuditEntry['entityType'][] = ['value', 'indicator'];

/** At most this many entries per list call. */
export const auditListMaximum = 1000;
