/** 状态变化 on the indicator page: when the indicator turned red (滞后, 未完成) and when it recovered, month by month. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { redSpellsOf, statusesByMonth } from '../../domain/accountability/statusHistory';
import { formatPeriod } from '../../domain/format';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';

interface StatusHistoryProps {
  indicator: Indicator;
  values: readonly IndicatorValue[];
  year: number;
  asOfPeriod: Period;
}

export function StatusHistory({ indicator, values, year, asOfPeriod }: StatusHistoryProps) {
  const { t } = useTranslation('accountability');
  const { t: tc } = useTranslation();
  const { locale } = useLocalized();
  const spells = useMemo(
    () => redSpellsOf(statusesByMonth(indicator, values, { year, asOfPeriod }, asOfPeriod)),
    [indicator, values, year, asOfPeriod],
  );
  return (
    <section className="status-history" aria-labelledby="status-history-title">
      <h2 id="status-history-title" className="section-title">
        {t('history.title')}
      </h2>
      {spells.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <ol className="status-history__list">
          {spells.map((spell) => (
            <li key={spell.turnedRed}>
              {t('history.turnedRed', {
                period: formatPeriod(spell.turnedRed, locale),
                status: tc(`status.${spell.status}`),
              })}
              {locale === 'zh-CN' ? ',' : '; '}
              {spell.recovered && spell.recoveredStatus
                ? t('history.recovered', {
                    period: formatPeriod(spell.recovered, locale),
                    status: tc(`status.${spell.recoveredStatus}`),
                  })
                : t('history.stillRed')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
