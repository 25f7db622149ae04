/**
 * `/admin/plans/import` (从模板导入计划): upload a plan template, see the plan it would create and
 * every problem by sheet, row and column, and confirm; the new plan opens once it is created.
 * Admins only; the server checks again on confirm and creates all of it or nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mayCreatePlan, type PlanTemplateReport } from '../../api/planTemplateContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { planPath } from '../../lib/plan/planAddress';
import { AdminOnly } from './AdminOnly';
import { useTemplateImport } from './api/plan-template';
import { TemplatePreviewView, TemplateProblems, TemplateVerdict } from './TemplateReportView';
import './registerMessages';
import './registerTemplateMessages';
import './planAdmin.css';
import './planTemplate.css';
import { SpreadsheetFileInput } from '../../components/SpreadsheetFileInput';

export default function PlanTemplateImportPage() {
  const { t } = useTranslation('planTemplate');
  return (
    <section className="page plan-admin plan-template" aria-labelledby="plan-template-title">
      <h1 id="plan-template-title" className="page__title">
        {t('title')}
      </h1>
      <p>{t('intro')}</p>
      <AdminOnly>
        <TemplateImport />
      </AdminOnly>
    </section>
  );
}

function TemplateImport() {
  const { t } = useTranslation('planTemplate');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const upload = useTemplateImport();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<PlanTemplateReport | null>(null);

  function check(chosen: File): void {
    setReport(null);
    upload.mutate({ file: chosen, mode: 'dry-run' }, { onSuccess: setReport });
  }

  function confirm(): void {
    if (!file) return;
    upload.mutate(
      { file, mode: 'commit' },
      {
        onSuccess: (result) => {
          setReport(result);
          if (result.committed && result.planId) void navigate(planPath(result.planId));
        },
      },
    );
  }

  const ready = report !== null && report.mode === 'dry-run' && mayCreatePlan(report);
  return (
    <>
      <section className="panel" aria-labelledby="template-upload">
        <h2 id="template-upload" className="panel__title">
          {t('upload.heading')}
        </h2>
        <SpreadsheetFileInput
          className="plan-template__file"
          labelClassName="plan-template__file-label"
          iconClassName="plan-template__icon"
          label={t('upload.label')}
          onChoose={(chosen) => {
            setFile(chosen);
            if (chosen) check(chosen);
          }}
        />
        {upload.isPending ? (
          <p role="status" className="plan-admin__hint">
            {t(upload.variables.mode === 'commit' ? 'upload.creating' : 'upload.checking')}
          </p>
        ) : null}
        {upload.isError ? (
          <p role="alert" className="plan-template__error">
            {tc(errorMessageKey(upload.error))}
          </p>
        ) : null}
      </section>
      {report ? (
        <section className="panel" aria-labelledby="template-result">
          <h2 id="template-result" className="panel__title">
            {t('result.heading')}
          </h2>
          <div role="status">
            <TemplateVerdict report={report} />
          </div>
          {ready ? (
            <button
              type="button"
              className="button button--primary"
              disabled={upload.isPending}
              onClick={confirm}
            >
              {t('result.confirm')}
            </button>
          ) : null}
        </section>
      ) : null}
      {report ? <TemplateProblems report={report} /> : null}
      {report?.preview ? <TemplatePreviewView preview={report.preview} /> : null}
    </>
  );
}
