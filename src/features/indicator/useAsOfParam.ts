/** The as-of period chosen in the address (`?asOf=2024-03`), shared with the overview; undefined when absent or malformed. */
import { useSearchParams } from 'react-router';
import { readAsOf } from '../../app/asOfParam';
import type { Period } from '../../domain/model';

export function useAsOfParam(): Period | undefined {
  const [searchParams] = useSearchParams();
  return readAsOf(searchParams);
}
