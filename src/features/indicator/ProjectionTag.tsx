/** The word 预测 / Projection beside every projected figure, so it is never read as an actual. */
import { useTranslation } from 'react-i18next';

export function ProjectionTag() {
  const { t } = useTranslation('indicator');
  return <span className="indicator-tag indicator-tag--projection">{t('table.projection')}</span>;
}
