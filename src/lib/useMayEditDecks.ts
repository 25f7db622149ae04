/** Whether the signed-in user may save decks and take meeting snapshots: editors and admins (the server checks again). */
import { useSessionUser } from './api/get-session';

export function useMayEditDecks(): boolean {
  const role = useSessionUser()?.role;
  return role === 'editor' || role === 'admin';
}
