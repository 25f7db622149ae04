/**
 * 月度通报 (`/brief?asOf=2024-10`): every indicator at one month on A4 portrait paper, grouped by
 * the main targets and each campaign action: target, actual, schedule (序时进度), gap and status in
 * words, with the as-of month and the source. 打印/导出PDF opens the print dialog.
 */
import { PendingFiguresSwitch } from '../../components/PendingFiguresSwitch';
import { useFigureViewParam } from '../../lib/figureViewParam';
import { PendingFiguresProvider } from '../../lib/pendingFigures';
import { Printer } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTreeResponse } from '../../api/contract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { defaultAsOfPeriod } from '../../domain/asOf';
import { formatDate, formatPeriod } from '../../domain/format';
import type { Period } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { useAsOfParam } from '../../lib/useAsOfParam';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { explanationsByIndicator, useExplanations } from '../../lib/api/get-explanations';
import { ReportingPlanContext } from '../../components/reporting/reportingPlan';
import { AsOfSelect } from '../../components/AsOfSelect';
import { evaluatePlan, planContext, valuesByIndicator } from '../../lib/plan/evaluatePlan';
import { countStatuses } from '../../lib/plan/statusCounts';
import { briefSections, chineseNumber } from '../../lib/plan/briefSections';
import { BriefTable } from './BriefTable';
import './brief.css';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { usePlanId } from '../../lib/plan/usePlanId';

function BriefDocument({
  tree,
  asOfPeriod,
  latest,
  generatedAt,
}: {
  tree: PlanTreeResponse;
  asOfPeriod: Period;
  latest: Period;
  /** When its figures were read: the same on a page rendered on the server and once taken over. */
  generatedAt: Date;
}) {
  const { t } = useTranslation('brief');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const { plan, indicators, values, benchmarks } = tree;
  const context = useMemo(
    () => planContext(plan.year, asOfPeriod, indicators, valuesByIndicator(values), benchmarks),
    [plan.year, asOfPeriod, indicators, values, benchmarks],
  );
  const evaluations = useMemo(
    () => evaluatePlan(indicators, values, context, benchmarks),
    [indicators, values, context, benchmarks],
  );
  const sections = briefSections(plan.actions, indicators);
  const counts = countStatuses([...evaluations.values()].map((evaluation) => evaluation.status));
  const sources = [...new Set(indicators.map((indicator) => pick(indicator.dataSource)))];
  const number = (index: number) => (locale === 'zh-CN' ? chineseNumber(index) : String(index));
  const explanationList = useExplanations(plan.id).data?.explanations;
  const explanations = useMemo(() => explanationsByIndicator(explanationList ?? []), [explanationList]);

  return (
    <ReportingPlanContext value={plan}>
      <article className="brief">
        <div className="brief__tools">
          <AsOfSelect year={plan.year} value={asOfPeriod} latest={latest} updating={false} />
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            <Printer className="button__icon" aria-hidden="true" focusable="false" />
            {tc('print')}
          </button>
        </div>
        <header className="brief__header">
          <p className="brief__zone">{pick(plan.zone)}</p>
          <h1 className="brief__title">{t('title', { year: plan.year })}</h1>
          <p className="brief__as-of">{t('asOf', { period: formatPeriod(asOfPeriod, locale) })}</p>
          <p className="brief__generated">
            {t('generated', { time: formatChinaDateTime(generatedAt, locale, 'long') })}
          </p>
        </header>
        <p className="brief__summary">
          {t('summary', { total: indicators.length })}
          {counts
            .map(({ status, count }) => t('summaryItem', { status: tc(`status.${status}`), count }))
            .join(locale === 'zh-CN' ? ',' : ', ')}
          {locale === 'zh-CN' ? '。' : '.'}
        </p>
        {sections.map((section, index) => (
          <BriefTable
            key={section.key}
            heading={
              section.action
                ? t('action', {
                    number: number(index + 1),
                    order: section.action.order,
                    name: pick(section.action.name),
                  })
                : t('mainTargets')
            }
            indicators={section.indicators}
            evaluations={evaluations}
            context={context}
            explanations={explanations}
          />
        ))}
        <footer className="brief__footer">
          <p>{t('scheduleNote')}</p>
          <p>{t('dataSources', { sources: sources.join(locale === 'zh-CN' ? '、' : '; ') })}</p>
          <p>
            {t('source', {
              title: plan.sourceDocument.title,
              publisher: plan.sourceDocument.publisher,
              date: formatDate(plan.sourceDocument.publishedOn, locale),
            })}
          </p>
          {tree.hasDemoData ? <p className="brief__demo">{t('demo')}</p> : null}
        </footer>
      </article>
    </ReportingPlanContext>
  );
}

export default function BriefPage() {
  const { t: tc } = useTranslation();
  const asOf = useAsOfParam();
  const planId = usePlanId();
  const figures = useFigureViewParam();
  const tree = usePlanTree(planId, asOf, figures);
  const latest = usePlanTree(planId, undefined, figures);
  const latestPeriod = latest.data
    ? defaultAsOfPeriod(latest.data.values, latest.data.plan.year, todayInChina())
    : undefined;
  const failed = tree.isError ? tree : latest.isError ? latest : null;

  if (failed) {
    return (
      <div className="page">
        <h1 className="page__title">{tc('nav.brief')}</h1>
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      </div>
    );
  }
  if (!tree.data || !latestPeriod) {
    return (
      <div className="page">
        <h1 className="page__title">{tc('nav.brief')}</h1>
        <LoadingState blocks={4} />
      </div>
    );
  }
  return (
    <div className="page brief-page">
      <title>{`${tc('nav.brief')} · ${asOf ?? latestPeriod}`}</title>
      <PendingFiguresSwitch reviewFigures={tree.data.plan.reviewFigures} />
      <PendingFiguresProvider values={tree.data.values}>
        <BriefDocument
          tree={tree.data}
          asOfPeriod={asOf ?? latestPeriod}
          latest={latestPeriod}
          generatedAt={new Date(tree.dataUpdatedAt)}
        />
      </PendingFiguresProvider>
    </div>
  );
}
