/** The dated targets of an indicator, each with its deadline and where it stands. */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status/StatusBadge';
import type { Evaluation } from '../../domain/evaluation';
import { formatDate, formatThreshold } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { readsInPlanWords } from '../../lib/plan/targetWords';

interface ThresholdListProps {
  indicator: Indicator;
  evaluation: Evaluation;
}

export function ThresholdList({ indicator, evaluation }: ThresholdListProps) {
  const { t } = useTranslation('indicator');
  const { locale, pick } = useLocalized();
  if (evaluation.thresholds.length === 0) return <>{pick(indicator.targetText)}</>;
  // A milestone's threshold is "done = 1", a relative target's the margin over its yardstick:
  // the plan's own words say more than the number.
  const describe = (threshold: (typeof evaluation.thresholds)[number]['threshold']) =>
    readsInPlanWords(indicator)
      ? t('details.thresholdDeadline', {
          threshold: pick(indicator.targetText),
          date: formatDate(threshold.deadline, locale),
        })
      : formatThreshold(threshold, indicator, locale);

  return (
    <ul className="indicator-thresholds">
      {evaluation.thresholds.map(({ threshold, status }) => (
        <li key={threshold.deadline}>
          <span>{describe(threshold)}</span> <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
