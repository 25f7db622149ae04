/**
 * One indicator on the projector: its status in words, large; actual, target, schedule, gap and
 * projection; and its year as a large chart. A judged target shows the latest judgement and its
 * basis; a milestone shows whether and when it was done.
 */
import { useTranslation } from 'react-i18next';
import { NatureTag } from '../../components/status/NatureTag';
import { StatusBadge } from '../../components/status/StatusBadge';
import { recordsKnownAt } from '../../domain/asOf';
import { formatDate } from '../../domain/format';
import type { CampaignAction, Indicator } from '../../domain/model';
import { periodEndDate } from '../../domain/period';
import { evaluateIndicator } from '../../domain/status';
import { positionWords } from '../../domain/targetWords';
import { useLocalized } from '../../i18n/localized';
import { IndicatorFigures } from './IndicatorFigures';
import { JudgementHistory } from './JudgementHistory';
import { SlideChartPanel } from './SlideChartPanel';
import type { SlideData, SlideLayout } from './slideData';
import { SlideFooter } from './SlideFooter';
import { SlideHeader } from './SlideHeader';

interface IndicatorSlideProps {
  data: SlideData;
  layout: SlideLayout;
  indicator: Indicator;
  action: CampaignAction | null;
  portfolio: boolean;
}

export function IndicatorSlide({ data, layout, indicator, action, portfolio }: IndicatorSlideProps) {
  const { t } = useTranslation('present');
  const { locale, pick } = useLocalized();
  const { context, tree } = data;
  const evaluation = data.evaluations.get(indicator.id) ?? evaluateIndicator(indicator, [], context);
  const records = recordsKnownAt(indicator.id, tree.values, context);
  const actionName = action ? pick(action.name) : '';
  const kicker = portfolio
    ? `${t('slide.portfolio')} · ${actionName}`
    : action
      ? `${t('slide.action', { order: action.order })} · ${actionName}`
      : t('slide.mainTarget');
  const title = pick(indicator.name);
  const done = records.find((record) => record.value !== null && record.value >= 1) ?? null;

  return (
    <article className="slide slide--indicator" aria-label={title}>
      <SlideHeader kicker={kicker} title={title} asOfPeriod={context.asOfPeriod} />
      <div className="slide__status">
        <StatusBadge
          status={evaluation.status}
          judged={evaluation.judged}
          size="large"
          position={positionWords(evaluation.position, indicator, locale)}
        />
        <NatureTag nature={indicator.nature} />
      </div>
      {indicator.kind === 'qualitative' ? (
        <JudgementHistory indicator={indicator} records={records} />
      ) : indicator.kind === 'milestone' ? (
        <p className="slide__milestone">
          {done
            ? t('slide.milestoneDone', {
                date: formatDate(done.achievedOn ?? periodEndDate(done.period), locale),
              })
            : t('slide.milestoneOpen')}
        </p>
      ) : (
        <>
          <IndicatorFigures indicator={indicator} evaluation={evaluation} />
          <SlideChartPanel data={data} layout={layout} indicator={indicator} evaluation={evaluation} />
        </>
      )}
      <SlideFooter
        source={t('slide.source', { source: pick(indicator.dataSource) })}
        demo={records.some((record) => record.isDemo)}
      />
    </article>
  );
}
