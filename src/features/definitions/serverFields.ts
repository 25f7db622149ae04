/**
 * Which input of the indicator form a field named by the server belongs to
 * (`patch.thresholds.0.valueMax` → `thresholds.0.valueMax`, `indicator.name.zh` → `nameZh`), so
 * the server's message shows beside it; null when no single input holds it.
 */
import type { FieldPath } from 'react-hook-form';
import type { DefinitionFormValues } from './definitionForm';

type FormField = FieldPath<DefinitionFormValues>;

const bilingual: Record<string, [FormField, FormField]> = {
  name: ['nameZh', 'nameEn'],
  targetText: ['targetTextZh', 'targetTextEn'],
  unitLabel: ['unitLabelZh', 'unitLabelEn'],
  definition: ['definitionZh', 'definitionEn'],
  dataSource: ['dataSourceZh', 'dataSourceEn'],
};

const single: Record<string, FormField> = {
  actionId: 'actionId',
  kind: 'kind',
  unit: 'unit',
  direction: 'direction',
  frequency: 'frequency',
  nature: 'nature',
  reference: 'referenceId',
  leadDepartment: 'leadDepartment',
  contributingDepartments: 'contributingDepartments',
  sourceQuote: 'sourceQuote',
  thresholds: 'thresholds',
};

const thresholdParts = new Set(['value', 'valueMax', 'band', 'deadline']);

export function formFieldOf(serverField: string): FormField | null {
  const parts = serverField.split('.');
  if (parts[0] === 'patch' || parts[0] === 'indicator') parts.shift();
  const [head, second, third] = parts;
  if (head === undefined) return null;
  const pair = bilingual[head];
  if (pair) return second === 'en' ? pair[1] : pair[0];
  if (head === 'thresholds' && second !== undefined && /^\d+$/.test(second))
    return `thresholds.${Number(second)}.${third !== undefined && thresholdParts.has(third) ? third : 'value'}` as FormField;
  if (head === 'tolerances') return second === 'attention' ? 'attention' : 'behind';
  return single[head] ?? null;
}
