/** What every request carries through the Hono app: the signed-in user, or null when anonymous. */
import type { SessionUser } from '../../src/api/authContract';

/** The session behind the request's cookie: its stored id (the token's hash) and its CSRF token. */
export interface RequestSession {
  id: string;
  csrfToken: string;
}

export interface AppEnv {
  Variables: {
    user: SessionUser | null;
    session: RequestSession | null;
  };
}
