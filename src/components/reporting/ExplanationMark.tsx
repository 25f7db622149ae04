/**
 * Whether a lagging indicator has explained itself: 待说明 until its lead department files reasons
 * and measures for the period (src/domain/accountability/explanations.ts), then 已说明. Shows
 * nothing for an indicator that is not 滞后 or 未完成. A word and an icon, never colour alone.
 */
import { FileCheck2, MessageSquareWarning } from 'lucide-react';
import type { ExplanationState } from '../../domain/accountability/explanations';
import { fixedT } from '../../i18n/fixedT';
import { useLocale } from '../../stores/locale';

export function ExplanationMark({ state }: { state: ExplanationState<unknown> }) {
  const t = fixedT(useLocale(), 'common');
  if (state.kind === 'notAsked') return null;
  const Icon = state.kind === 'owed' ? MessageSquareWarning : FileCheck2;
  return (
    <span className={`explanation-mark explanation-mark--${state.kind}`} data-explanation={state.kind}>
      <Icon className="explanation-mark__icon" aria-hidden="true" focusable="false" />
      {state.kind === 'owed' ? t('reporting.explanationOwed') : t('reporting.explanationFiled')}
    </span>
  );
}
