/** A milestone (e.g. 成立招商“专家咨询委员会”): done or not done, with the day it was done or its deadline. */
import { CircleCheck, CircleDashed } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/format';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { periodEndDate } from '../../domain/period';
import { sortedThresholds } from '../../domain/schedule';
import { useLocalized } from '../../i18n/localized';
import { DemoTag } from './DemoTag';

interface MilestoneStatusProps {
  indicator: Indicator;
  records: readonly IndicatorValue[];
}

export function MilestoneStatus({ indicator, records }: MilestoneStatusProps) {
  const { t } = useTranslation('indicator');
  const { locale } = useLocalized();
  const done = records.find((record) => record.value !== null && record.value >= 1) ?? null;
  const deadline = sortedThresholds(indicator.thresholds).at(-1)?.deadline ?? null;

  return (
    <section className="panel indicator-milestone" aria-labelledby="indicator-milestone-heading">
      <h2 id="indicator-milestone-heading" className="panel__title">
        {t('milestone.heading')}
      </h2>
      {done ? (
        <p className="indicator-milestone__state indicator-milestone__state--done">
          <CircleCheck aria-hidden="true" focusable="false" className="indicator-milestone__icon" />
          <strong>{t('milestone.done')}</strong>
          <span>
            {t('milestone.achievedOn', {
              date: formatDate(done.achievedOn ?? periodEndDate(done.period), locale),
            })}
          </span>
          {done.isDemo ? <DemoTag /> : null}
        </p>
      ) : (
        <p className="indicator-milestone__state">
          <CircleDashed aria-hidden="true" focusable="false" className="indicator-milestone__icon" />
          <strong>{t('milestone.notDone')}</strong>
          {deadline ? <span>{t('milestone.deadline', { date: formatDate(deadline, locale) })}</span> : null}
        </p>
      )}
      {done?.note ? <p className="indicator-milestone__note">{done.note}</p> : null}
    </section>
  );
}
