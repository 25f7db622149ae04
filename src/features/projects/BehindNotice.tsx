/** Why the list starts where it does: the projects holding a derived indicator back, first. */
import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ProjectsBehindResponse } from '../../api/projectsContract';
import { formatDate } from '../../domain/format';
import { useLocalized } from '../../i18n/localized';

interface BehindNoticeProps {
  behind: ProjectsBehindResponse;
  /** How many of them the filters leave in the list. */
  listed: number;
  onClear: () => void;
}

export function BehindNotice({ behind, listed, onClear }: BehindNoticeProps) {
  const { t } = useTranslation('projects');
  const { locale, pick } = useLocalized();
  const date = formatDate(behind.date, locale);
  return (
    <section className="behind-notice" aria-labelledby="behind-notice-heading">
      <TriangleAlert aria-hidden="true" focusable="false" className="behind-notice__icon" />
      <div className="behind-notice__text">
        <h2 id="behind-notice-heading" className="behind-notice__heading">
          {t('behind.heading', { name: pick(behind.indicator.name) })}
        </h2>
        <p>{listed > 0 ? t('behind.intro', { date, count: listed }) : t('behind.none', { date })}</p>
      </div>
      <button type="button" className="button button--small" onClick={onClear}>
        {t('behind.showAll')}
      </button>
    </section>
  );
}
