/** The way from the plan list to 从模板导入计划. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import './registerTemplateMessages';

export function TemplateImportLink() {
  const { t } = useTranslation('planTemplate');
  return (
    <Link to="/admin/plans/import" className="button">
      {t('open')}
    </Link>
  );
}
