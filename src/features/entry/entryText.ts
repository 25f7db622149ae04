/** How entry screens word rule breaks, figures and the periods open for entry. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue, IsoDate, Period } from '../../domain/model';
import { periodsOfYear } from '../../domain/period';
import type { FarFromHistory, TextIssue } from '../../domain/entryChecks';
import { formatPeriod, formatValue, missingFigure, type FormatLocale } from '../../domain/format';
import { checkPeriod, type ValueRule, type ValueRuleIssue } from '../../domain/valueRules';

/**
 * A rule break, a check on entry (src/domain/entryChecks.ts), or the grid's own: a judgement word
 * it does not know.
 */
export type EntryIssue =
  | ValueRuleIssue
  | TextIssue
  | FarFromHistory
  | { rule: 'unknownJudgement' }
  | { rule: 'confirmReasonRequired' };

/**
 * The text of a rule break, with its bounds filled in; a figure far from its history names the
 * figure it was compared with, in the indicator's unit when one is given.
 */
export function useRuleMessage(): (issue: EntryIssue, indicator?: Pick<Indicator, 'unit'>) => string {
  const { t, i18n } = useTranslation('entry');
  return useCallback(
    (issue: EntryIssue, indicator?: Pick<Indicator, 'unit'>) => {
      if (issue.rule === 'decimalComma') return t('rules.decimalComma', { suggestion: issue.suggestion });
      if (issue.rule === 'unitTyped') return t('rules.unitTyped', { number: issue.number });
      if (issue.rule === 'farFromHistory') {
        const locale: FormatLocale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
        return t(issue.confirmIn === 'note' ? 'rules.farFromHistoryNote' : 'rules.farFromHistory', {
          reference: indicator
            ? formatValue(issue.reference, indicator.unit, locale)
            : String(issue.reference),
          period: formatPeriod(issue.referencePeriod, locale),
        });
      }
      if (issue.rule === 'outOfRange' && 'min' in issue) {
        const min = issue.min ?? 0;
        return issue.max === undefined
          ? t('rules.outOfRangeMin', { min })
          : t('rules.outOfRange', { min, max: issue.max });
      }
      return t(
        `rules.${issue.rule as Exclude<ValueRule, 'outOfRange'> | 'unknownJudgement' | 'confirmReasonRequired'}`,
      );
    },
    [t, i18n.language],
  );
}

/** The months of the plan year an indicator's figure may be entered for, latest last. */
export function entryPeriods(
  indicator: Pick<Indicator, 'frequency'>,
  planYear: number,
  today: IsoDate,
): Period[] {
  return periodsOfYear(planYear).filter((period) => checkPeriod(indicator, period, planYear, today) === null);
}

/** A stored figure as the entry screens show it: a number in its unit, a judgement or done / not done. */
export function useFigureText(): (
  indicator: Indicator,
  figure: IndicatorValue | null,
  locale: FormatLocale,
) => string {
  const { t } = useTranslation('entry');
  return useCallback(
    (indicator, figure, locale) => {
      if (!figure) return missingFigure;
      if (indicator.kind === 'qualitative')
        return figure.judgement
          ? t(`judgements.${figure.judgement}`)
          : formatValue(figure.value, indicator, locale);
      if (indicator.kind === 'milestone')
        return figure.value === 1 ? `${t('form.done')} ${figure.achievedOn ?? ''}`.trim() : t('form.notDone');
      return formatValue(figure.value, indicator, locale);
    },
    [t],
  );
}
