/**
 * The indicator editor's form, for a new indicator and an existing one: what the inputs hold (text,
 * so a half-typed number stays as typed), how they are checked, and how they turn into the body of
 * `POST /api/plans/:planId/indicators` or the patch of `PATCH /api/plans/:planId/indicators/:id`.
 */
import { z } from 'zod';
import type { IndicatorInput } from '../../api/plansContract';
import {
  comparatorSchema,
  directionSchema,
  frequencySchema,
  indicatorKindSchema,
  targetNatureSchema,
  unitSchema,
  type Comparator,
  type Direction,
  type Frequency,
  type Indicator,
  type IndicatorKind,
  type TargetNature,
  type Threshold,
  type Unit,
} from '../../domain/model';

export interface ThresholdRow {
  value: string;
  /** The upper bound of a range (区间). */
  valueMax: string;
  /** The half-width of a 左右 target. */
  band: string;
  comparator: Comparator;
  deadline: string;
}

export const referenceKinds = ['none', 'benchmark', 'indicator'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export interface DefinitionFormValues {
  /** '' for a main target (主要预期目标). */
  actionId: string;
  nameZh: string;
  nameEn: string;
  targetTextZh: string;
  targetTextEn: string;
  kind: IndicatorKind;
  unit: Unit;
  unitLabelZh: string;
  unitLabelEn: string;
  direction: Direction;
  frequency: Frequency;
  nature: TargetNature;
  referenceKind: ReferenceKind;
  /** The benchmark series or the indicator compared with. */
  referenceId: string;
  leadDepartment: string;
  contributingDepartments: string[];
  sourceQuote: string;
  thresholds: ThresholdRow[];
  useDefaultTolerances: boolean;
  attention: string;
  behind: string;
  useProRata: boolean;
  /** One entry per month of the plan year, January first; blank = no plan for that month. */
  plannedPath: { value: string }[];
  definitionZh: string;
  definitionEn: string;
  dataSourceZh: string;
  dataSourceEn: string;
}

export const monthsOfYear = 12;

/** The band a 左右 target gets unless the admin says otherwise: ±0.5 百分点 for a rate. */
export const defaultRateBand = 0.5;

function monthPeriod(year: number, monthIndex: number): string {
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}

function thresholdRow(threshold: Threshold): ThresholdRow {
  return {
    value: String(threshold.value),
    valueMax: threshold.valueMax === undefined ? '' : String(threshold.valueMax),
    band: threshold.band === undefined ? '' : String(threshold.band),
    comparator: threshold.comparator,
    deadline: threshold.deadline,
  };
}

export function toFormValues(indicator: Indicator, year: number): DefinitionFormValues {
  const planned = new Map((indicator.plannedPath ?? []).map((point) => [point.period, point.value]));
  const reference = indicator.reference;
  return {
    actionId: indicator.actionId ?? '',
    nameZh: indicator.name.zh,
    nameEn: indicator.name.en,
    targetTextZh: indicator.targetText.zh,
    targetTextEn: indicator.targetText.en,
    kind: indicator.kind,
    unit: indicator.unit,
    unitLabelZh: indicator.unitLabel?.zh ?? '',
    unitLabelEn: indicator.unitLabel?.en ?? '',
    direction: indicator.direction,
    frequency: indicator.frequency,
    nature: indicator.nature,
    referenceKind: reference?.kind ?? 'none',
    referenceId:
      reference === null ? '' : reference.kind === 'benchmark' ? reference.seriesId : reference.indicatorId,
    leadDepartment: indicator.leadDepartment ?? '',
    contributingDepartments: [...indicator.contributingDepartments],
    sourceQuote: indicator.sourceQuote,
    thresholds: indicator.thresholds.map(thresholdRow),
    useDefaultTolerances: indicator.tolerances === null,
    attention: indicator.tolerances ? String(indicator.tolerances.attention) : '',
    behind: indicator.tolerances ? String(indicator.tolerances.behind) : '',
    useProRata: indicator.plannedPath === null,
    plannedPath: Array.from({ length: monthsOfYear }, (_, index) => {
      const value = planned.get(monthPeriod(year, index));
      return { value: value === undefined ? '' : String(value) };
    }),
    definitionZh: indicator.definition?.zh ?? '',
    definitionEn: indicator.definition?.en ?? '',
    dataSourceZh: indicator.dataSource.zh,
    dataSourceEn: indicator.dataSource.en,
  };
}

/** A new indicator's form: a growth rate under `actionId`, 不低于 by the end of the plan year. */
export function newFormValues(year: number, actionId: string): DefinitionFormValues {
  return {
    actionId,
    nameZh: '',
    nameEn: '',
    targetTextZh: '',
    targetTextEn: '',
    kind: 'growthRate',
    unit: 'percent',
    unitLabelZh: '',
    unitLabelEn: '',
    direction: 'higherIsBetter',
    frequency: 'monthly',
    nature: 'expected',
    referenceKind: 'none',
    referenceId: '',
    leadDepartment: '',
    contributingDepartments: [],
    sourceQuote: '',
    thresholds: [{ value: '', valueMax: '', band: '', comparator: 'gte', deadline: `${year}-12-31` }],
    useDefaultTolerances: true,
    attention: '',
    behind: '',
    useProRata: true,
    plannedPath: Array.from({ length: monthsOfYear }, () => ({ value: '' })),
    definitionZh: '',
    definitionEn: '',
    dataSourceZh: '',
    dataSourceEn: '',
  };
}

function isNumber(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

function isNonNegativeNumber(text: string): boolean {
  return isNumber(text) && Number(text) >= 0;
}

/** A real calendar day in the plan year (2024-02-31 is not one). */
function isDayOfYear(date: string, year: number): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || Number(match[1]) !== year) return false;
  const day = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  return day.getUTCMonth() === Number(match[2]) - 1 && day.getUTCDate() === Number(match[3]);
}

