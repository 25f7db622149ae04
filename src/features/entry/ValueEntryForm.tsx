/**
 * The 填报 form on an indicator page: one figure for one period, checked as the user types with
 * the server's own rules. Saving a period that already has a figure corrects it (the old one stays
 * in the revisions); a figure someone else saved meanwhile opens the conflict dialog.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { ValueFormBody } from '../../api/valuesContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { formatPeriod } from '../../domain/format';
import { judgementSchema, type Indicator, type IndicatorValue } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { formConflictOf, useSaveFigure } from './api/save-values';
import { ConflictDialog } from './ConflictDialog';
import {
  decodeFieldMessage,
  entryFormSchema,
  farFromHistoryOf,
  formBody,
  formValuesFor,
  type EntryFormField,
  type EntryFormValues,
} from './entryForm';
import { entryPeriods, useFigureText, useRuleMessage } from './entryText';
import { busyWhile, submitUnlessSaving } from '../../lib/savingForm';

interface ValueEntryFormProps {
  indicator: Indicator;
  planYear: number;
  /** The indicator's current figures (not an as-of view): their versions are what a save replaces. */
  figures: IndicatorValue[];
  /** The plan's figures are reviewed: the form saves a draft (保存草稿) or submits (报送). */
  reviewFigures?: boolean;
}

interface PendingConflict {
  period: string;
  body: ValueFormBody;
  current: IndicatorValue | null;
}

/** Server field names of the form body, mapped to the form's fields. */
const serverFields: Partial<Record<string, EntryFormField>> = {
  value: 'valueText',
  judgement: 'judgement',
  achievedOn: 'achievedOn',
  note: 'note',
  source: 'source',
  period: 'period',
  confirmation: 'confirmReason',
  'confirmation.reason': 'confirmReason',
};

