/** What the project invested month by month, and the running total within each year. */
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../domain/format';
import { yearOf } from '../../domain/period';
import type { MonthlyInvestment, Project } from '../../domain/projects/model';
import { useLocalized } from '../../i18n/localized';
import { formatAmount } from './formatAmount';

/** Each month with the year's total through it. */
function withYearToDate(months: readonly MonthlyInvestment[]) {
  let runningYear = 0;
  let total = 0;
  return months.map((entry) => {
    if (yearOf(entry.period) !== runningYear) {
      runningYear = yearOf(entry.period);
      total = 0;
    }
    total += entry.amount;
    return { ...entry, cumulative: total };
  });
}

export function ProjectInvestmentTable({ project, name }: { project: Project; name: string }) {
  const { t } = useTranslation('projects');
  const { locale } = useLocalized();
  const entries = withYearToDate(project.monthlyInvestment);
  return (
    <section className="panel" aria-labelledby="project-investment-heading">
      <h2 id="project-investment-heading" className="panel__title">
        {t('investment.heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="project-page__empty">{t('investment.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="project-table project-table--compact">
            <caption className="visually-hidden">{t('investment.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('investment.month')}</th>
                <th scope="col" className="project-table__number">
                  {t('investment.amount')}
                </th>
                <th scope="col" className="project-table__number">
                  {t('investment.cumulative')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.period}>
                  <th scope="row">{formatPeriod(entry.period, locale)}</th>
                  <td className="project-table__number">{formatAmount(entry.amount, locale)}</td>
                  <td className="project-table__number">{formatAmount(entry.cumulative, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
