/** The header's 起草 link, shown only to those who may draft (editors and admins). */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSessionUser } from '../../lib/api/get-session';

export function DraftNavLink() {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (!user || user.role === 'viewer') return null;
  return (
    <NavLink to="/drafts" className="site-nav__link">
      {t('nav.draft')}
    </NavLink>
  );
}
