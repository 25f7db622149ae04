/** 2024年度已结束: shown on every screen of a plan whose year is over (China time). */
import { CalendarCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { isPlanYearOver } from '../../lib/plan/planYear';
import './planSwitcher.css';

export function YearEndedNotice({ plan, compact = false }: { plan: PlanSummary; compact?: boolean }) {
  const { t } = useTranslation();
  if (!isPlanYearOver(plan.year, todayInChina())) return null;
  return (
    <p className={compact ? 'year-ended year-ended--compact' : 'year-ended'}>
      <CalendarCheck aria-hidden="true" focusable="false" className="year-ended__icon" />
      <strong>{t('plan.yearEnded', { year: plan.year })}</strong>
      {compact ? null : <span className="year-ended__hint">{t('plan.yearEndedHint', { year: plan.year })}</span>}
    </p>
  );
}
