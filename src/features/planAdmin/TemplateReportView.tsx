/**
 * What a plan template's dry run found: the verdict in words (with an icon, never colour alone),
 * the plan it would create (organisation, year, frame, indicators with their targets) and every
 * problem by sheet, row and column.
 */
import { CircleAlert, CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PlanTemplateReport, TemplatePreview } from '../../api/planTemplateContract';
import { useLocalized } from '../../i18n/localized';

interface Problem {
  key: string;
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export function problemsOf(report: PlanTemplateReport): Problem[] {
  const problems: Problem[] = report.fileIssues.map((issue, index) => ({
    key: `file-${index}`,
    sheet: '',
    row: null,
    column: null,
    message: issue.message,
  }));
  for (const sheet of report.sheets) {
    sheet.issues.forEach((issue, index) =>
      problems.push({
        key: `${sheet.sheet}-${index}`,
        sheet: sheet.sheet,
        row: null,
        column: issue.column,
        message: issue.message,
      }),
    );
    for (const row of sheet.rows)
      row.issues.forEach((issue, index) =>
        problems.push({
          key: `${sheet.sheet}-${row.row}-${index}`,
          sheet: sheet.sheet,
          row: row.row,
          column: issue.column,
          message: issue.message,
        }),
      );
  }
  return problems;
}

export function TemplateVerdict({ report }: { report: PlanTemplateReport }) {
  const { t } = useTranslation('planTemplate');
  const clean = report.problemCount === 0 && report.preview !== null;
  const Icon = clean ? CircleCheck : CircleAlert;
  return (
    <p
      className={
        clean
          ? 'plan-template__verdict plan-template__verdict--ok'
          : 'plan-template__verdict plan-template__verdict--problems'
      }
    >
      <Icon aria-hidden="true" focusable="false" className="plan-template__icon" />
      {clean ? t('result.clean') : t('result.problems', { count: Math.max(report.problemCount, 1) })}
    </p>
  );
}

export function TemplateProblems({ report }: { report: PlanTemplateReport }) {
  const { t } = useTranslation('planTemplate');
  const problems = problemsOf(report);
  if (problems.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="template-problems">
      <h2 id="template-problems" className="panel__title">
        {t('problems.heading')}
      </h2>
      <div className="plan-template__scroll">
        <table className="plan-template__table plan-template__table--stacking">
          <caption className="visually-hidden">{t('problems.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('problems.sheet')}</th>
              <th scope="col">{t('problems.row')}</th>
              <th scope="col">{t('problems.column')}</th>
              <th scope="col">{t('problems.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem) => (
              <tr key={problem.key}>
                <td data-label={t('problems.sheet')}>{problem.sheet || t('result.fileProblems')}</td>
                <td data-label={t('problems.row')}>{problem.row ?? '—'}</td>
                <td data-label={t('problems.column')}>
                  {problem.column ??
                    (problem.row === null ? t('problems.wholeSheet') : t('problems.wholeRow'))}
                </td>
                <td data-label={t('problems.problem')}>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function TemplatePreviewView({ preview }: { preview: TemplatePreview }) {
  const { t } = useTranslation('planTemplate');
  const { pick, locale } = useLocalized();
  const english = locale.startsWith('en');
  const separator = english ? ', ' : '、';
  const names = (list: { zh: string; en: string }[]) =>
    list.length === 0 ? t('preview.none') : list.map(pick).join(separator);
  return (
    <section className="panel" aria-labelledby="template-preview">
      <h2 id="template-preview" className="panel__title">
        {t('preview.heading')}
      </h2>
      <dl className="plan-template__facts">
        <dt>{t('preview.organisation')}</dt>
        <dd>
          {pick(preview.organisation)}
          {english
            ? ` (${t(`levels.${preview.organisationLevel}`)})`
            : `（${t(`levels.${preview.organisationLevel}`)}）`}
        </dd>
        <dt>{t('preview.year')}</dt>
        <dd>{preview.year}</dd>
        <dt>{t('preview.title')}</dt>
        <dd>{pick(preview.title)}</dd>
        <dt>{t('preview.frame')}</dt>
        <dd>{preview.frameName ? pick(preview.frameName) : t('preview.noFrameName')}</dd>
        <dt>{t('preview.centralTasks')}</dt>
        <dd>{names(preview.centralTasks)}</dd>
        <dt>{t('preview.actions')}</dt>
        <dd>{names(preview.actions)}</dd>
        <dt>{t('preview.workItems')}</dt>
        <dd>{t('preview.count', { count: preview.workItems })}</dd>
        <dt>{t('preview.benchmarks')}</dt>
        <dd>{t('preview.count', { count: preview.benchmarks })}</dd>
        <dt>{t('preview.newDepartments')}</dt>
        <dd>
          {preview.newDepartments.length === 0 ? t('preview.none') : preview.newDepartments.join(separator)}
        </dd>
      </dl>
      <h3 className="plan-template__subheading">
        {t('preview.indicators', { count: preview.indicators.length })}
      </h3>
      <div className="plan-template__scroll">
        <table className="plan-template__table plan-template__table--stacking">
          <thead>
            <tr>
              <th scope="col">{t('preview.indicatorName')}</th>
              <th scope="col">{t('preview.target')}</th>
              <th scope="col">{t('preview.action')}</th>
              <th scope="col">{t('preview.leadDepartment')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.indicators.map((indicator) => (
              <tr key={indicator.id}>
                <td data-label={t('preview.indicatorName')}>{pick(indicator.name)}</td>
                <td data-label={t('preview.target')}>{pick(indicator.targetText)}</td>
                <td data-label={t('preview.action')}>
                  {indicator.action ? pick(indicator.action) : t('preview.mainTarget')}
                </td>
                <td data-label={t('preview.leadDepartment')}>
                  {indicator.leadDepartment ?? t('preview.unassigned')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
