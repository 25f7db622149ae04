/** Where the targets come from: the source document, its publisher and date. */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../domain/format';
import type { PlanSummary } from '../domain/model';
import { useLocalized } from '../i18n/localized';

export function SiteFooter({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { title, publisher, publishedOn } = plan.sourceDocument;
  return (
    <footer className="site-footer">
      <p>
        {publisher.trim()
          ? t('app.footerSource', { title, publisher, date: formatDate(publishedOn, locale) })
          : t('app.footerSourceUnpublished', { title, date: formatDate(publishedOn, locale) })}
      </p>
    </footer>
  );
}
