/**
 * 与当前对比: how each indicator moved since the snapshot, named in words: slipped first, then
 * improved, then those now awaiting a verdict (年度已结束，待年终数据: no drop), then unchanged with
 * new figures, then unchanged; each with its status then and now,
 * its actual then and now, and every figure entered after the snapshot was taken.
 */
import { useTranslation } from 'react-i18next';
import type { IndicatorComparison, SnapshotComparison } from '../../api/presentContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { formatPeriod, formatValue } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useComparison } from './api/get-comparison';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { recorderName } from '../../lib/recorderName';

type Group = 'slipped' | 'improved' | 'awaitingVerdict' | 'unchangedWithFigures' | 'unchanged';
const groups: readonly Group[] = [
  'slipped',
  'improved',
  'awaitingVerdict',
  'unchangedWithFigures',
  'unchanged',
];

function groupOf(comparison: IndicatorComparison): Group {
  if (comparison.change !== 'unchanged') return comparison.change;
  return comparison.figuresSince.length > 0 ? 'unchangedWithFigures' : 'unchanged';
}

function ComparisonItem({
  comparison,
  indicator,
}: {
  comparison: IndicatorComparison;
  indicator: Indicator | undefined;
}) {
  const { t } = useTranslation('snapshots');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const unit = indicator?.unit ?? 'none';
  const { then, now } = comparison;
  const nowWord = tc(`status.${now.status}`);
  const statusLine = !then
    ? t('compare.newIndicator', { now: nowWord })
    : comparison.change === 'slipped'
      ? t('compare.slippedLine', { then: tc(`status.${then.status}`), now: nowWord })
      : comparison.change === 'improved'
        ? t('compare.improvedLine', { then: tc(`status.${then.status}`), now: nowWord })
        : comparison.change === 'awaitingVerdict'
          ? t(
              now.status === 'awaitingReference'
                ? 'compare.awaitingReferenceLine'
                : 'compare.awaitingYearEndLine',
              {
                then: tc(`status.${then.status}`),
              },
            )
          : t('compare.unchangedLine', { now: nowWord });

  return (
    <li
      className={`comparison__item comparison__item--${comparison.change}`}
      data-indicator={comparison.indicatorId}
    >
      <p className="comparison__name">
        <strong>{indicator ? pick(indicator.name) : comparison.indicatorId}</strong>:{statusLine}
      </p>
      {then && (then.actual !== now.actual || then.actualPeriod !== now.actualPeriod) ? (
        <p className="comparison__line">
          {t('compare.actualLine', {
            then: `${formatValue(then.actual, unit, locale)}${then.actualPeriod ? `(${formatPeriod(then.actualPeriod, locale)})` : ''}`,
            now: `${formatValue(now.actual, unit, locale)}${now.actualPeriod ? `(${formatPeriod(now.actualPeriod, locale)})` : ''}`,
          })}
        </p>
      ) : null}
      {comparison.figuresSince.length > 0 ? (
        <p className="comparison__line">
          {t('compare.figuresSince')}
          {comparison.figuresSince
            .map((figure) =>
              t('compare.figure', {
                period: formatPeriod(figure.period, locale),
                value:
                  figure.value === null
                    ? tc(`status.${now.status}`)
                    : formatValue(figure.value, unit, locale),
                user: recorderName(figure.recordedBy, locale),
                time: formatChinaDateTime(figure.recordedAt, locale, 'short'),
              }),
            )
            .join(locale === 'zh-CN' ? ';' : '; ')}
        </p>
      ) : null}
    </li>
  );
}

function ComparisonGroups({
  comparison,
  indicators,
}: {
  comparison: SnapshotComparison;
  indicators: readonly Indicator[];
}) {
  const { t } = useTranslation('snapshots');
  const { locale } = useLocalized();
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const grouped = new Map<Group, IndicatorComparison[]>(groups.map((group) => [group, []]));
  for (const item of comparison.indicators) grouped.get(groupOf(item))?.push(item);
  const count = (group: Group) => grouped.get(group)?.length ?? 0;

  return (
    <section className="panel comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading" className="panel__title">
        {t('compare.heading')}
      </h2>
      <p>
        {t('compare.explain', {
          then: formatPeriod(comparison.snapshot.asOfPeriod, locale),
          now: formatPeriod(comparison.nowAsOfPeriod, locale),
        })}
      </p>
      <p className="comparison__summary">
        {t('compare.summary', {
          improved: count('improved'),
          slipped: count('slipped'),
          awaiting: count('awaitingVerdict'),
          unchanged: count('unchanged') + count('unchangedWithFigures'),
          entered: comparison.indicators.reduce((sum, item) => sum + item.figuresSince.length, 0),
        })}
      </p>
      {groups.map((group) =>
        count(group) > 0 ? (
          <div key={group} className="comparison__group">
            <h3 className="comparison__group-title">{t(`compare.${group}`)}</h3>
            <ul className="comparison__list">
              {grouped.get(group)?.map((item) => (
                <ComparisonItem
                  key={item.indicatorId}
                  comparison={item}
                  indicator={byId.get(item.indicatorId)}
                />
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
}

export function SnapshotComparisonView({
  snapshotId,
  indicators,
}: {
  snapshotId: string;
  indicators: readonly Indicator[];
}) {
  const comparison = useComparison(snapshotId, true);
  if (comparison.isError)
    return (
      <ErrorState
        error={comparison.error}
        onRetry={() => void comparison.refetch()}
        retrying={comparison.isFetching}
      />
    );
  if (!comparison.data) return <LoadingState blocks={3} />;
  return <ComparisonGroups comparison={comparison.data} indicators={indicators} />;
}
