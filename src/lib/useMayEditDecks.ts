/** Whether the signed-in user may save decks and take meeting snapshots: editors and admins (the server checks again). */
import { mayChangeAnything } from '../api/authContract';
import { useSessionUser } from './api/get-session';

export function useMayEditDecks(): boolean {
  return mayChangeAnything(useSessionUser());
}
