/** Who changed the project, when and why: its audit trail, newest first. */
import { isYearNamedAnnualInvestment } from '../../domain/projects/fields';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/auditContract';
import { formatDate, formatPeriod, missingFigure } from '../../domain/format';
import { projectStatusLabels, statusEventSchema } from '../../domain/projects/model';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { formatAmount } from './formatAmount';

/** The name of a changed field, as the project page labels it. */
function fieldLabel(field: string, t: TFunction<'projects'>): string {
  // Audit entries written before the field lost its year keep the year-named field.
  if (isYearNamedAnnualInvestment(field)) return t('project.plannedAnnual');
  switch (field) {
    case 'name':
    case 'nameEn':
      return t('table.name');
    case 'level':
      return t('project.level');
    case 'kind':
      return t('project.kind');
    case 'urbanCategory':
      return t('project.category');
    case 'industryChain':
      return t('project.chain');
    case 'track':
      return t('project.track');
    case 'ownerEnterprise':
      return t('project.owner');
    case 'location':
      return t('project.location');
    case 'leadDepartment':
      return t('project.department');
    case 'plannedTotalInvestment':
      return t('project.totalInvestment');
    case 'plannedAnnualInvestment':
      return t('project.plannedAnnual');
    case 'isNewBillionProject':
      return t('project.newBillion');
    case 'notes':
      return t('project.notes');
    default:
      return field;
  }
}

function describeChange(entry: AuditEntry, t: TFunction<'projects'>, locale: Locale): string {
  if (entry.field === undefined) return t('changes.created');
  if (entry.field === 'statusHistory') {
    const event = statusEventSchema.safeParse(entry.newValue);
    if (event.success)
      return t('changes.statusEvent', {
        status: localizedText(projectStatusLabels[event.data.status], locale),
        date: formatDate(event.data.date, locale),
      });
  }
  if (entry.field === 'monthlyInvestment' && entry.period && typeof entry.newValue === 'number')
    return t('changes.investment', {
      period: formatPeriod(entry.period, locale),
      amount: formatAmount(entry.newValue, locale),
    });
  return t('changes.field', { field: fieldLabel(entry.field, t) });
}

interface ProjectChangesProps {
  changes: readonly AuditEntry[];
  /** The project's name, for the table's caption. */
  name: string;
  locale: Locale;
}

export function ProjectChanges({ changes, name, locale }: ProjectChangesProps) {
  const { t } = useTranslation('projects');
  return (
    <section className="panel" aria-labelledby="project-changes-heading">
      <h2 id="project-changes-heading" className="panel__title">
        {t('changes.heading')}
      </h2>
      {changes.length === 0 ? (
        <p className="project-page__empty">{t('changes.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="project-table project-table--compact">
            <caption className="visually-hidden">{t('changes.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('changes.when')}</th>
                <th scope="col">{t('changes.who')}</th>
                <th scope="col">{t('changes.what')}</th>
                <th scope="col">{t('changes.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{formatRecordedAt(entry.at, locale)}</th>
                  <td>{entry.actorName || entry.actor}</td>
                  <td>{describeChange(entry, t, locale)}</td>
                  <td>{entry.note || missingFigure}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
