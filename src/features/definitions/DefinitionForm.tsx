/**
 * The indicator editor, for a new indicator and an existing one: its wording, kind, unit as
 * written, targets (comparators, 左右 with a band, ranges, several dated thresholds), relative
 * target, 约束性/预期性, departments from the managed list, tolerances, planned path, 口径 and
 * source. Saved with the version it was opened at; a refusal shows beside the field it names.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldReason } from '../../api/fieldReason';
import { indicatorConflictSchema } from '../../api/definitionsContract';
import {
  comparatorSchema,
  directionSchema,
  frequencySchema,
  indicatorKindSchema,
  targetNatureSchema,
  unitSchema,
  type Indicator,
  type Plan,
} from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { busyWhile, submitUnlessSaving } from '../../lib/savingForm';
import { useBenchmarks } from '../../lib/api/get-benchmarks';
import { useDepartments } from '../../lib/api/get-departments';
import { useIndicatorAudit } from '../../lib/api/get-indicator-audit';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { queryKeys } from '../../lib/queryKeys';
import {
  refreshDefinitions,
  useCreateIndicator,
  useUpdateIndicatorDefinition,
} from './api/update-definition';
import {
  defaultRateBand,
  definitionFormSchema,
  newFormValues,
  referenceKinds,
  toFormValues,
  toInput,
  toPatch,
  type DefinitionFormValues,
} from './definitionForm';
import { definitionsMessages } from './messages';
import { formFieldOf } from './serverFields';

type FormErrorKey = keyof (typeof definitionsMessages)['zh-CN']['editor']['errors'];
function isFormErrorKey(key: string): key is FormErrorKey {
  return key in definitionsMessages['zh-CN'].editor.errors;
}

export interface DefinitionFormProps {
  plan: Plan;
  /** The plan's indicators, which a relative target may compare with. */
  indicators: readonly Indicator[];
  /** The indicator edited, or null for a new one. */
  indicator: Indicator | null;
  /** Where a new indicator goes: an action's id, or '' for the main targets. */
  actionId?: string;
  onSaved?: (indicator: Indicator) => void;
}

