/** What every request carries through the Hono app: the signed-in user, or null when anonymous. */
import type { SessionUser } from '../../src/api/authContract';

export interface AppEnv {
  Variables: {
    user: SessionUser | null;
  };
}
