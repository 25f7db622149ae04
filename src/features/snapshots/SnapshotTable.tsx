/** The snapshot as taken: each indicator's target, actual, schedule, gap and status then, grouped as the plan is. */
import { useTranslation } from 'react-i18next';
import type { Snapshot, Standing } from '../../api/presentContract';
import { StatusBadge } from '../../components/status/StatusBadge';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator } from '../../domain/model';
import { thresholdInForce } from '../../domain/schedule';
import { useLocalized } from '../../i18n/localized';
import { briefSections } from '../../lib/plan/briefSections';
import { targetWords } from '../../lib/plan/targetWords';

function gapText(indicator: Indicator, standing: Standing, locale: 'zh-CN' | 'en-US'): string {
  return gapWords(indicator, standing, locale) ?? missingFigure;
}

export function SnapshotTable({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation('snapshots');
  const { locale, pick } = useLocalized();
  const { plan, indicators } = snapshot.tree;

  return (
    <>
      {briefSections(plan.actions, indicators).map((section) => {
        const heading = section.action
          ? t('view.action', { order: section.action.order, name: pick(section.action.name) })
          : t('view.mainTargets');
        return (
          <section key={section.key} className="panel snapshot-section">
            <h2 className="panel__title">{heading}</h2>
            <table className="snapshot-table">
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('view.indicator')}</th>
                  <th scope="col">{t('view.target')}</th>
                  <th scope="col">{t('view.actual')}</th>
                  <th scope="col">{t('view.expected')}</th>
                  <th scope="col">{t('view.gap')}</th>
                  <th scope="col">{t('view.status')}</th>
                </tr>
              </thead>
              <tbody>
                {section.indicators.map((indicator) => {
                  const standing = snapshot.standings[indicator.id];
                  const threshold = thresholdInForce(indicator.thresholds, snapshot.asOfPeriod);
                  return (
                    <tr key={indicator.id}>
                      <th scope="row">{pick(indicator.name)}</th>
                      <td>{targetWords(indicator, threshold, locale, pick)}</td>
                      <td className="snapshot-table__number">
                        {standing ? formatValue(standing.actual, indicator, locale) : missingFigure}
                        {standing?.actualPeriod ? (
                          <span className="snapshot-table__period">
                            {formatPeriod(standing.actualPeriod, locale)}
                          </span>
                        ) : null}
                      </td>
                      <td className="snapshot-table__number">
                        {standing ? formatValue(standing.expected, indicator, locale) : missingFigure}
                      </td>
                      <td className="snapshot-table__number">
                        {standing ? gapText(indicator, standing, locale) : missingFigure}
                      </td>
                      <td>
                        {standing ? (
                          <StatusBadge status={standing.status} judged={standing.judged} />
                        ) : (
                          missingFigure
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
