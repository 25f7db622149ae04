/** The fields of the definition editor; saved with the version it was opened at. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { indicatorConflictSchema } from '../../api/definitionsContract';
import { comparatorSchema, type Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useIndicatorAudit } from '../../lib/api/get-indicator-audit';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { refreshDefinitions, useUpdateIndicatorDefinition } from './api/update-definition';
import { definitionsMessages } from './messages';
import { definitionFormSchema, toFormValues, toPatch, type DefinitionFormValues } from './definitionForm';
import { queryKeys } from '../../lib/queryKeys';

type FormErrorKey = Exclude<keyof (typeof definitionsMessages)['zh-CN']['editor']['errors'], 'server'>;
function isFormErrorKey(key: string): key is FormErrorKey {
  return key !== 'server' && key in definitionsMessages['zh-CN'].editor.errors;
}

export function DefinitionForm({ indicator, planYear }: { indicator: Indicator; planYear: number }) {
  const { t } = useTranslation('definitions');
  const { locale } = useLocalized();
  const id = useId();
  const queryClient = useQueryClient();
  const save = useUpdateIndicatorDefinition(indicator.id);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const schema = useMemo(
    () => definitionFormSchema(planYear, indicator.kind !== 'qualitative'),
    [planYear, indicator.kind],
  );
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<DefinitionFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(indicator, planYear),
  });
  const thresholds = useFieldArray({ control, name: 'thresholds' });
  const plannedMonths = useFieldArray({ control, name: 'plannedPath' });
  const useDefaultTolerances = useWatch({ control, name: 'useDefaultTolerances' });
  const useProRata = useWatch({ control, name: 'useProRata' });

  const submit = handleSubmit((values) => {
    setSavedVersion(null);
    save.mutate(
      { patch: toPatch(values, planYear), expectedVersion: indicator.version },
      {
        onSuccess: (response) => setSavedVersion(response.indicator.version),
        // Who changed it in between is in the audit trail, newer than any copy read before.
        onError: () =>
          void queryClient.invalidateQueries({ queryKey: queryKeys.audit.ofIndicator(indicator.id) }),
      },
    );
  });

  function errorText(error: FieldError | undefined, params: { number?: number; month?: number } = {}) {
    const key = error?.message;
    if (!key || !isFormErrorKey(key)) return null;
    return t(`editor.errors.${key}`, {
      year: planYear,
      number: params.number ?? 0,
      month: params.month ?? 0,
    });
  }

  /** aria and the message of one field. */
  function described(
    field: string,
    error: FieldError | undefined,
    params: { number?: number; month?: number } = {},
  ) {
    const text = errorText(error, params);
    const errorId = `${id}-${field}-error`;
    return {
      props: { 'aria-invalid': text !== null, 'aria-describedby': text === null ? undefined : errorId },
      message:
        text === null ? null : (
          <p id={errorId} className="definitions__error">
            {text}
          </p>
        ),
    };
  }

  const conflict =
    save.error instanceof ApiError && save.error.code === 'conflict'
      ? indicatorConflictSchema.safeParse(save.error.current)
      : null;
  const conflictSeen = conflict?.success === true;
  const audit = useIndicatorAudit(indicator.id, conflictSeen);
  const lastEdit = (audit.data?.entries ?? [])
    .filter((entry) => entry.entityType === 'indicator')
    .reduce<{ at: string; actorName: string } | null>(
      (latest, entry) => (latest === null || entry.at > latest.at ? entry : latest),
      null,
    );
  const lead = described('lead', errors.leadDepartment);
  const attention = described('attention', errors.attention);
  const behind = described('behind', errors.behind);
  const definitionPair = described('definition', errors.definitionEn);
  const dataSourcePair = described('dataSource', errors.dataSourceEn);

  return (
    <form onSubmit={submit} noValidate aria-label={t('editor.formName')} className="definitions__form">
      <div className="definitions__field">
        <label htmlFor={`${id}-lead`}>{t('editor.leadDepartment')}</label>
        <input
          id={`${id}-lead`}
          className="definitions__input"
          {...lead.props}
          {...register('leadDepartment')}
        />
        {lead.message}
      </div>

      <fieldset className="definitions__group">
        <legend>{t('editor.thresholds')}</legend>
        {thresholds.fields.map((field, index) => {
          const number = index + 1;
          const value = described(`threshold-${index}-value`, errors.thresholds?.[index]?.value, { number });
          const deadline = described(`threshold-${index}-deadline`, errors.thresholds?.[index]?.deadline, {
            number,
          });
          return (
            <div key={field.id} className="definitions__row">
              <label>
                {t('editor.thresholdComparator', { number })}
                <select className="select" {...register(`thresholds.${index}.comparator`)}>
                  {comparatorSchema.options.map((comparator) => (
                    <option key={comparator} value={comparator}>
                      {t(`editor.comparators.${comparator}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('editor.thresholdValue', { number })}
                <input
                  className="definitions__input definitions__input--number"
                  inputMode="decimal"
                  {...value.props}
                  {...register(`thresholds.${index}.value`)}
                />
              </label>
              <label>
                {t('editor.thresholdDeadline', { number })}
                <input
                  type="date"
                  className="definitions__input"
                  {...deadline.props}
                  {...register(`thresholds.${index}.deadline`)}
                />
              </label>
              <button type="button" className="button" onClick={() => thresholds.remove(index)}>
                {t('editor.removeThreshold', { number })}
              </button>
              {value.message}
              {deadline.message}
            </div>
          );
        })}
        {errors.thresholds?.root?.message || errors.thresholds?.message ? (
          <p className="definitions__error">
            {errorText(errors.thresholds.root ?? (errors.thresholds as FieldError))}
          </p>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => thresholds.append({ value: '', comparator: 'gte', deadline: `${planYear}-12-31` })}
        >
          {t('editor.addThreshold')}
        </button>
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.tolerances')}</legend>
        <p id={`${id}-tolerance-hint`} className="definitions__hint">
          {t('editor.toleranceHint')}
        </p>
        <label className="definitions__check">
          <input type="checkbox" {...register('useDefaultTolerances')} />
          {t('editor.useDefaultTolerances')}
        </label>
        {useDefaultTolerances ? null : (
          <div className="definitions__row">
            <label>
              {t('editor.attention')}
              <input
                className="definitions__input definitions__input--number"
                inputMode="decimal"
                {...attention.props}
                aria-describedby={[`${id}-tolerance-hint`, attention.props['aria-describedby']]
                  .filter(Boolean)
                  .join(' ')}
                {...register('attention')}
              />
            </label>
            <label>
              {t('editor.behind')}
              <input
                className="definitions__input definitions__input--number"
                inputMode="decimal"
                {...behind.props}
                aria-describedby={[`${id}-tolerance-hint`, behind.props['aria-describedby']]
                  .filter(Boolean)
                  .join(' ')}
                {...register('behind')}
              />
            </label>
            {attention.message}
            {behind.message}
          </div>
        )}
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.plannedPath')}</legend>
        <label className="definitions__check">
          <input type="checkbox" {...register('useProRata')} />
          {t('editor.useProRata')}
        </label>
        {useProRata ? null : (
          <>
            <p className="definitions__hint">{t('editor.plannedHint')}</p>
            <div className="definitions__months">
              {plannedMonths.fields.map((field, index) => {
                const month = index + 1;
                const planned = described(`planned-${index}`, errors.plannedPath?.[index]?.value, { month });
                return (
                  <div key={field.id} className="definitions__month">
                    <label>
                      {t('editor.plannedMonth', { month })}
                      <input
                        className="definitions__input definitions__input--number"
                        inputMode="decimal"
                        {...planned.props}
                        {...register(`plannedPath.${index}.value`)}
                      />
                    </label>
                    {planned.message}
                  </div>
                );
              })}
            </div>
          </>
        )}
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.definition')}</legend>
        <label>
          {t('editor.definitionZh')}
          <textarea className="definitions__input" lang="zh-CN" {...register('definitionZh')} />
        </label>
        <label>
          {t('editor.definitionEn')}
          <textarea
            className="definitions__input"
            lang="en"
            {...definitionPair.props}
            {...register('definitionEn')}
          />
        </label>
        {definitionPair.message}
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.dataSource')}</legend>
        <label>
          {t('editor.dataSourceZh')}
          <input className="definitions__input" lang="zh-CN" {...register('dataSourceZh')} />
        </label>
        <label>
          {t('editor.dataSourceEn')}
          <input
            className="definitions__input"
            lang="en"
            {...dataSourcePair.props}
            {...register('dataSourceEn')}
          />
        </label>
        {dataSourcePair.message}
      </fieldset>

      <div className="definitions__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('editor.saving') : t('editor.save')}
        </button>
        <p className="definitions__status" role="status">
          {savedVersion !== null ? t('editor.saved') : null}
        </p>
      </div>
      {conflict?.success ? (
        <div className="definitions__alert" role="alert">
          <p>
            {t('editor.conflict', {
              who: lastEdit?.actorName ?? t('editor.someone'),
              when: formatRecordedAt(conflict.data.updatedAt, locale),
              version: conflict.data.version,
            })}
          </p>
          <button type="button" className="button" onClick={() => void refreshDefinitions(queryClient)}>
            {t('editor.reload')}
          </button>
        </div>
      ) : save.error ? (
        <p className="definitions__alert" role="alert">
          {save.error instanceof ApiError && save.error.code === 'invalidBody' && save.error.field
            ? t('editor.errors.server', { field: save.error.field })
            : t('editor.failed', { message: save.error.message })}
        </p>
      ) : null}
    </form>
  );
}
