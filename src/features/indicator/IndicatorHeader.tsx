/** The indicator's name, where it sits in the plan, its status and the as-of period. */
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NatureTag } from '../../components/status/NatureTag';
import { OverdueMark } from '../../components/reporting/OverdueMark';
import { StatusBadge } from '../../components/status/StatusBadge';
import type { Evaluation } from '../../domain/evaluation';
import { formatPeriod } from '../../domain/format';
import type { CampaignAction, Indicator, Period } from '../../domain/model';
import { positionWords } from '../../domain/targetWords';
import { useLocalized } from '../../i18n/localized';
import { useIndicatorSlots } from './indicatorSlots';
import { planPath } from '../../lib/plan/planAddress';

interface IndicatorHeaderProps {
  indicator: Indicator;
  action: CampaignAction | null;
  evaluation: Evaluation;
  asOfPeriod: Period;
  /** The plan, for its reporting due day. */
  plan: { reportingDueDay?: number | null | undefined };
}

export function IndicatorHeader({ indicator, action, evaluation, asOfPeriod, plan }: IndicatorHeaderProps) {
  const { t } = useTranslation('indicator');
  const { SeeProjectsLink } = useIndicatorSlots();
  const { locale, pick } = useLocalized();
  const { search } = useLocation();

  return (
    <header className="indicator-header">
      <p className="indicator-header__back">
        <Link to={{ pathname: planPath(indicator.planId), search }} className="indicator-header__back-link">
          <ArrowLeft aria-hidden="true" focusable="false" className="indicator-header__back-icon" />
          {t('page.backToOverview')}
        </Link>
      </p>
      <p className="indicator-header__context">
        {action ? t('page.campaignAction', { name: pick(action.name) }) : t('page.mainTarget')}
      </p>
      <h1 className="page__title indicator-header__name">{pick(indicator.name)}</h1>
      <div className="indicator-header__status">
        <StatusBadge
          status={evaluation.status}
          judged={evaluation.judged}
          size="large"
          position={positionWords(evaluation.position, indicator, locale)}
        />
        <NatureTag nature={indicator.nature} />
        <OverdueMark indicator={indicator} plan={plan} missingPeriods={evaluation.missingPeriods} />
        <span className="indicator-header__as-of">
          {t('page.asOf', { period: formatPeriod(asOfPeriod, locale) })}
        </span>
        <SeeProjectsLink indicator={indicator} asOf={asOfPeriod} locale={locale} />
      </div>
    </header>
  );
}
