/**
 * The entry form's fields and checks: what the user typed becomes a figure checked with the same
 * rules as the server (src/domain/valueRules.ts). A field's error message carries the rule break
 * as JSON, for the form to word in the user's language; a server's refusal is carried as its text.
 */
import { z } from 'zod';
import type { ValueFormBody } from '../../api/valuesContract';
import {
  judgementSchema,
  type Indicator,
  type IndicatorValue,
  type IsoDate,
  type Judgement,
} from '../../domain/model';
import {
  checkFigure,
  checkPeriod,
  parseTypedNumber,
  type TypedFigure,
  type ValueRuleIssue,
} from '../../domain/valueRules';
import type { EntryIssue } from './entryText';

export interface EntryFormValues {
  period: string;
  valueText: string;
  judgement: '' | Judgement;
  /** A milestone: '1' done, '0' not done, '' not chosen. */
  done: '' | '1' | '0';
  achievedOn: string;
  note: string;
  source: string;
}

export type EntryFormField = keyof EntryFormValues;

/** The form field a rule break belongs to. */
export function formFieldOf(
  indicator: Pick<Indicator, 'kind'>,
  field: ValueRuleIssue['field'],
): EntryFormField {
  switch (field) {
    case 'value':
      return indicator.kind === 'milestone' ? 'done' : 'valueText';
    case 'judgement':
      return 'judgement';
    case 'achievedOn':
      return 'achievedOn';
    case 'period':
      return 'period';
  }
}

/** The figure the form holds, or 'invalid' when the number typed is not one. */
export function typedFigureOf(
  indicator: Pick<Indicator, 'kind'>,
  form: EntryFormValues,
): TypedFigure | 'invalid' {
  if (indicator.kind === 'milestone')
    return {
      value: form.done === '' ? null : Number(form.done),
      achievedOn: form.achievedOn === '' ? null : form.achievedOn,
    };
  const value = parseTypedNumber(form.valueText);
  if (value === 'invalid') return 'invalid';
  if (indicator.kind === 'qualitative')
    return { value, judgement: form.judgement === '' ? null : form.judgement };
  return { value };
}

export const ruleMessagePrefix = 'rule:';

export function encodeIssue(issue: EntryIssue): string {
  return `${ruleMessagePrefix}${JSON.stringify(issue)}`;
}

/** A field message: a rule break to word, or a server's text as it came. */
export function decodeFieldMessage(message: string): { issue: EntryIssue } | { text: string } {
  if (!message.startsWith(ruleMessagePrefix)) return { text: message };
  return { issue: JSON.parse(message.slice(ruleMessagePrefix.length)) as EntryIssue };
}

export function entryFormSchema(indicator: Indicator, planYear: number, today: IsoDate) {
  return z
    .object({
      period: z.string(),
      valueText: z.string(),
      judgement: z.union([z.literal(''), judgementSchema]),
      done: z.enum(['', '1', '0']),
      achievedOn: z.string(),
      note: z.string().max(2000),
      source: z.string().max(500),
    })
    .superRefine((form, context) => {
      const periodIssue = checkPeriod(indicator, form.period, planYear, today);
      if (periodIssue)
        context.addIssue({ code: 'custom', path: ['period'], message: encodeIssue(periodIssue) });
      const figure = typedFigureOf(indicator, form);
      const issues: ValueRuleIssue[] =
        figure === 'invalid'
          ? [{ field: 'value', rule: 'notANumber' }]
          : checkFigure(indicator, figure, today);
      for (const issue of issues)
        context.addIssue({
          code: 'custom',
          path: [formFieldOf(indicator, issue.field)],
          message: encodeIssue(issue),
        });
    });
}

/** What the form shows for a period: the stored figure to correct, or blanks; the note always blank. */
export function formValuesFor(period: string, figure: IndicatorValue | null): EntryFormValues {
  return {
    period,
    valueText: figure?.value === null || figure?.value === undefined ? '' : String(figure.value),
    judgement: figure?.judgement ?? '',
    done: figure?.value === 1 ? '1' : figure?.value === 0 ? '0' : '',
    achievedOn: figure?.achievedOn ?? '',
    note: '',
    source: figure && !figure.isDemo ? (figure.source ?? '') : '',
  };
}

/** The request body for a checked form. */
export function formBody(
  indicator: Pick<Indicator, 'kind'>,
  form: EntryFormValues,
  expectedVersion: number | null,
): ValueFormBody {
  const figure = typedFigureOf(indicator, form);
  if (figure === 'invalid') throw new Error('the form was not checked');
  return {
    value: figure.value,
    ...(indicator.kind === 'qualitative' ? { judgement: figure.judgement ?? null } : {}),
    ...(indicator.kind === 'milestone' ? { achievedOn: figure.achievedOn ?? null } : {}),
    note: form.note.trim(),
    source: form.source.trim() === '' ? null : form.source.trim(),
    expectedVersion,
  };
}