export function ValueEntryForm({ indicator, planYear, figures, reviewFigures = false }: ValueEntryFormProps) {
  const { t } = useTranslation('entry');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const id = useId();
  const ruleMessage = useRuleMessage();
  const figureText = useFigureText();
  const today = todayInChina();
  const periods = useMemo(() => entryPeriods(indicator, planYear, today), [indicator, planYear, today]);
  const figureOf = (period: string) => figures.find((figure) => figure.period === period) ?? null;
  const initialPeriod = periods[periods.length - 1] ?? '';
  const save = useSaveFigure(indicator.planId, indicator.id);
  const [savedPeriod, setSavedPeriod] = useState<string | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);

  const history = useMemo(
    () => figures.map((figure) => ({ period: figure.period, value: figure.value })),
    [figures],
  );
  const schema = useMemo(
    () => entryFormSchema(indicator, planYear, today, history),
    [indicator, planYear, today, history],
  );
  const {
    register,
    handleSubmit,
    reset,
    setError,
    control,
    formState: { errors },
  } = useForm<EntryFormValues>({
    resolver: zodResolver(schema),
    defaultValues: formValuesFor(initialPeriod, figureOf(initialPeriod)),
  });
  const period = useWatch({ control, name: 'period' });
  const done = useWatch({ control, name: 'done' });
  const watched = useWatch({ control });
  const current = figureOf(period);
  const asksConfirmation =
    farFromHistoryOf(indicator, { ...formValuesFor(period, null), ...watched }, history) !== null;

  if (periods.length === 0) return <p className="entry-form__empty">{t('form.noPeriods')}</p>;

  function fieldMessage(error: FieldError | undefined): string | null {
    if (!error?.message) return null;
    const decoded = decodeFieldMessage(error.message);
    return 'issue' in decoded
      ? ruleMessage(decoded.issue, indicator)
      : t('rules.server', { message: decoded.text });
  }

  function submitBody(submittedPeriod: string, body: ValueFormBody) {
    setSavedPeriod(null);
    save.mutate(
      { period: submittedPeriod, body },
      {
        onSuccess: ({ saved }) => {
          setConflict(null);
          setSavedPeriod(submittedPeriod);
          reset(formValuesFor(submittedPeriod, saved[0] ?? null));
        },
        onError: (error) => {
          const stored = formConflictOf(error);
          if (stored !== undefined) {
            setConflict({ period: submittedPeriod, body, current: stored });
            return;
          }
          const field = error instanceof ApiError && error.field ? serverFields[error.field] : undefined;
          if (field) setError(field, { message: error.message });
        },
      },
    );
  }

  const submit = handleSubmit((form, event) => {
    // Under review, which button sent the form: 报送 (data-submit) or 保存草稿.
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
    const submitsForReview = submitter?.dataset.submit === 'true';
    // a reason is sent only for a figure that needs one (it may be left from an earlier figure)
    const far = farFromHistoryOf(indicator, form, history) !== null;
    const checked = far ? form : { ...form, confirmReason: '' };
    const body = formBody(indicator, checked, figureOf(form.period)?.version ?? null);
    submitBody(form.period, reviewFigures ? { ...body, submit: submitsForReview } : body);
  });

  function describe(field: EntryFormField) {
    const message = fieldMessage(errors[field]);
    return {
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-${field}-error` : undefined,
    };
  }

  function errorText(field: EntryFormField) {
    const message = fieldMessage(errors[field]);
    return message ? (
      <p id={`${id}-${field}-error`} className="entry-form__error">
        {message}
      </p>
    ) : null;
  }

  const unitText = tc(`units.${indicator.unit}`);
  const valueLabel =
    indicator.kind === 'qualitative'
      ? t('form.supportingValue')
      : indicator.unit === 'none'
        ? t('form.valueNoUnit')
        : t('form.value', { unit: unitText });
  const periodField = register('period', {
    onChange: (event: { target: { value: string } }) => {
      setSavedPeriod(null);
      reset(formValuesFor(event.target.value, figureOf(event.target.value)));
    },
  });

  return (
    <section className="panel entry-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('form.heading')}
      </h2>
      <p className="entry-form__intro">{reviewFigures ? t('review.intro') : t('form.intro')}</p>
      <form onSubmit={submitUnlessSaving(save.isPending, submit)} noValidate className="entry-form__fields">
        <div className="entry-form__field">
          <label htmlFor={`${id}-period`}>{t('form.period')}</label>
          <select id={`${id}-period`} className="select" {...describe('period')} {...periodField}>
            {periods.map((option) => (
              <option key={option} value={option}>
                {formatPeriod(option, locale)}
              </option>
            ))}
          </select>
          {errorText('period')}
          <p className="entry-form__current">
            {!current
              ? t('form.currentNone')
              : current.isDemo
                ? t('form.currentDemo', { value: figureText(indicator, current, locale) })
                : t('form.current', {
                    value: figureText(indicator, current, locale),
                    who: current.recordedBy,
                    time: formatRecordedAt(current.recordedAt, locale),
                  })}
          </p>
          {current?.review ? (
            <p className="entry-form__review-state">
              {t('review.state', { state: tc(`figureReview.states.${current.review.state}`) })}
              {current.review.state === 'returned' && current.review.comment ? (
                <span className="entry-form__review-comment">
                  {t('review.comment', { who: current.review.changedBy, comment: current.review.comment })}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
        {indicator.kind === 'milestone' ? (
          <>
            <div className="entry-form__field">
              <label htmlFor={`${id}-done`}>{t('form.milestone')}</label>
              <select id={`${id}-done`} className="select" {...describe('done')} {...register('done')}>
                <option value="">{t('form.choose')}</option>
                <option value="1">{t('form.done')}</option>
                <option value="0">{t('form.notDone')}</option>
              </select>
              {errorText('done')}
            </div>
            {done === '1' ? (
              <div className="entry-form__field">
                <label htmlFor={`${id}-achievedOn`}>{t('form.achievedOn')}</label>
                <input
                  id={`${id}-achievedOn`}
                  className="entry-form__input"
                  type="date"
                  max={today}
                  {...describe('achievedOn')}
                  {...register('achievedOn')}
                />
                {errorText('achievedOn')}
              </div>
            ) : null}
          </>
        ) : (
          <>
            {indicator.kind === 'qualitative' ? (
              <div className="entry-form__field">
                <label htmlFor={`${id}-judgement`}>{t('form.judgement')}</label>
                <select
                  id={`${id}-judgement`}
                  className="select"
                  {...describe('judgement')}
                  {...register('judgement')}
                >
                  <option value="">{t('form.choose')}</option>
                  {judgementSchema.options.map((judgement) => (
                    <option key={judgement} value={judgement}>
                      {t(`judgements.${judgement}`)}
                    </option>
                  ))}
                </select>
                {errorText('judgement')}
              </div>
            ) : null}
            <div className="entry-form__field">
              <label htmlFor={`${id}-valueText`}>{valueLabel}</label>
              <input
                id={`${id}-valueText`}
                className="entry-form__input entry-form__input--number"
                inputMode="decimal"
                autoComplete="off"
                {...describe('valueText')}
                {...register('valueText')}
              />
              {errorText('valueText')}
            </div>
            {asksConfirmation ? (
              <div className="entry-form__field entry-form__field--wide">
                <label htmlFor={`${id}-confirmReason`}>{t('form.confirmReason')}</label>
                <textarea
                  id={`${id}-confirmReason`}
                  className="entry-form__input"
                  rows={2}
                  {...describe('confirmReason')}
                  {...register('confirmReason')}
                />
                {errorText('confirmReason')}
              </div>
            ) : null}
          </>
        )}
        <div className="entry-form__field entry-form__field--wide">
          <label htmlFor={`${id}-note`}>{t('form.note')}</label>
          <textarea
            id={`${id}-note`}
            className="entry-form__input"
            rows={2}
            placeholder={t('form.notePlaceholder')}
            {...describe('note')}
            {...register('note')}
          />
          {errorText('note')}
        </div>
        <div className="entry-form__field entry-form__field--wide">
          <label htmlFor={`${id}-source`}>{t('form.source')}</label>
          <input
            id={`${id}-source`}
            className="entry-form__input"
            {...describe('source')}
            {...register('source')}
          />
          {errorText('source')}
        </div>
        <div className="entry-form__actions">
          {reviewFigures ? (
            <>
              <button type="submit" className="button" {...busyWhile(save.isPending)}>
                {t('review.saveDraft')}
              </button>
              <button
                type="submit"
                className="button button--primary"
                {...busyWhile(save.isPending)}
                data-submit="true"
              >
                {save.isPending ? t('form.saving') : t('review.submit')}
              </button>
            </>
          ) : (
            <button type="submit" className="button button--primary" {...busyWhile(save.isPending)}>
              {save.isPending ? t('form.saving') : t('form.submit')}
            </button>
          )}
          <p className="entry-form__status" role="status">
            {savedPeriod ? t('form.saved', { period: formatPeriod(savedPeriod, locale) }) : null}
          </p>
        </div>
        {save.isError && !conflict && !(save.error instanceof ApiError && save.error.field) ? (
          <p className="entry-form__alert" role="alert">
            {tc(errorMessageKey(save.error))}
          </p>
        ) : null}
      </form>
      {conflict ? (
        <ConflictDialog
          busy={save.isPending}
          items={[
            {
              key: conflict.period,
              label: t('conflict.item', {
                indicator: pick(indicator.name),
                period: formatPeriod(conflict.period, locale),
              }),
              mine: figureText(indicator, bodyAsFigure(indicator, conflict), locale),
              theirs: conflict.current ? figureText(indicator, conflict.current, locale) : null,
              savedBy: conflict.current
                ? t('conflict.by', {
                    who: conflict.current.recordedBy,
                    time: formatRecordedAt(conflict.current.recordedAt, locale),
                  })
                : null,
            },
          ]}
          onKeepMine={() =>
            submitBody(conflict.period, {
              ...conflict.body,
              expectedVersion: conflict.current?.version ?? null,
            })
          }
          onTakeTheirs={() => {
            setConflict(null);
            save.reset();
            reset(formValuesFor(conflict.period, conflict.current));
          }}
          onDismiss={() => setConflict(null)}
        />
      ) : null}
    </section>
  );
}

/** My unsaved figure in the shape figureText reads. */
function bodyAsFigure(indicator: Indicator, conflict: PendingConflict): IndicatorValue {
  return {
    indicatorId: indicator.id,
    period: conflict.period,
    value: conflict.body.value,
    judgement: conflict.body.judgement ?? null,
    achievedOn: conflict.body.achievedOn ?? null,
    note: conflict.body.note,
    source: conflict.body.source ?? null,
    isDemo: false,
    recordedBy: '',
    recordedAt: '',
    version: 1,
  };
}
