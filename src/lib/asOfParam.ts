/** The as-of month in an address (`?asOf=2024-03`), which every screen reads the same way. */
import { periodSchema, type Period } from '../domain/model';

export const asOfParam = 'asOf';

/** The as-of period the address names; undefined when absent or malformed. */
export function readAsOf(params: URLSearchParams): Period | undefined {
  const parsed = periodSchema.safeParse(params.get(asOfParam));
  return parsed.success ? parsed.data : undefined;
}
