/** 离线 · 自 HH:MM 起显示缓存数据: shown while the presentation runs on cached data. */
import { WifiOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized';
import { formatChinaClock } from '../../lib/dateTimeFormat';

export function OfflineMarker({ since }: { since: Date }) {
  const { t } = useTranslation('present');
  const { locale } = useLocalized();
  const time = formatChinaClock(since, locale);
  return (
    <p className="offline-marker" role="status">
      <WifiOff className="offline-marker__icon" aria-hidden="true" focusable="false" />
      {t('offline.marker', { time })}
    </p>
  );
}
