/** 示例 beside a demo figure, so nobody takes it for a real statistic. */
import { useTranslation } from 'react-i18next';

export function DemoTag() {
  const { t } = useTranslation('indicator');
  return <span className="indicator-tag indicator-tag--demo">{t('table.demo')}</span>;
}
