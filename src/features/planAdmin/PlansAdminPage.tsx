/**
 * `/admin/plans`: every plan, with rename, archive / unarchive and copy to a new year (which then
 * opens the new plan's administration). Admins only.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import type { Bilingual, PlanSummary } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { usePlans } from '../../lib/api/get-plans';
import { AdminOnly } from './AdminOnly';
import { useCopyPlan, useUpdatePlan } from './api/plan-writes';
import { BilingualInputs } from './BilingualInputs';
import { describedBy, FieldMessage } from './FieldMessage';
import { serverErrorFor } from './writeErrors';
import { TemplateImportLink } from './TemplateImportLink';
import { WriteStatus } from './WriteStatus';
import './registerMessages';
import './planAdmin.css';

export default function PlansAdminPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <section className="page plan-admin" aria-labelledby="plans-admin-title">
      <div className="page__header">
        <h1 id="plans-admin-title" className="page__title">
          {t('plans.title')}
        </h1>
        <div className="plan-admin__buttons">
          <Link to="/plans/new" className="button button--primary">
            {t('plans.create')}
          </Link>
          <TemplateImportLink />
        </div>
      </div>
      <p>{t('plans.intro')}</p>
      <AdminOnly>
        <PlanList />
      </AdminOnly>
    </section>
  );
}

function PlanList() {
  const { t } = useTranslation('planAdmin');
  const plans = usePlans();
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const sorted = [...plans.data.plans].sort(
    (a, b) =>
      Number(a.archived) - Number(b.archived) || b.year - a.year || a.zone.zh.localeCompare(b.zone.zh),
  );
  return (
    <section className="panel" aria-labelledby="plans-list-heading">
      <h2 id="plans-list-heading" className="panel__title">
        {t('plans.listHeading')}
      </h2>
      {sorted.length === 0 ? (
        <p>{t('plans.empty')}</p>
      ) : (
        <ul className="plan-admin__plans">
          {sorted.map((plan) => (
            <PlanRow key={`${plan.id}-${plan.version}`} plan={plan} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PlanRow({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const navigate = useNavigate();
  const update = useUpdatePlan(plan.id);
  const copy = useCopyPlan(plan.id);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState<Bilingual>(plan.title);
  const [copying, setCopying] = useState(false);
  const [year, setYear] = useState(String(plan.year + 1));
  const name = pick(plan.title);
  const yearError = serverErrorFor(copy.error, 'year');

  return (
    <li className="plan-admin__plan">
      <div className="plan-admin__plan-head">
        <p className="plan-admin__plan-title">
          <strong>
            {plan.year} · {name}
          </strong>{' '}
          <span className={plan.archived ? 'plan-admin__tag plan-admin__tag--muted' : 'plan-admin__tag'}>
            {plan.archived ? t('plans.archived') : t('plans.active')}
          </span>
        </p>
        <p className="plan-admin__meta">
          {pick(plan.zone)} · {t(`levels.${plan.organisationLevel}`)} · {t(`natures.${plan.nature}`)}
        </p>
      </div>
      <div className="plan-admin__buttons">
        <Link
          to={`/plans/${encodeURIComponent(plan.id)}/admin`}
          className="button button--small"
          aria-label={t('plans.manage', { name })}
        >
          {t('nav.frame')}
        </Link>
        <button
          type="button"
          className="button button--small"
          aria-expanded={renaming}
          onClick={() => setRenaming(!renaming)}
          aria-label={t('common.renameItem', { name })}
        >
          {t('common.rename')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={update.isPending}
          aria-label={plan.archived ? t('plans.unarchive', { name }) : t('plans.archive', { name })}
          onClick={() =>
            update.mutate({ patch: { archived: !plan.archived }, expectedVersion: plan.version })
          }
        >
          {plan.archived ? t('plans.unarchiveButton') : t('plans.archiveButton')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={copying}
          onClick={() => setCopying(!copying)}
          aria-label={t('plans.copyItem', { name })}
        >
          {t('plans.copy')}
        </button>
      </div>
      {renaming ? (
        <form
          className="plan-admin__inline-form"
          aria-label={t('common.renameItem', { name })}
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(
              {
                patch: { title: { zh: title.zh.trim(), en: title.en.trim() } },
                expectedVersion: plan.version,
              },
              { onSuccess: () => setRenaming(false) },
            );
          }}
        >
          <BilingualInputs
            label={t('plans.planTitle')}
            value={title}
            onChange={setTitle}
            errors={{
              zh: serverErrorFor(update.error, 'title.zh'),
              en: serverErrorFor(update.error, 'title.en'),
            }}
          />
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </button>
        </form>
      ) : null}
      <WriteStatus error={update.error} shownFields={['title']} />
      {copying ? (
        <form
          className="plan-admin__inline-form"
          aria-label={t('plans.copyItem', { name })}
          onSubmit={(event) => {
            event.preventDefault();
            copy.mutate(
              { year: Number(year) },
              {
                onSuccess: (response) =>
                  void navigate(`/plans/${encodeURIComponent(response.plan.id)}/admin`),
              },
            );
          }}
        >
          <p className="plan-admin__hint">{t('plans.copyHint')}</p>
          <div className="plan-admin__field">
            <label htmlFor={`copy-year-${plan.id}`}>{t('plans.copyYear')}</label>
            <input
              id={`copy-year-${plan.id}`}
              className="plan-admin__input plan-admin__input--number"
              inputMode="numeric"
              value={year}
              onChange={(event) => setYear(event.target.value)}
              {...describedBy(`copy-year-${plan.id}-error`, yearError)}
            />
            <FieldMessage id={`copy-year-${plan.id}-error`} message={yearError} />
          </div>
          <button type="submit" className="button button--primary" disabled={copy.isPending}>
            {copy.isPending ? t('plans.copying') : t('plans.copyConfirm')}
          </button>
        </form>
      ) : null}
      <WriteStatus error={copy.error} shownFields={['year']} />
    </li>
  );
}
