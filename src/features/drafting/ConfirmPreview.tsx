/** What confirming will create: the counts, and each target as it will be written with its problems. */
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized';
import type { previewOf } from './confirmation';

interface Props {
  preview: ReturnType<typeof previewOf>;
  newPlan: boolean;
  frameItems: number;
}

export function ConfirmPreview({ preview, newPlan, frameItems }: Props) {
  const { t } = useTranslation('drafting');
  const { pick } = useLocalized();
  return (
    <>
      <p className="draft-confirm__summary">
        {t(newPlan ? 'confirm.willCreateNew' : 'confirm.willAdd', { targets: preview.length, frameItems })}
      </p>
      <ol className="draft-confirm__targets">
        {preview.map(({ indicator, problems }, index) => (
          <li key={index} data-problems={problems.length}>
            <span className="draft-confirm__name">{indicator.name.zh}</span>
            <span>{pick(indicator.targetText)}</span>
            <span className="draft-confirm__under">
              {indicator.actionName === null ? t('review.mainTarget') : indicator.actionName}
            </span>
            {problems.length > 0 ? (
              <ul className="draft-confirm__problems">
                {problems.map((problem) => (
                  <li key={problem.path}>
                    <span aria-hidden="true">⚠ </span>
                    {t('confirm.problem', { problem: pick(problem.message) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
