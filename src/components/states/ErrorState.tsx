/** A failed load, said in the user's language, with a way to try again. */
import { RotateCw, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './errorMessageKey';

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** True while the retry is under way. */
  retrying?: boolean;
}

export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="error-state" role="alert">
      <TriangleAlert className="error-state__icon" aria-hidden="true" focusable="false" />
      <div>
        <p className="error-state__title">{t('errors.title')}</p>
        <p className="error-state__message">{t(errorMessageKey(error))}</p>
        <button type="button" className="button button--primary" onClick={onRetry} disabled={retrying}>
          <RotateCw aria-hidden="true" focusable="false" className="button__icon" />
          {retrying ? t('loading') : t('retry')}
        </button>
      </div>
    </div>
  );
}