const blank = (text: string) => text.trim() === '';

/** Checks the form; each message is a key of `definitions:editor.errors`. */
export function definitionFormSchema(year: number) {
  return z
    .object({
      actionId: z.string(),
      nameZh: z.string().refine((text) => !blank(text), 'nameZh'),
      nameEn: z.string().refine((text) => !blank(text), 'nameEn'),
      targetTextZh: z.string().refine((text) => !blank(text), 'targetTextZh'),
      targetTextEn: z.string().refine((text) => !blank(text), 'targetTextEn'),
      kind: indicatorKindSchema,
      unit: unitSchema,
      unitLabelZh: z.string(),
      unitLabelEn: z.string(),
      direction: directionSchema,
      frequency: frequencySchema,
      nature: targetNatureSchema,
      referenceKind: z.enum(referenceKinds),
      referenceId: z.string(),
      leadDepartment: z.string().max(100, 'leadDepartment'),
      contributingDepartments: z.array(z.string()),
      sourceQuote: z.string().refine((text) => text.trim().length >= 4, 'sourceQuote'),
      thresholds: z.array(
        z.object({
          value: z.string().refine(isNumber, 'thresholdValue'),
          valueMax: z.string(),
          band: z.string(),
          comparator: comparatorSchema,
          deadline: z.string().refine((date) => isDayOfYear(date, year), 'thresholdDeadline'),
        }),
      ),
      useDefaultTolerances: z.boolean(),
      attention: z.string(),
      behind: z.string(),
      useProRata: z.boolean(),
      plannedPath: z.array(z.object({ value: z.string() })),
      definitionZh: z.string(),
      definitionEn: z.string(),
      dataSourceZh: z.string(),
      dataSourceEn: z.string(),
    })
    .superRefine((values, context) => {
      const issue = (path: (string | number)[], message: string) =>
        context.addIssue({ code: 'custom', path, message });
      if (values.kind !== 'qualitative' && values.thresholds.length === 0)
        issue(['thresholds'], 'thresholdsRequired');
      values.thresholds.forEach((row, index) => {
        if (row.comparator === 'range') {
          if (!isNumber(row.valueMax)) issue(['thresholds', index, 'valueMax'], 'thresholdValueMax');
          else if (isNumber(row.value) && Number(row.valueMax) < Number(row.value))
            issue(['thresholds', index, 'valueMax'], 'rangeOrder');
        }
        if (row.comparator === 'approx' && !blank(row.band) && !(isNumber(row.band) && Number(row.band) > 0))
          issue(['thresholds', index, 'band'], 'band');
      });
      if (values.referenceKind !== 'none' && blank(values.referenceId)) issue(['referenceId'], 'referenceId');
      if (blank(values.unitLabelZh) !== blank(values.unitLabelEn)) issue(['unitLabelEn'], 'unitLabelPair');
      if (!values.useDefaultTolerances) {
        if (!isNonNegativeNumber(values.attention)) issue(['attention'], 'attention');
        if (!isNonNegativeNumber(values.behind)) issue(['behind'], 'behind');
      }
      if (!values.useProRata)
        values.plannedPath.forEach((month, index) => {
          if (!blank(month.value) && !isNumber(month.value))
            issue(['plannedPath', index, 'value'], 'plannedMonth');
        });
      if (blank(values.definitionZh) !== blank(values.definitionEn))
        issue(['definitionEn'], 'definitionPair');
      if (blank(values.dataSourceZh) || blank(values.dataSourceEn)) issue(['dataSourceEn'], 'dataSourcePair');
    });
}

