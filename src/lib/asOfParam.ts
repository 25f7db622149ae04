/** The as-of month in an address (`?asOf=2024-03`), which every screen reads the same way. */
import type { Period } from '../domain/model';
import { isPeriod } from '../domain/period';

export const asOfParam = 'asOf';

/** The as-of period the address names; undefined when absent or malformed. */
export function readAsOf(params: URLSearchParams): Period | undefined {
  const value = params.get(asOfParam);
  return isPeriod(value) ? value : undefined;
}
