/** 示例数据: shown whenever any figure on record is demo data, so nobody mistakes it for statistics. */
import { FlaskConical } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <p className="demo-badge">
      <FlaskConical className="demo-badge__icon" aria-hidden="true" focusable="false" />
      <span>{t('demo.badge')}</span>
      <span className="visually-hidden">: {t('demo.hint')}</span>
    </p>
  );
}