function pair(zh: string, en: string) {
  return { zh: zh.trim(), en: en.trim() };
}

/** The whole definition as the API takes it, for a new indicator and for a patch alike. */
export function toInput(values: DefinitionFormValues, year: number): IndicatorInput {
  const leadDepartment = values.leadDepartment.trim();
  return {
    actionId: values.actionId === '' ? null : values.actionId,
    name: pair(values.nameZh, values.nameEn),
    targetText: pair(values.targetTextZh, values.targetTextEn),
    kind: values.kind,
    unit: values.unit,
    unitLabel: blank(values.unitLabelZh) ? null : pair(values.unitLabelZh, values.unitLabelEn),
    direction: values.direction,
    frequency: values.frequency,
    nature: values.nature,
    reference:
      values.referenceKind === 'benchmark'
        ? { kind: 'benchmark', seriesId: values.referenceId }
        : values.referenceKind === 'indicator'
          ? { kind: 'indicator', indicatorId: values.referenceId }
          : null,
    leadDepartment: leadDepartment === '' ? null : leadDepartment,
    contributingDepartments: values.contributingDepartments,
    sourceQuote: values.sourceQuote.trim(),
    thresholds: values.thresholds.map((row) => ({
      value: Number(row.value),
      comparator: row.comparator,
      deadline: row.deadline,
      ...(row.comparator === 'range' ? { valueMax: Number(row.valueMax) } : {}),
      ...(row.comparator === 'approx' && !blank(row.band) ? { band: Number(row.band) } : {}),
    })),
    tolerances: values.useDefaultTolerances
      ? null
      : { attention: Number(values.attention), behind: Number(values.behind) },
    plannedPath: values.useProRata
      ? null
      : values.plannedPath.flatMap((month, index) =>
          blank(month.value) ? [] : [{ period: monthPeriod(year, index), value: Number(month.value) }],
        ),
    definition: blank(values.definitionZh) ? null : pair(values.definitionZh, values.definitionEn),
    dataSource: pair(values.dataSourceZh, values.dataSourceEn),
  };
}

/** The patch of an existing indicator: everything but where it sits (moves are made from the list). */
export function toPatch(values: DefinitionFormValues, year: number) {
  const { actionId: _sitsWhereItIs, ...patch } = toInput(values, year);
  return patch;
}
