/**
 * The account corner of the header: the role switch in mock mode, the account menu otherwise.
 * When the board is closed to anonymous visitors, it sends them to the sign-in page.
 */
import { Navigate, useLocation } from 'react-router';
import { isMockMode } from '../../lib/mockMode';
import { useSession } from '../../lib/api/get-session';
import { AccountMenu } from './AccountMenu';
import { MockRoleSwitcher } from './MockRoleSwitcher';
import { signInPath } from '../../lib/nextPath';
import './account.css';

export function AccountArea() {
  const session = useSession().data;
  const location = useLocation();
  if (!session) return null;
  const user = session.user;
  if (!session.anonymousMayView && !user && location.pathname !== '/signin')
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return isMockMode ? <MockRoleSwitcher user={user} /> : <AccountMenu user={user} />;
}
