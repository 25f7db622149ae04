/**
 * Reasons and measures as the brief, the slide and the indicator page show them: 原因分析, then
 * each 整改措施 with the date it is to be done by.
 */
import type { Explanation } from '../../api/explanationsContract';
import { formatDate } from '../../domain/format';
import { fixedT } from '../../i18n/fixedT';
import { useLocale } from '../../stores/locale';

interface ExplanationTextProps {
  explanation: Pick<Explanation, 'cause' | 'measures' | 'department'>;
  className?: string;
}

export function ExplanationText({ explanation, className = 'explanation-text' }: ExplanationTextProps) {
  const locale = useLocale();
  const t = fixedT(locale, 'common');
  return (
    <div className={className}>
      <p className={`${className}__cause`}>
        <strong>{t('reporting.cause')}:</strong>
        {explanation.cause}
      </p>
      <div className={`${className}__measures`}>
        <strong>{t('reporting.measures')}:</strong>
        <ol>
          {explanation.measures.map((measure, index) => (
            <li key={index}>
              {measure.text}
              {t('reporting.byDate', { date: formatDate(measure.targetDate, locale) })}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
