/** The top of a slide: what it belongs to, its title and the as-of month (截至…). */
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../domain/format';
import type { Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';

interface SlideHeaderProps {
  kicker: string;
  title: string;
  asOfPeriod: Period;
}

export function SlideHeader({ kicker, title, asOfPeriod }: SlideHeaderProps) {
  const { t } = useTranslation('present');
  const { locale } = useLocalized();
  return (
    <header className="slide__header">
      <div className="slide__heading">
        <p className="slide__kicker">{kicker}</p>
        <h1 className="slide__title">{title}</h1>
      </div>
      <p className="slide__as-of">{t('slide.asOf', { period: formatPeriod(asOfPeriod, locale) })}</p>
    </header>
  );
}
