/** Project amounts in 亿元 to the hundredth (the registry's precision), e.g. 0.53 or 1,234.50. */
import { formatFixed } from '../../domain/format';
import type { Locale } from '../../i18n/locales';

/** Both languages write amounts alike; the locale is kept for the day one does not. */
export function formatAmount(amount: number, _locale: Locale): string {
  return formatFixed(amount, 2);
}
