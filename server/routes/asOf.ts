import type { AsOf } from '../../src/api/contract';
import type { Period } from '../../src/domain/model';
import { periodCutoff } from '../../src/domain/period';

/** The as-of view of a request: everything known now, or only what was recorded by the end of a month. */
export function asOfView(period: Period | undefined): AsOf {
  return period === undefined ? { period: null, cutoff: null } : { period, cutoff: periodCutoff(period) };
}
