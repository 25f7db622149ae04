/**
 * 3. 确认创建: the accepted targets go into a new plan (its organisation, level, year and title
 * prefilled from the report) or an existing one. The preview shows what will be created and what
 * is still wrong; confirming writes it all at once and opens the plan's overview. Admins only.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { organisationLevelSchema, type OrganisationLevel } from '../../domain/model';
import { usePlans } from '../../lib/api/get-plans';
import { planPath } from '../../lib/plan/planAddress';
import { useConfirmDraft } from './api/confirm-draft';
import { ConfirmPreview } from './ConfirmPreview';
import {
  confirmationBody,
  destinationYear,
  missingField,
  previewOf,
  proposedNewPlan,
  type Destination,
  type NewPlanFields,
} from './confirmation';
import type { Review } from './proposals';

const levels = organisationLevelSchema.options;

function useFailureText(error: unknown): string | null {
  const { t } = useTranslation('drafting');
  const { t: common } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'conflict') return t('confirm.stale');
  if (error instanceof ApiError && error.code === 'invalidBody' && error.message) return error.message;
  return common(errorMessageKey(error));
}

export function ConfirmStep({ review }: { review: Review }) {
  const { t } = useTranslation('drafting');
  const headingId = useId();
  const navigate = useNavigate();
  const plans = usePlans();
  const confirm = useConfirmDraft();
  const [newPlan, setNewPlan] = useState<NewPlanFields>(() =>
    proposedNewPlan(review, new Date().getFullYear()),
  );
  const [into, setInto] = useState<'newPlan' | 'existingPlan'>('newPlan');
  const [planId, setPlanId] = useState('');
  const openPlans = (plans.data?.plans ?? []).filter((plan) => !plan.archived);
  const destination: Destination =
    into === 'newPlan' ? { kind: 'newPlan', fields: newPlan } : { kind: 'existingPlan', planId };
  const year = destinationYear(destination, openPlans);
  const preview = year === null ? [] : previewOf(review, year);
  const frameItems = (review.frame?.tasks.length ?? 0) + (review.frame?.actions.length ?? 0);
  const problems = preview.reduce((count, target) => count + target.problems.length, 0);
  const missing = missingField(destination);
  const failure = useFailureText(confirm.error);
  const blocked =
    preview.length === 0 || problems > 0 || missing !== null || year === null || confirm.isPending;

  const field = (key: keyof NewPlanFields, type = 'text') => (
    <label className="draft-confirm__field">
      {t(`confirm.fields.${key}`)}
      <input
        type={type}
        value={newPlan[key]}
        required
        onChange={(event) => setNewPlan((current) => ({ ...current, [key]: event.target.value }))}
      />
    </label>
  );

  return (
    <section className="panel draft-confirm" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('confirm.heading')}
      </h2>
      <fieldset className="draft-confirm__into">
        <legend>{t('confirm.into')}</legend>
        {(['newPlan', 'existingPlan'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="draft-into" checked={into === kind} onChange={() => setInto(kind)} />
            {t(`confirm.${kind}`)}
          </label>
        ))}
      </fieldset>
      {into === 'newPlan' ? (
        <div className="draft-confirm__fields">
          {field('organisation')}
          <label className="draft-confirm__field">
            {t('confirm.fields.level')}
            <select
              value={newPlan.level}
              onChange={(event) =>
                setNewPlan((current) => ({ ...current, level: event.target.value as OrganisationLevel }))
              }
            >
              {levels.map((level) => (
                <option key={level} value={level}>
                  {t(`confirm.levels.${level}`)}
                </option>
              ))}
            </select>
          </label>
          {field('year', 'number')}
          {field('title')}
          {field('documentTitle')}
          {field('publishedOn', 'date')}
        </div>
      ) : (
        <label className="draft-confirm__field">
          {t('confirm.fields.planId')}
          <select value={planId} onChange={(event) => setPlanId(event.target.value)}>
            <option value="">{t('confirm.choosePlan')}</option>
            {openPlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {t('confirm.planOption', {
                  year: plan.year,
                  organisation: plan.zone.zh,
                  title: plan.title.zh,
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      <ConfirmPreview preview={preview} newPlan={into === 'newPlan'} frameItems={frameItems} />
      <p role="status" className="draft-confirm__status">
        {missing !== null
          ? t('confirm.missing', { field: t(`confirm.fields.${missing}`) })
          : problems > 0
            ? t('confirm.problems', { count: problems })
            : preview.length === 0
              ? t('confirm.nothingAccepted')
              : t('confirm.ready', { count: preview.length })}
      </p>
      {failure ? (
        <p className="draft-page__error" role="alert">
          {failure}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={blocked}
        onClick={() =>
          confirm.mutate(confirmationBody(review, destination, openPlans), {
            onSuccess: ({ plan }) => void navigate(planPath(plan.id)),
          })
        }
      >
        {confirm.isPending ? t('confirm.writing') : t('confirm.submit', { count: preview.length })}
      </button>
    </section>
  );
}
