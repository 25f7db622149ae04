/**
 * Checks every write route makes on the server, whatever buttons the client shows: anonymous → 401,
 * signed in without the right → 403.
 */
import type { Context } from 'hono';
import { mayChangeAnything, mayWriteFor, type SessionUser } from '../../src/api/authContract';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';

export function requireSignedIn(c: Context<AppEnv>): SessionUser {
  const user = c.get('user') ?? null;
  if (!user) throw new ApiProblem('unauthorized');
  return user;
}

export function requireAdmin(c: Context<AppEnv>): SessionUser {
  const user = requireSignedIn(c);
  if (user.role !== 'admin') throw new ApiProblem('forbidden');
  return user;
}

/**
 * A user who may change something: an editor or an admin (a viewer → 403). Saving figures and
 * importing check each write further; saving decks and taking snapshots need no more.
 */
export function requireWriter(c: Context<AppEnv>): SessionUser {
  const user = requireSignedIn(c);
  if (!mayChangeAnything(user)) throw new ApiProblem('forbidden');
  return user;
}

/** An editor of the indicator's lead department, or an admin. */
export function requireWriterFor(c: Context<AppEnv>, department: string | null): SessionUser {
  const user = requireSignedIn(c);
  if (!mayWriteFor(user, department)) throw new ApiProblem('forbidden');
  return user;
}
