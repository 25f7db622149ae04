/**
 * A judged target (量稳质升) on a slide: what it must achieve, then the latest judgements, newest
 * first, each with its period, its verdict in words and the reasons people gave.
 */
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../domain/format';
import type { Indicator, IndicatorValue, Judgement } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';

const judgementStatus = {
  onTrack: 'onSchedule',
  needsAttention: 'needsAttention',
  behind: 'behind',
} as const satisfies Record<Judgement, string>;

/** How many past judgements a slide has room for. */
const shown = 4;

export function JudgementHistory({
  indicator,
  records,
}: {
  indicator: Indicator;
  records: readonly IndicatorValue[];
}) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const judged = records
    .filter((record) => record.judgement !== null)
    .reverse()
    .slice(0, shown);

  return (
    <div className="slide__judgement">
      <p className="slide__judgement-target">
        {t('slide.target')}:{pick(indicator.targetText)}
      </p>
      {judged.length === 0 ? <p className="slide__judgement-text">{t('slide.notReported')}</p> : null}
      <ol className="slide__judgement-list">
        {judged.map((record) => (
          <li key={record.period} className="slide__judgement-item">
            <p className="slide__judgement-label">
              {formatPeriod(record.period, locale)} ·{' '}
              {record.judgement ? tc(`status.${judgementStatus[record.judgement]}`) : ''}
            </p>
            {record.note ? <p className="slide__judgement-text">{record.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
