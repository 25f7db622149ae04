/**
 * 原因分析与整改措施 on the indicator page: for a 滞后 or 未完成 indicator, 待说明 until its lead
 * department files them for the period, then the filed text; the department's editors and admins
 * file and revise it here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplanationMark } from '../../components/reporting/ExplanationMark';
import { ExplanationText } from '../../components/reporting/ExplanationText';
import { explanationStateOf } from '../../domain/accountability/explanations';
import type { Evaluation } from '../../domain/evaluation';
import { formatPeriod } from '../../domain/format';
import type { Indicator, Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useExplanations } from '../../lib/api/get-explanations';
import { useMayWriteFor } from '../../lib/api/get-session';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { ExplanationForm } from './ExplanationForm';

interface ExplanationPanelProps {
  indicator: Indicator;
  evaluation: Evaluation;
  asOfPeriod: Period;
}

export function ExplanationPanel({ indicator, evaluation, asOfPeriod }: ExplanationPanelProps) {
  const { t } = useTranslation('accountability');
  const { t: tc } = useTranslation();
  const { locale } = useLocalized();
  const mayFile = useMayWriteFor(indicator.leadDepartment);
  const [editing, setEditing] = useState(false);
  const filed = useExplanations(indicator.planId).data?.explanations.filter(
    (item) => item.indicatorId === indicator.id,
  );
  const state = explanationStateOf(evaluation, asOfPeriod, filed ?? []);
  if (state.kind === 'notAsked' || filed === undefined) return null;
  const period = formatPeriod(state.period, locale);
  const current = state.kind === 'filed' ? state.explanation : null;

  return (
    <section className="explanation-panel" aria-labelledby="explanation-title">
      <h2 id="explanation-title" className="section-title">
        {t('explanation.title')} <ExplanationMark state={state} />
      </h2>
      {current ? (
        <>
          <p className="explanation-panel__meta">
            {t('explanation.filedFor', {
              period,
              name: current.updatedByName,
              time: formatChinaDateTime(new Date(current.updatedAt), locale, 'long'),
            })}
          </p>
          <ExplanationText explanation={current} />
        </>
      ) : (
        <p>
          {indicator.leadDepartment
            ? t('explanation.owed', {
                period,
                status: tc(`status.${evaluation.status}`),
                department: indicator.leadDepartment,
              })
            : t('explanation.owedNoDepartment', { period, status: tc(`status.${evaluation.status}`) })}
        </p>
      )}
      {mayFile && !editing ? (
        <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
          {current ? t('explanation.revise') : t('explanation.file')}
        </button>
      ) : null}
      {mayFile && editing ? (
        <ExplanationForm
          planId={indicator.planId}
          indicatorId={indicator.id}
          period={state.period}
          current={current}
          onDone={() => setEditing(false)}
        />
      ) : null}
    </section>
  );
}
