/**
 * A campaign action on the projector: each of its indicators with its status in words, actual,
 * target and gap, and the year of its first measured indicator as a large chart. An action with
 * no measured indicator lists its directions of work (方向性工作) with their progress instead.
 */
import { useTranslation } from 'react-i18next';
import { NatureTag } from '../../components/status/NatureTag';
import { StatusBadge } from '../../components/status/StatusBadge';
import { formatDate, formatValue, missingFigure } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { CampaignAction, Indicator, WorkItem } from '../../domain/model';
import { evaluateIndicator } from '../../domain/status';
import { positionWords } from '../../domain/targetWords';
import { useLocalized } from '../../i18n/localized';
import { LatestProgressNote } from './LatestProgressNote';
import { SlideChartPanel } from './SlideChartPanel';
import type { SlideData, SlideLayout } from './slideData';
import { SlideFooter } from './SlideFooter';
import { SlideHeader } from './SlideHeader';
import { targetWords } from '../../lib/plan/targetWords';

interface ActionSlideProps {
  data: SlideData;
  layout: SlideLayout;
  action: CampaignAction;
  indicators: readonly Indicator[];
  workItems: readonly WorkItem[];
}

const measured = (indicator: Indicator) => indicator.kind !== 'qualitative' && indicator.kind !== 'milestone';

export function ActionSlide({ data, layout, action, indicators, workItems }: ActionSlideProps) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const { context, tree } = data;
  const evaluationOf = (indicator: Indicator) =>
    data.evaluations.get(indicator.id) ?? evaluateIndicator(indicator, [], context);
  const lead = indicators.find(measured) ?? null;
  const title = pick(action.name);
  const sources = [...new Set(indicators.map((indicator) => pick(indicator.dataSource)))];
  const { sourceDocument } = tree.plan;
  const source =
    sources.length > 0
      ? t('slide.source', { source: sources.join(locale === 'zh-CN' ? '、' : '; ') })
      : tc('app.footerSource', {
          title: sourceDocument.title,
          publisher: sourceDocument.publisher,
          date: formatDate(sourceDocument.publishedOn, locale),
        });
  const demo = tree.values.some(
    (value) => value.isDemo && indicators.some((i) => i.id === value.indicatorId),
  );

  return (
    <article className="slide slide--action" aria-label={title}>
      <SlideHeader
        kicker={t('slide.action', { order: action.order })}
        title={title}
        asOfPeriod={context.asOfPeriod}
      />
      {indicators.length > 0 ? (
        <table className="slide-table">
          <caption className="visually-hidden">{t('slide.indicators')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('slide.indicators')}</th>
              <th scope="col">{t('slide.status')}</th>
              <th scope="col">{t('slide.actual')}</th>
              <th scope="col">{t('slide.target')}</th>
              <th scope="col">{t('slide.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const evaluation = evaluationOf(indicator);
              return (
                <tr key={indicator.id}>
                  <th scope="row">{pick(indicator.name)}</th>
                  <td>
                    <StatusBadge
                      status={evaluation.status}
                      judged={evaluation.judged}
                      position={positionWords(evaluation.position, indicator, locale)}
                    />
                  </td>
                  <td className="slide-table__number">
                    {measured(indicator) ? formatValue(evaluation.actual, indicator, locale) : missingFigure}
                  </td>
                  <td>
                    {targetWords(indicator, evaluation.threshold, locale, pick)}{' '}
                    <NatureTag nature={indicator.nature} />
                  </td>
                  <td className="slide-table__number">
                    {gapWords(indicator, evaluation, locale) ?? missingFigure}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <div className="slide-work">
          <p className="slide-work__intro">{t('slide.noIndicators')}</p>
          <ul className="slide-work__list">
            {workItems.map((item) => (
              <li key={item.id} className="slide-work__item">
                <span className={`slide-work__status slide-work__status--${item.status}`}>
                  {tc(`workItemStatus.${item.status}`)}
                </span>
                <div>
                  <p className="slide-work__title">{pick(item.title)}</p>
                  <LatestProgressNote notes={item.notes} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lead ? (
        <SlideChartPanel
          data={data}
          layout={layout}
          indicator={lead}
          evaluation={evaluationOf(lead)}
          heading={pick(lead.name)}
          imageTitle={`${title} · ${pick(lead.name)}`}
        />
      ) : null}
      <SlideFooter source={source} demo={demo} />
    </article>
  );
}
