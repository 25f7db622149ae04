/**
 * Shows its content to admins only (or, with `editorsToo`, to editors as well); others are told
 * why, and anonymous visitors are sent to sign in.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useSession } from '../../lib/api/get-session';
import { signInPath } from '../../lib/nextPath';

export function AdminOnly({ children, editorsToo = false }: { children: ReactNode; editorsToo?: boolean }) {
  const { t } = useTranslation('planAdmin');
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data.user;
  if (!user)
    return (
      <p>
        <Link to={signInPath(location.pathname)}>{t('common.signInFirst')}</Link>
      </p>
    );
  if (user.role !== 'admin' && !(editorsToo && user.role === 'editor'))
    return <p role="alert">{t('common.adminsOnly')}</p>;
  return <>{children}</>;
}
