/** The project's dated status changes (计划 → 开工 → 投产 → 竣工), oldest first. */
import { useTranslation } from 'react-i18next';
import { formatDate, missingFigure } from '../../domain/format';
import type { Project } from '../../domain/projects/model';
import { useLocalized } from '../../i18n/localized';
import { ProjectStatusTag } from './ProjectStatusTag';

export function ProjectStatusHistory({ project, name }: { project: Project; name: string }) {
  const { t } = useTranslation('projects');
  const { locale } = useLocalized();
  return (
    <section className="panel" aria-labelledby="project-history-heading">
      <h2 id="project-history-heading" className="panel__title">
        {t('history.heading')}
      </h2>
      {project.statusHistory.length === 0 ? (
        <p className="project-page__empty">{t('history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="project-table project-table--compact">
            <caption className="visually-hidden">{t('history.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.status')}</th>
                <th scope="col">{t('history.note')}</th>
              </tr>
            </thead>
            <tbody>
              {project.statusHistory.map((event, i) => (
                <tr key={`${event.date}-${i}`}>
                  <th scope="row">{formatDate(event.date, locale)}</th>
                  <td>
                    <ProjectStatusTag status={event.status} locale={locale} />
                  </td>
                  <td>{event.note ?? missingFigure}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
