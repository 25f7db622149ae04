/** 三色预警 as a word on its colour: 红色预警, 黄色预警, 蓝色预警. */
import { useTranslation } from 'react-i18next';
import type { AlertLevel } from '../../api/alertsContract';

export function AlertLevelBadge({ level }: { level: AlertLevel }) {
  const { t } = useTranslation('alerts');
  return <span className={`alert-level alert-level--${level}`}>{t(`levels.${level}`)}</span>;
}
