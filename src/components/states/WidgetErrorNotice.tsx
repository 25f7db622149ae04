/** What a widget shows in place of itself after it failed to render. */
import { useTranslation } from 'react-i18next';

export function WidgetErrorNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-state error-state--widget" role="alert">
      <div>
        <p className="error-state__title">{t('widgetError.title')}</p>
        <p className="error-state__message">{t('widgetError.detail')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
    </div>
  );
}
