/**
 * The mock's stand-in for signing in: 访客 / 查看者 / 填报员 / 管理员, the pressed one being who the
 * page acts as. The mock has no passwords; a demo user of the chosen role is signed in.
 */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionUser } from '../../api/authContract';
import { roles } from '../../domain/roles';
import { useMockRole } from './api/mock-role';
import { useSignOut } from './api/sign-in';
import { useRoleName } from './roleLabel';

export function MockRoleSwitcher({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation('common', { keyPrefix: 'account' });
  const roleName = useRoleName();
  const mockRole = useMockRole();
  const signOut = useSignOut();
  const pending = mockRole.isPending || signOut.isPending;
  const failed = mockRole.isError || signOut.isError;

  return (
    <div className="account-menu">
      <div className="role-switch" role="group" aria-labelledby="mock-role-label">
        <span id="mock-role-label" className="role-switch__label">
          {t('mockRole.label')}
        </span>
        <button
          type="button"
          className="role-switch__option"
          aria-pressed={user === null}
          disabled={pending}
          onClick={() => signOut.mutate()}
        >
          {t('mockRole.anonymous')}
        </button>
        {roles.map((role) => (
          <button
            key={role}
            type="button"
            className="role-switch__option"
            aria-pressed={user?.role === role}
            disabled={pending}
            onClick={() => mockRole.mutate({ role })}
          >
            {roleName(role)}
          </button>
        ))}
      </div>
      {user?.role === 'admin' ? (
        <NavLink className="account-menu__link" to="/admin/users">
          {t('menu.users')}
        </NavLink>
      ) : null}
      {failed ? (
        <p className="account-menu__error" role="alert">
          {t('mockRole.switchFailed')}
        </p>
      ) : null}
    </div>
  );
}
