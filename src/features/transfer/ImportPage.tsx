/**
 * 导入数据 (`/import?kind=figures|projects`): download the template, upload the filled-in file for
 * a dry run that checks every row, and confirm the import once nothing is wrong. Writers only;
 * the server checks again on commit and writes all rows or none. Loaded lazily.
 */
import { Upload } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  maxImportRows,
  mayCommit,
  transferPaths,
  type ImportReport,
  type TransferKind,
} from '../../api/transferContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { defaultAsOfPeriod } from '../../domain/asOf';
import type { PlanSummary } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { useSession } from '../../lib/api/get-session';
import { signInPath } from '../../lib/nextPath';
import { usePlans } from '../../lib/api/get-plans';
import { useImportFile } from './api/import-file';
import { ImportPreview } from './ImportPreview';
import { TemplateDownloads } from './TemplateDownloads';
import './transfer.css';
import { usePlanId } from '../../lib/plan/usePlanId';
import { planPath } from '../../lib/plan/planAddress';
import { SpreadsheetFileInput } from '../../components/SpreadsheetFileInput';

function kindOf(value: string | null): TransferKind {
  return value === 'projects' ? 'projects' : 'figures';
}

function ImportSteps({ plan, kind }: { plan: PlanSummary; kind: TransferKind }) {
  const { t } = useTranslation('transfer');
  const { t: tc } = useTranslation();
  const uploadHeadingId = useId();
  const previewHeadingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [committed, setCommitted] = useState<ImportReport | null>(null);
  const importFile = useImportFile();
  const path =
    kind === 'figures' ? transferPaths.figureImport(plan.id) : transferPaths.projectImport(plan.id);

  function check(chosen: File): void {
    setCommitted(null);
    setReport(null);
    importFile.mutate({ path, file: chosen, mode: 'dry-run' }, { onSuccess: setReport });
  }

  function commit(): void {
    if (!file) return;
    importFile.mutate(
      { path, file, mode: 'commit' },
      {
        onSuccess: (result) => {
          setReport(result);
          setCommitted(result);
        },
      },
    );
  }

  const ready = report !== null && report.mode === 'dry-run' && mayCommit(report);
  return (
    <>
      <TemplateDownloads
        plan={plan}
        kind={kind}
        latestPeriod={defaultAsOfPeriod([], plan.year, todayInChina())}
      />
      <section className="panel" aria-labelledby={uploadHeadingId}>
        <h2 id={uploadHeadingId} className="panel__title">
          {t('upload.heading')}
        </h2>
        <div className="import-page__controls">
          <SpreadsheetFileInput
            className="import-page__file"
            labelClassName="import-page__file-label"
            iconClassName="button__icon"
            label={t('upload.file', { max: maxImportRows })}
            onChoose={(chosen) => {
              setFile(chosen);
              if (chosen) check(chosen);
            }}
          />
          {file && !importFile.isPending ? (
            <button type="button" className="button" onClick={() => check(file)}>
              {t('upload.again')}
            </button>
          ) : null}
        </div>
        {importFile.isPending ? (
          <p role="status" className="import-page__hint">
            {t(importFile.variables?.mode === 'commit' ? 'commit.saving' : 'upload.checking')}
          </p>
        ) : null}
        {importFile.isError ? (
          <p className="import-page__error" role="alert">
            {tc(errorMessageKey(importFile.error))}
          </p>
        ) : null}
      </section>
      {report ? (
        <section className="panel" aria-labelledby={previewHeadingId}>
          <h2 id={previewHeadingId} className="panel__title">
            {committed?.committed ? t('commit.heading') : t('preview.heading')}
          </h2>
          <div role="status" className="import-page__verdict">
            {committed?.committed ? (
              <p className="import-page__done">
                {t('commit.done', { create: committed.counts.create, update: committed.counts.update })}
                {committed.batchId ? (
                  <span className="import-page__batch">
                    {t('commit.batch', { batchId: committed.batchId })}
                  </span>
                ) : null}
              </p>
            ) : committed ? (
              <p className="import-page__error">{t('commit.refused')}</p>
            ) : report.fileIssues.length > 0 ? null : report.counts.error > 0 ? (
              <p className="import-page__error">{t('preview.hasErrors', { count: report.counts.error })}</p>
            ) : ready ? (
              <p className="import-page__ok">{t('preview.allGood')}</p>
            ) : (
              <p>{t('preview.nothingToWrite')}</p>
            )}
          </div>
          {committed?.committed ? null : (
            <button
              type="button"
              className="button button--primary import-page__commit"
              disabled={!ready || importFile.isPending}
              onClick={commit}
            >
              <Upload aria-hidden="true" focusable="false" className="button__icon" />
              {importFile.isPending && importFile.variables?.mode === 'commit'
                ? t('commit.saving')
                : t('commit.submit')}
            </button>
          )}
          <ImportPreview report={report} />
        </section>
      ) : null}
    </>
  );
}

export default function ImportPage() {
  const { t } = useTranslation('transfer');
  const [search, setSearch] = useSearchParams();
  const kind = kindOf(search.get('kind'));
  const session = useSession();
  const plans = usePlans();
  const planId = usePlanId();
  const plan = plans.data?.plans.find((candidate) => candidate.id === planId);
  const user = session.data?.user ?? null;

  let body;
  if (session.isError || plans.isError) {
    const failed = session.isError ? session : plans;
    body = (
      <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
    );
  } else if (!session.data || !plans.data) {
    body = <LoadingState blocks={3} />;
  } else if (!user) {
    body = (
      <p className="import-page__intro">
        <Link to={signInPath(planPath(planId, 'import'))}>{t('signIn')}</Link>
      </p>
    );
  } else if (user.role === 'viewer') {
    body = <p className="import-page__intro">{t('viewerOnly')}</p>;
  } else if (plan) {
    body = (
      <>
        <fieldset className="import-kind">
          <legend className="import-kind__legend">{t('kind.legend')}</legend>
          {(['figures', 'projects'] as const).map((option) => (
            <label key={option} className="import-kind__option">
              <input
                type="radio"
                name="import-kind"
                value={option}
                checked={kind === option}
                onChange={() => setSearch(option === 'figures' ? {} : { kind: option }, { replace: true })}
              />
              <span>
                <span className="import-kind__name">{t(`kind.${option}`)}</span>
                <span className="import-kind__hint">{t(`kind.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ImportSteps key={kind} plan={plan} kind={kind} />
      </>
    );
  }

  return (
    <div className="page import-page">
      <header className="page__header">
        <h1 className="page__title">{t('title')}</h1>
      </header>
      <p className="import-page__intro">{t('intro')}</p>
      {body}
    </div>
  );
}
