/**
 * The entry form's fields and checks: what the user typed becomes a figure checked with the same
 * rules as the server (src/domain/valueRules.ts). A field's error message carries the rule break
 * as JSON, for the form to word in the user's language; a server's refusal is carried as its text.
 */
import { z } from 'zod';
import { maxConfirmationReason } from '../../domain/entryChecks';
import type { ValueFormBody } from '../../api/valuesContract';
import {
  judgementSchema,
  type Indicator,
  type IndicatorValue,
  type IsoDate,
  type Judgement,
} from '../../domain/model';
import { checkHistory, readFigureText, type HistoryFigure, type TextIssue } from '../../domain/entryChecks';
import { checkFigure, checkPeriod, type TypedFigure, type ValueRuleIssue } from '../../domain/valueRules';
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
  /** Why a figure far from the indicator's history is right (asked only for such a figure). */
  confirmReason: string;
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

/** The figure the form holds, or why the number typed cannot be read (src/domain/entryChecks.ts). */
export function typedFigureOf(
  indicator: Pick<Indicator, 'kind'>,
  form: EntryFormValues,
): TypedFigure | { issue: TextIssue } {
  if (indicator.kind === 'milestone')
    return {
      value: form.done === '' ? null : Number(form.done),
      achievedOn: form.achievedOn === '' ? null : form.achievedOn,
    };
  const read = readFigureText(form.valueText);
  if ('issue' in read) return read;
  const { value } = read;
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

/** Whether the form's figure is far from the indicator's history, and so needs a confirmation. */
export function farFromHistoryOf(
  indicator: Pick<Indicator, 'kind'>,
  form: EntryFormValues,
  history: readonly HistoryFigure[],
) {
  const figure = typedFigureOf(indicator, form);
  return 'issue' in figure ? null : checkHistory(indicator.kind, form.period, figure.value, history);
}

export function entryFormSchema(
  indicator: Indicator,
  planYear: number,
  today: IsoDate,
  history: readonly HistoryFigure[],
) {
  return z
    .object({
      period: z.string(),
      valueText: z.string(),
      judgement: z.union([z.literal(''), judgementSchema]),
      done: z.enum(['', '1', '0']),
      achievedOn: z.string(),
      note: z.string().max(2000),
      source: z.string().max(500),
      confirmReason: z.string().max(maxConfirmationReason),
    })
    .superRefine((form, context) => {
      const periodIssue = checkPeriod(indicator, form.period, planYear, today);
      if (periodIssue)
        context.addIssue({ code: 'custom', path: ['period'], message: encodeIssue(periodIssue) });
      const figure = typedFigureOf(indicator, form);
      if ('issue' in figure) {
        context.addIssue({ code: 'custom', path: ['valueText'], message: encodeIssue(figure.issue) });
        return;
      }
      const issues = checkFigure(indicator, figure, today);
      for (const issue of issues)
        context.addIssue({
          code: 'custom',
          path: [formFieldOf(indicator, issue.field)],
          message: encodeIssue(issue),
        });
      if (issues.length > 0 || form.confirmReason.trim() !== '') return;
      const far = farFromHistoryOf(indicator, form, history);
      if (far) {
        context.addIssue({ code: 'custom', path: ['valueText'], message: encodeIssue(far) });
        context.addIssue({
          code: 'custom',
          path: ['confirmReason'],
          message: encodeIssue({ rule: 'confirmReasonRequired' }),
        });
      }
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
    confirmReason: '',
  };
}

/** The request body for a checked form. */
export function formBody(
  indicator: Pick<Indicator, 'kind'>,
  form: EntryFormValues,
  expectedVersion: number | null,
): ValueFormBody {
  const figure = typedFigureOf(indicator, form);
  if ('issue' in figure) throw new Error('the form was not checked');
  const reason = form.confirmReason.trim();
  return {
    value: figure.value,
    ...(indicator.kind === 'qualitative' ? { judgement: figure.judgement ?? null } : {}),
    ...(indicator.kind === 'milestone' ? { achievedOn: figure.achievedOn ?? null } : {}),
    note: form.note.trim(),
    source: form.source.trim() === '' ? null : form.source.trim(),
    expectedVersion,
    ...(reason === '' ? {} : { confirmation: { reason } }),
  };
}
