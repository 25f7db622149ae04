/**
 * Starts, production and completions by month as bars, against the start-rate deadlines (03-31,
 * 06-30) and the year end (12-31) as marked lines. The table below it is the accessible
 * alternative, so the drawing itself is hidden from assistive technology.
 */
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../domain/format';
import { periodOf } from '../../domain/period';
import type { ProjectRow } from '../../domain/projects/portfolio';
import { useLocalized } from '../../i18n/localized';
import { deadlineMonths, portfolioTimeline } from './timeline';
import { lazyChartDrawing } from '../../components/lazyChartDrawing';
import { useDrawWhenSeen } from '../../lib/chart/useDrawWhenSeen';

/** The drawing and recharts with it are fetched once the timeline reaches the screen. */
const ProjectTimelineDrawing = lazyChartDrawing(() => import('./ProjectTimelineDrawing'));

/**
 * Memoised: the chart is drawn again only when the listed projects change. The page hands it the
 * rows once the list itself is painted (useAfterPaint.ts), so a filter never waits for the chart.
 */
export const ProjectTimeline = memo(function ProjectTimeline({
  rows,
  year,
}: {
  rows: readonly ProjectRow[];
  year: number;
}) {
  const { t } = useTranslation('projects');
  const { locale } = useLocalized();
  const drawingRef = useRef<HTMLDivElement>(null);
  const drawState = useDrawWhenSeen(drawingRef);
  const timeline = useMemo(() => portfolioTimeline(rows, year), [rows, year]);
  const deadlineOf = (period: string) => deadlineMonths.find((d) => periodOf(year, d.month) === period);

  return (
    <section className="panel project-timeline" aria-labelledby="project-timeline-heading">
      <h2 id="project-timeline-heading" className="panel__title">
        {t('timeline.heading')}
      </h2>
      <figure className="project-timeline__figure" aria-labelledby="project-timeline-caption">
        <div className="project-timeline__drawing" ref={drawingRef} data-chart={drawState}>
          {drawState === 'drawn' ? <ProjectTimelineDrawing months={timeline.months} year={year} /> : null}
        </div>
        <figcaption id="project-timeline-caption" className="project-timeline__caption">
          {t('timeline.caption', { year })}
          {timeline.startedBeforeYear > 0
            ? ` ${t('timeline.beforeYear', { count: timeline.startedBeforeYear, year })}`
            : null}
        </figcaption>
      </figure>
      <details className="project-timeline__table">
        <summary>{t('timeline.tableToggle')}</summary>
        <div className="table-scroll">
          <table className="project-table project-table--compact">
            <caption className="visually-hidden">{t('timeline.tableCaption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timeline.month')}</th>
                <th scope="col" className="project-table__number">
                  {t('timeline.starts')}
                </th>
                <th scope="col" className="project-table__number">
                  {t('timeline.cumulativeStarts')}
                </th>
                <th scope="col" className="project-table__number">
                  {t('timeline.production')}
                </th>
                <th scope="col" className="project-table__number">
                  {t('timeline.completions')}
                </th>
                <th scope="col">{t('timeline.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.months.map((month) => {
                const deadline = deadlineOf(month.period);
                return (
                  <tr key={month.period}>
                    <th scope="row">{formatPeriod(month.period, locale)}</th>
                    <td className="project-table__number">{month.starts}</td>
                    <td className="project-table__number">{month.cumulativeStarts}</td>
                    <td className="project-table__number">{month.production}</td>
                    <td className="project-table__number">{month.completions}</td>
                    <td>{deadline ? t(`timeline.deadlines.${deadline.key}`) : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
});
