/** A page or widget waiting for data: a skeleton of its shape and the words 正在加载…. */
import { useTranslation } from 'react-i18next';

interface LoadingStateProps {
  /** How many placeholder blocks to draw. */
  blocks?: number;
}

export function LoadingState({ blocks = 3 }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status">
      <p className="loading-state__text">{t('loading')}</p>
      <div className="loading-state__skeleton" aria-hidden="true">
        {Array.from({ length: blocks }, (_, index) => (
          <div key={index} className="skeleton-block" />
        ))}
      </div>
    </div>
  );
}
