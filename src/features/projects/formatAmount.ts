/** Project amounts in 亿元 to the hundredth (the registry's precision), e.g. 0.53 or 1,234.50. */
import type { Locale } from '../../i18n/locales';

const formats = new Map<Locale, Intl.NumberFormat>();

export function formatAmount(amount: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formats.set(locale, format);
  }
  return format.format(amount);
}
