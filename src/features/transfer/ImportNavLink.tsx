/** The header's 导入 link, shown only to those who may write (editors and admins). */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSessionUser } from '../../lib/api/get-session';
import { planPath } from '../../lib/plan/planAddress';

export function ImportNavLink({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (!user || user.role === 'viewer') return null;
  return (
    <NavLink to={planPath(planId, 'import')} className="site-nav__link">
      {t('nav.import')}
    </NavLink>
  );
}