export function DefinitionForm({ plan, indicators, indicator, actionId = '', onSaved }: DefinitionFormProps) {
  const { t } = useTranslation('definitions');
  const { locale, pick } = useLocalized();
  const id = useId();
  const queryClient = useQueryClient();
  const planYear = plan.year;
  const update = useUpdateIndicatorDefinition(plan.id, indicator?.id ?? '');
  const create = useCreateIndicator(plan.id);
  const save = indicator ? update : create;
  const departments = useDepartments(plan.zone.zh).data?.departments ?? [];
  const benchmarks = useBenchmarks(plan.id).data?.benchmarks ?? [];
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const schema = useMemo(() => definitionFormSchema(planYear), [planYear]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors },
  } = useForm<DefinitionFormValues>({
    resolver: zodResolver(schema),
    defaultValues: indicator ? toFormValues(indicator, planYear) : newFormValues(planYear, actionId),
  });
  // A save, or the latest definition loaded after a lost race, shows what is stored now in the
  // same form, so the focus stays where it was (a form drawn anew would drop it on the page).
  const shownVersion = useRef(indicator?.version);
  const { reset: resetSave } = save;
  useEffect(() => {
    if (!indicator || indicator.version === shownVersion.current) return;
    shownVersion.current = indicator.version;
    reset(toFormValues(indicator, planYear));
    resetSave();
  }, [indicator, planYear, reset, resetSave]);
  const thresholds = useFieldArray({ control, name: 'thresholds' });
  const plannedMonths = useFieldArray({ control, name: 'plannedPath' });
  const useDefaultTolerances = useWatch({ control, name: 'useDefaultTolerances' });
  const useProRata = useWatch({ control, name: 'useProRata' });
  const comparators = useWatch({ control, name: 'thresholds' });
  const referenceKind = useWatch({ control, name: 'referenceKind' });
  const leadDepartment = useWatch({ control, name: 'leadDepartment' });
  const contributing = useWatch({ control, name: 'contributingDepartments' });

  function placeRefusal(error: unknown) {
    if (!(error instanceof ApiError) || error.code !== 'invalidBody' || !error.field) return;
    const field = formFieldOf(error.field);
    if (field) setError(field, { type: 'server', message: fieldReason(error) });
  }

  const submit = handleSubmit((values) => {
    setSavedVersion(null);
    const done = {
      onSuccess: (response: { indicator: Indicator }) => {
        setSavedVersion(response.indicator.version);
        onSaved?.(response.indicator);
      },
      onError: (error: unknown) => {
        placeRefusal(error);
        // Who changed it in between is in the audit trail, newer than any copy read before.
        if (indicator)
          void queryClient.invalidateQueries({ queryKey: queryKeys.audit.ofIndicator(indicator.id) });
      },
    };
    if (indicator)
      update.mutate({ patch: toPatch(values, planYear), expectedVersion: indicator.version }, done);
    else create.mutate(toInput(values, planYear), done);
  });

  function errorText(error: FieldError | undefined, params: { number?: number; month?: number } = {}) {
    const key = error?.message;
    if (!key) return null;
    if (error.type === 'server') return key;
    if (!isFormErrorKey(key)) return null;
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
  const audit = useIndicatorAudit(indicator?.id ?? '', conflictSeen && indicator !== null);
  const lastEdit = (audit.data?.entries ?? [])
    .filter((entry) => entry.entityType === 'indicator')
    .reduce<{ at: string; actorName: string } | null>(
      (latest, entry) => (latest === null || entry.at > latest.at ? entry : latest),
      null,
    );
  const placedServerError =
    save.error instanceof ApiError &&
    save.error.field !== undefined &&
    formFieldOf(save.error.field) !== null;

  const text = (
    name: keyof DefinitionFormValues & string,
    label: string,
    lang: 'zh-CN' | 'en',
    error?: FieldError,
  ) => {
    const field = described(name, error);
    return (
      <div className="definitions__field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          className="definitions__input"
          lang={lang}
          {...field.props}
          {...register(name as 'nameZh')}
        />
        {field.message}
      </div>
    );
  };
  const choice = <Option extends string>(
    name: 'kind' | 'unit' | 'direction' | 'frequency' | 'nature',
    label: string,
    options: readonly Option[],
    optionLabel: (option: Option) => string,
  ) => (
    <div className="definitions__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} className="select" {...register(name)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );

  const activeDepartments = departments
    .filter((department) => !department.retired)
    .map((department) => department.name.zh);
  const leadOptions =
    leadDepartment && !activeDepartments.includes(leadDepartment)
      ? [...activeDepartments, leadDepartment]
      : activeDepartments;
  const contributingOptions = [
    ...activeDepartments,
    ...contributing.filter((name) => !activeDepartments.includes(name)),
  ];
  const referenceChoices =
    referenceKind === 'benchmark'
      ? benchmarks
          .filter((series) => !series.retired)
          .map((series) => ({ id: series.id, label: pick(series.name) }))
      : indicators
          .filter((other) => other.id !== indicator?.id && !other.retired)
          .map((other) => ({ id: other.id, label: pick(other.name) }));
  const reference = described('referenceId', errors.referenceId);
  const lead = described('lead', errors.leadDepartment);
  const contributingField = described(
    'contributing',
    errors.contributingDepartments as FieldError | undefined,
  );
  const sourceQuote = described('sourceQuote', errors.sourceQuote);
  const attention = described('attention', errors.attention);
  const behind = described('behind', errors.behind);
  const definitionPair = described('definition', errors.definitionEn);
  const dataSourcePair = described('dataSource', errors.dataSourceEn);
  const actionField = described('action', errors.actionId);

  return (
    <form
      onSubmit={submitUnlessSaving(save.isPending, submit)}
      noValidate
      aria-label={indicator ? t('editor.formName') : t('editor.newFormName')}
      className="definitions__form"
    >
      <fieldset className="definitions__group">
        <legend>{t('editor.wording')}</legend>
        {text('nameZh', t('editor.nameZh'), 'zh-CN', errors.nameZh)}
        {text('nameEn', t('editor.nameEn'), 'en', errors.nameEn)}
        {text('targetTextZh', t('editor.targetTextZh'), 'zh-CN', errors.targetTextZh)}
        {text('targetTextEn', t('editor.targetTextEn'), 'en', errors.targetTextEn)}
        {indicator ? null : (
          <div className="definitions__field">
            <label htmlFor={`${id}-action`}>{t('editor.action')}</label>
            <select id={`${id}-action`} className="select" {...actionField.props} {...register('actionId')}>
              <option value="">{t('editor.mainTarget')}</option>
              {plan.actions
                .filter((action) => !action.retired)
                .map((action) => (
                  <option key={action.id} value={action.id}>
                    {pick(action.name)}
                  </option>
                ))}
            </select>
            {actionField.message}
          </div>
        )}
        {choice('nature', t('editor.nature'), targetNatureSchema.options, (option) =>
          t(`editor.natures.${option}`),
        )}
        <div className="definitions__field">
          <label htmlFor={`${id}-sourceQuote`}>{t('editor.sourceQuote')}</label>
          <textarea
            id={`${id}-sourceQuote`}
            className="definitions__input"
            lang="zh-CN"
            rows={2}
            {...sourceQuote.props}
            {...register('sourceQuote')}
          />
          {sourceQuote.message}
        </div>
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.measure')}</legend>
        <div className="definitions__row">
          {choice('kind', t('editor.kind'), indicatorKindSchema.options, (option) =>
            t(`editor.kinds.${option}`),
          )}
          {choice('unit', t('editor.unit'), unitSchema.options, (option) => t(`editor.units.${option}`))}
          {choice('direction', t('editor.direction'), directionSchema.options, (option) =>
            t(`editor.directions.${option}`),
          )}
          {choice('frequency', t('editor.frequency'), frequencySchema.options, (option) =>
            t(`editor.frequencies.${option}`),
          )}
        </div>
        <p className="definitions__hint">{t('editor.unitLabelHint')}</p>
        <div className="definitions__row">
          {text('unitLabelZh', t('editor.unitLabelZh'), 'zh-CN', errors.unitLabelZh)}
          {text('unitLabelEn', t('editor.unitLabelEn'), 'en', errors.unitLabelEn)}
        </div>
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.thresholds')}</legend>
        <p className="definitions__hint">{t('editor.thresholdsHint')}</p>
        {thresholds.fields.map((field, index) => {
          const number = index + 1;
          const comparator = comparators[index]?.comparator ?? field.comparator;
          const value = described(`threshold-${index}-value`, errors.thresholds?.[index]?.value, { number });
          const valueMax = described(`threshold-${index}-valueMax`, errors.thresholds?.[index]?.valueMax, {
            number,
          });
          const band = described(`threshold-${index}-band`, errors.thresholds?.[index]?.band, { number });
          const deadline = described(`threshold-${index}-deadline`, errors.thresholds?.[index]?.deadline, {
            number,
          });
          const comparatorField = register(`thresholds.${index}.comparator`);
          return (
            <div key={field.id} className="definitions__row">
              <label>
                {t('editor.thresholdComparator', { number })}
                <select
                  className="select"
                  {...comparatorField}
                  onChange={(event) => {
                    void comparatorField.onChange(event);
                    const row = getValues(`thresholds.${index}`);
                    if (
                      event.target.value === 'approx' &&
                      row.band.trim() === '' &&
                      getValues('unit') === 'percent'
                    )
                      setValue(`thresholds.${index}.band`, String(defaultRateBand));
                  }}
                >
                  {comparatorSchema.options.map((option) => (
                    <option key={option} value={option}>
                      {t(`editor.comparators.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {comparator === 'range'
                  ? t('editor.rangeLower', { number })
                  : t('editor.thresholdValue', { number })}
                <input
                  className="definitions__input definitions__input--number"
                  inputMode="decimal"
                  {...value.props}
                  {...register(`thresholds.${index}.value`)}
                />
              </label>
              {comparator === 'range' ? (
                <label>
                  {t('editor.rangeUpper', { number })}
                  <input
                    className="definitions__input definitions__input--number"
                    inputMode="decimal"
                    {...valueMax.props}
                    {...register(`thresholds.${index}.valueMax`)}
                  />
                </label>
              ) : null}
              {comparator === 'approx' ? (
                <label>
                  {t('editor.band', { number })}
                  <input
                    className="definitions__input definitions__input--number"
                    inputMode="decimal"
                    {...band.props}
                    {...register(`thresholds.${index}.band`)}
                  />
                </label>
              ) : null}
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
              {valueMax.message}
              {band.message}
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
          onClick={() =>
            thresholds.append({
              value: '',
              valueMax: '',
              band: '',
              comparator: 'gte',
              deadline: `${planYear}-12-31`,
            })
          }
        >
          {t('editor.addThreshold')}
        </button>
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.reference')}</legend>
        <p className="definitions__hint">{t('editor.referenceHint')}</p>
        <div className="definitions__row">
          <div className="definitions__field">
            <label htmlFor={`${id}-referenceKind`}>{t('editor.referenceKind')}</label>
            <select id={`${id}-referenceKind`} className="select" {...register('referenceKind')}>
              {referenceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`editor.referenceKinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {referenceKind === 'none' ? null : (
            <div className="definitions__field">
              <label htmlFor={`${id}-referenceId`}>{t('editor.referenceId')}</label>
              <select
                id={`${id}-referenceId`}
                className="select"
                {...reference.props}
                {...register('referenceId')}
              >
                <option value="">{t('editor.choose')}</option>
                {referenceChoices.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
              {reference.message}
            </div>
          )}
        </div>
      </fieldset>

      <fieldset className="definitions__group">
        <legend>{t('editor.departments')}</legend>
        <div className="definitions__field">
          <label htmlFor={`${id}-lead`}>{t('editor.leadDepartment')}</label>
          <select id={`${id}-lead`} className="select" {...lead.props} {...register('leadDepartment')}>
            <option value="">{t('editor.noDepartment')}</option>
            {leadOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          {lead.message}
        </div>
        <fieldset className="definitions__choices" {...contributingField.props}>
          <legend>{t('editor.contributingDepartments')}</legend>
          {contributingOptions.map((name) => (
            <label key={name} className="definitions__check">
              <input type="checkbox" value={name} {...register('contributingDepartments')} />
              {name}
            </label>
          ))}
          {contributingField.message}
        </fieldset>
        {activeDepartments.length === 0 ? (
          <p className="definitions__hint">{t('editor.noDepartments')}</p>
        ) : null}
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
        <button type="submit" className="button button--primary" {...busyWhile(save.isPending)}>
          {save.isPending ? t('editor.saving') : indicator ? t('editor.save') : t('editor.create')}
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
          <p>
            {t('editor.storedNow', {
              name: pick(conflict.data.name),
              target: pick(conflict.data.targetText),
            })}
          </p>
          <button type="button" className="button" onClick={() => void refreshDefinitions(queryClient)}>
            {t('editor.reload')}
          </button>
        </div>
      ) : save.error && !placedServerError ? (
        <p className="definitions__alert" role="alert">
          {t('editor.failed', { message: save.error.message })}
        </p>
      ) : save.error ? (
        <p className="definitions__alert" role="alert">
          {t('editor.fixFields')}
        </p>
      ) : null}
    </form>
  );
}
