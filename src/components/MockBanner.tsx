/** The strip across the top in mock mode: no server is behind this page. */
import { ServerOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export function MockBanner() {
  const { t } = useTranslation();
  return (
    <div className="mock-banner" role="note">
      <ServerOff className="mock-banner__icon" aria-hidden="true" focusable="false" />
      <strong className="mock-banner__badge">{t('mock.badge')}</strong>
      <span>{t('mock.notice')}</span>
    </div>
  );
}
