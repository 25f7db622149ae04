/**
 * The opening slide: the zone, the plan's title and goal, the as-of month (截至…), and how many
 * indicators stand at each status, each count with its light, icon and word.
 */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status/StatusBadge';
import { formatDate, formatPeriod } from '../../domain/format';
import { useLocalized } from '../../i18n/localized';
import { countStatuses } from '../../lib/plan/statusCounts';
import type { SlideData } from './slideData';

export function TitleSlide({ data }: { data: SlideData }) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const { plan } = data.tree;
  const counts = countStatuses([...data.evaluations.values()].map((evaluation) => evaluation.status));
  const title = pick(plan.title);

  return (
    <article className="slide slide--title" aria-label={title}>
      <p className="slide-title__zone">{pick(plan.zone)}</p>
      <h1 className="slide-title__title">{title}</h1>
      <p className="slide-title__as-of">
        {t('slide.asOf', { period: formatPeriod(data.context.asOfPeriod, locale) })}
      </p>
      <p className="slide-title__goal">{pick(plan.goal.text)}</p>
      <section className="slide-title__counts" aria-label={t('slide.statusSummary')}>
        <h2 className="slide-title__counts-heading">{t('slide.statusSummary')}</h2>
        <ul className="slide-title__count-list">
          {counts.map(({ status, count }) => (
            <li key={status} className="slide-title__count">
              <StatusBadge status={status} size="large" />
              <span className="slide-title__number">{count}</span>
            </li>
          ))}
        </ul>
      </section>
      <footer className="slide__footer">
        <span>
          {tc('app.footerSource', {
            title: plan.sourceDocument.title,
            publisher: plan.sourceDocument.publisher,
            date: formatDate(plan.sourceDocument.publishedOn, locale),
          })}
        </span>
        {data.tree.hasDemoData ? <span className="slide__demo">{t('slide.demo')}</span> : null}
      </footer>
    </article>
  );
}
