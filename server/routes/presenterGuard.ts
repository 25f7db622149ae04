/**
 * Who may save decks and take meeting snapshots: editors and admins. Anonymous → 401, a signed-in
 * viewer → 403. Presenting and reading need no more than viewing the plan does.
 */
import type { Context } from 'hono';
import type { SessionUser } from '../../src/api/authContract';
import { requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';

export function requirePresenter(c: Context<AppEnv>): SessionUser {
  const user = requireSignedIn(c);
  if (user.role !== 'editor' && user.role !== 'admin') throw new ApiProblem('forbidden');
  return user;
}
