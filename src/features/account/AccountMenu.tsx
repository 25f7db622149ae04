/** The header's account corner on the real server: who is signed in, 用户管理 for admins, 退出登录; or 登录. */
import { LogIn, LogOut, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import type { SessionUser } from '../../api/authContract';
import { useSignOut } from './api/sign-in';
import { signInPath } from '../../lib/nextPath';
import { useRoleName } from './roleLabel';

export function AccountMenu({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation('common', { keyPrefix: 'account' });
  const roleName = useRoleName();
  const location = useLocation();
  const signOut = useSignOut();

  if (!user) {
    if (location.pathname === '/signin') return null;
    return (
      <Link className="account-menu__link" to={signInPath(location.pathname + location.search)}>
        <LogIn className="account-menu__icon" aria-hidden="true" focusable="false" />
        {t('menu.signIn')}
      </Link>
    );
  }
  return (
    <div className="account-menu" role="group" aria-label={t('menu.label')}>
      <span className="account-menu__user">
        <UserRound className="account-menu__icon" aria-hidden="true" focusable="false" />
        {t('menu.signedInAs', { name: user.displayName, role: roleName(user.role) })}
      </span>
      {user.role === 'admin' ? (
        <NavLink className="account-menu__link" to="/admin/users">
          {t('menu.users')}
        </NavLink>
      ) : null}
      <button
        type="button"
        className="account-menu__button"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        <LogOut className="account-menu__icon" aria-hidden="true" focusable="false" />
        {signOut.isPending ? t('menu.signingOut') : t('menu.signOut')}
      </button>
    </div>
  );
}
