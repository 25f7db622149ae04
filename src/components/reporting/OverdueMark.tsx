/**
 * 逾期未报 on every screen that shows an indicator: the word, an icon and the days late
 * (逾期未报 · 逾期3天), never colour alone. The period and due date are in the words a screen
 * reader reads and in the tooltip. Shows nothing when no figure of the view is overdue
 * (src/domain/accountability/overdueFigures.ts), on today's China date.
 */
import { AlarmClock } from 'lucide-react';
import { overdueSummaryOf } from '../../domain/accountability/overdueFigures';
import { formatDate, formatPeriod } from '../../domain/format';
import type { Indicator, IsoDate, Period } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { fixedT } from '../../i18n/fixedT';
import { useLocale } from '../../stores/locale';
import { useReportingPlan, type ReportingPlan } from './reportingPlan';

interface OverdueMarkProps {
  indicator: Pick<Indicator, 'frequency' | 'reportingDueDay' | 'derivation' | 'retired'>;
  /** The plan's due day, where it sets one; the screen's plan (ReportingPlanContext) when left out. */
  plan?: ReportingPlan | null;
  /** The periods the view finds without a figure (Evaluation.missingPeriods). */
  missingPeriods: readonly Period[];
  /** Today's China date; today when left out. */
  today?: IsoDate;
}

export function OverdueMark({ indicator, plan, missingPeriods, today }: OverdueMarkProps) {
  const locale = useLocale();
  const screenPlan = useReportingPlan();
  const t = fixedT(locale, 'common');
  const overdue = overdueSummaryOf(
    indicator,
    { reportingDueDay: (plan ?? screenPlan)?.reportingDueDay ?? null },
    missingPeriods,
    today ?? todayInChina(),
  );
  if (!overdue) return null;
  const detail = t('reporting.overdueDetail', {
    period: formatPeriod(overdue.period, locale),
    dueDate: formatDate(overdue.dueDate, locale),
  });
  return (
    <span className="overdue-mark" data-overdue-days={overdue.daysLate} title={detail}>
      <AlarmClock className="overdue-mark__icon" aria-hidden="true" focusable="false" />
      <span className="overdue-mark__word">{t('reporting.overdue')}</span>
      <span className="overdue-mark__days">
        {overdue.daysLate === 1
          ? t('reporting.oneDayLate')
          : t('reporting.daysLate', { days: overdue.daysLate })}
      </span>
      {overdue.count > 1 ? (
        <span className="overdue-mark__periods">
          {t('reporting.morePeriods', { periods: overdue.count })}
        </span>
      ) : null}
      <span className="visually-hidden">{detail}</span>
    </span>
  );
}
