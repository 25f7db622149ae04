/**
 * 变更记录 (`/admin/audit`, admins): the whole change history with filters (indicator, user name,
 * date range, all kept in the address) and an export of the filtered log as CSV for Excel.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useLocalized } from '../../i18n/localized';
import { useSession } from '../../lib/api/get-session';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { auditPageSize, downloadAuditCsv, useAudit, type AuditQuery } from './api/get-audit';
import { AuditTable } from './AuditTable';
import './audit.css';
import { usePlanId } from '../../lib/plan/usePlanId';

const filterKeys = ['indicatorId', 'actor', 'from', 'to'] as const;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function queryFrom(searchParams: URLSearchParams): AuditQuery {
  const query: AuditQuery = {};
  for (const key of filterKeys) {
    const value = searchParams.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !datePattern.test(value)) continue;
    query[key] = value;
  }
  return query;
}

export default function AuditLogPage() {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const { pick } = useLocalized();
  const session = useSession();
  const user = session.data?.user ?? null;
  const isAdmin = user?.role === 'admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFrom(searchParams);
  const audit = useAudit(query, isAdmin);
  const indicators = usePlanTree(usePlanId(), undefined).data?.indicators ?? [];
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of filterKeys) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setSearchParams(next);
  }

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    try {
      await downloadAuditCsv(query);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  }

  const body = (() => {
    if (session.isPending) return <LoadingState />;
    if (!user) return <EmptyState title={t('signIn')} />;
    if (!isAdmin) return <EmptyState title={t('adminOnly')} />;
    return (
      <>
        <form
          className="audit-filters"
          onSubmit={applyFilters}
          aria-label={t('filters.heading')}
          key={searchParams.toString()}
        >
          <div className="audit-filters__field">
            <label htmlFor="audit-indicator">{t('filters.indicator')}</label>
            <select
              id="audit-indicator"
              name="indicatorId"
              className="select"
              defaultValue={query.indicatorId ?? ''}
            >
              <option value="">{t('filters.allIndicators')}</option>
              {indicators.map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {pick(indicator.name)}
                </option>
              ))}
            </select>
          </div>
          <InputFilter name="actor" label={t('filters.actor')} value={query.actor} autoComplete="off" />
          <InputFilter name="from" label={t('filters.from')} value={query.from} type="date" />
          <InputFilter name="to" label={t('filters.to')} value={query.to} type="date" />
          <div className="audit-filters__actions">
            <button type="submit" className="button button--primary">
              {t('filters.apply')}
            </button>
            <button type="button" className="button" onClick={() => setSearchParams(new URLSearchParams())}>
              {t('filters.clear')}
            </button>
            <button type="button" className="button" onClick={() => void exportCsv()} disabled={exporting}>
              {exporting ? t('exporting') : t('export')}
            </button>
          </div>
        </form>
        {exportError ? (
          <p className="audit-page__alert" role="alert">
            {tc(errorMessageKey(exportError))}
          </p>
        ) : null}
        {audit.isError ? (
          <ErrorState error={audit.error} onRetry={() => void audit.refetch()} retrying={audit.isFetching} />
        ) : !audit.data ? (
          <LoadingState />
        ) : audit.data.entries.length === 0 ? (
          <EmptyState title={t('none')} />
        ) : (
          <AuditTable
            entries={audit.data.entries}
            caption={t('caption', { count: auditPageSize })}
            indicators={new Map(indicators.map((indicator) => [indicator.id, indicator]))}
          />
        )}
      </>
    );
  })();

  return (
    <section className="page audit-page" aria-labelledby="audit-title">
      <h1 id="audit-title" className="page__title">
        {t('title')}
      </h1>
      <p className="audit-page__intro">{t('intro')}</p>
      {body}
    </section>
  );
}

interface InputFilterProps {
  /** The form field, also the address's parameter. */
  name: 'actor' | 'from' | 'to';
  label: string;
  value: string | undefined;
  type?: 'text' | 'date';
  autoComplete?: 'off';
}

/** One text or date field of the filter form, filled from the address. */
function InputFilter({ name, label, value, type, autoComplete }: InputFilterProps) {
  return (
    <div className="audit-filters__field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input
        id={`audit-${name}`}
        name={name}
        type={type}
        className="audit-filters__input"
        defaultValue={value ?? ''}
        autoComplete={autoComplete}
      />
    </div>
  );
}
