/**
 * The definition editor's form: what the inputs hold (text, so a half-typed number stays as typed),
 * how they are checked, and how they turn into the `PATCH /api/indicators/:id` patch.
 */
import { z } from 'zod';
import type { IndicatorPatch } from '../../api/definitionsContract';
import { comparatorSchema, type Comparator, type Indicator } from '../../domain/model';

export interface ThresholdRow {
  value: string;
  comparator: Comparator;
  deadline: string;
}

export interface DefinitionFormValues {
  leadDepartment: string;
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

function monthPeriod(year: number, monthIndex: number): string {
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}

export function toFormValues(indicator: Indicator, year: number): DefinitionFormValues {
  const planned = new Map((indicator.plannedPath ?? []).map((point) => [point.period, point.value]));
  return {
    leadDepartment: indicator.leadDepartment ?? '',
    thresholds: indicator.thresholds.map((threshold) => ({
      value: String(threshold.value),
      comparator: threshold.comparator,
      deadline: threshold.deadline,
    })),
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

function isNumber(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

function isNonNegativeNumber(text: string): boolean {
  return isNumber(text) && Number(text) >= 0;
}

/** Checks the form; each message is a key of `definitions:editor.errors`. */
export function definitionFormSchema(year: number, needsThresholds: boolean) {
  return z
    .object({
      leadDepartment: z.string().max(100, 'leadDepartment'),
      thresholds: z.array(
        z.object({
          value: z.string().refine(isNumber, 'thresholdValue'),
          comparator: comparatorSchema,
          deadline: z.string().refine((date) => date.startsWith(`${year}-`), 'thresholdDeadline'),
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
      if (needsThresholds && values.thresholds.length === 0)
        context.addIssue({ code: 'custom', path: ['thresholds'], message: 'thresholdsRequired' });
      if (!values.useDefaultTolerances) {
        if (!isNonNegativeNumber(values.attention))
          context.addIssue({ code: 'custom', path: ['attention'], message: 'attention' });
        if (!isNonNegativeNumber(values.behind))
          context.addIssue({ code: 'custom', path: ['behind'], message: 'behind' });
      }
      if (!values.useProRata)
        values.plannedPath.forEach((month, index) => {
          if (month.value.trim() !== '' && !isNumber(month.value))
            context.addIssue({
              code: 'custom',
              path: ['plannedPath', index, 'value'],
              message: 'plannedMonth',
            });
        });
      if ((values.definitionZh.trim() === '') !== (values.definitionEn.trim() === ''))
        context.addIssue({ code: 'custom', path: ['definitionEn'], message: 'definitionPair' });
      if (values.dataSourceZh.trim() === '' || values.dataSourceEn.trim() === '')
        context.addIssue({ code: 'custom', path: ['dataSourceEn'], message: 'dataSourcePair' });
    });
}

export function toPatch(values: DefinitionFormValues, year: number): IndicatorPatch {
  const leadDepartment = values.leadDepartment.trim();
  const definitionZh = values.definitionZh.trim();
  return {
    leadDepartment: leadDepartment === '' ? null : leadDepartment,
    thresholds: values.thresholds.map((row) => ({
      value: Number(row.value),
      comparator: row.comparator,
      deadline: row.deadline,
    })),
    tolerances: values.useDefaultTolerances
      ? null
      : { attention: Number(values.attention), behind: Number(values.behind) },
    plannedPath: values.useProRata
      ? null
      : values.plannedPath.flatMap((month, index) =>
          month.value.trim() === '' ? [] : [{ period: monthPeriod(year, index), value: Number(month.value) }],
        ),
    definition: definitionZh === '' ? null : { zh: definitionZh, en: values.definitionEn.trim() },
    dataSource: { zh: values.dataSourceZh.trim(), en: values.dataSourceEn.trim() },
  };
}
