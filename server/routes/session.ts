/**
 * `/api/session`: who is signed in, signing in with a password (real server only), signing out,
 * and in mock mode only, `POST /mock-role`: becoming a demo user of a role, in place of signing in.
 */
import { Hono, type Context } from 'hono';
import { mockRoleRequestSchema, signInRequestSchema } from '../../src/api/accountsContract';
import type { Role } from '../../src/api/authContract';
import { createAccount, departmentsFor } from '../auth/accounts';
import { HashingBusyError, type HashingTurns } from '../auth/hashingLimit';
import { noPasswordHash, type PasswordHasher } from '../auth/passwordHasher';
import { endSession, sessionResponse, startSession } from '../auth/session';
import { SignInThrottle } from '../auth/signInThrottle';
import { sha256Hex } from '../auth/tokens';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem, type AppMode } from '../http/errors';
import type { StoredUser } from '../store/accountsPort';
import type { Store } from '../store/port';

export interface SessionRouteDeps {
  store: Store;
  mode: AppMode;
  anonymousMayView: boolean;
  /** Absent in the mock, which has no password sign-in. */
  passwordHasher: PasswordHasher | undefined;
  /** The client's address, for throttling failed sign-ins. */
  clientAddress: (c: Context) => string;
  now: () => Date;
  /** Checking a password waits for its turn (auth/hashingLimit.ts). */
  hashingTurns: HashingTurns;
}

/** Checked against when the username is unknown, so that a miss takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

async function checkCredentials(
  deps: SessionRouteDeps & { passwordHasher: PasswordHasher },
  username: string,
  password: string,
): Promise<StoredUser | null> {
  const user = await deps.store.accounts.getUserByUsername(username);
  if (!user) {
    decoyHash ??= deps.passwordHasher.hash('decoy password, never used');
    await deps.passwordHasher.verify(password, await decoyHash);
    return null;
  }
  const matches = await deps.passwordHasher.verify(password, user.passwordHash);
  return matches && !user.disabled ? user : null;
}

/** The mock's editor writes for these unless told otherwise. */
const defaultMockDepartments = ['区统计局', '区财政局'];

const mockDisplayNames: Record<Role, string> = {
  viewer: '演示查看者',
  editor: '演示填报员',
  reviewer: '演示审核员',
  admin: '演示管理员',
};

/** One demo user per role and set of departments, created on first use. */
async function mockUser(store: Store, role: Role, requested: string[] | undefined): Promise<StoredUser> {
  // The mock's reviewer reviews every department unless told otherwise.
  const departments = departmentsFor(role, requested ?? (role === 'reviewer' ? [] : defaultMockDepartments));
  const custom = requested !== undefined && (role === 'editor' || role === 'reviewer');
  const suffix = custom ? `-${await shortHash(departments)}` : '';
  const username = `demo-${role}${suffix}`;
  const known = await store.accounts.getUserByUsername(username);
  if (known) return known;
  const created = await createAccount(store, {
    id: `mock-${role}${suffix}`,
    username,
    displayName: custom ? `${mockDisplayNames[role]}(${departments.join('、')})` : mockDisplayNames[role],
    role,
    departments,
    passwordHash: noPasswordHash,
  });
  if (created.kind === 'created') return created.user;
  const raced = await store.accounts.getUserByUsername(username);
  if (!raced) throw new Error(`demo user ${username} could not be stored`);
  return raced;
}

/** Eight hex digits (the first four bytes of the SHA-256) naming a set of departments. */
async function shortHash(departments: string[]): Promise<string> {
  return (await sha256Hex([...departments].sort().join('\n'))).slice(0, 8);
}

export function sessionRoutes(deps: SessionRouteDeps) {
  const throttle = new SignInThrottle(deps.store.accounts);
  const routes = new Hono<AppEnv>()
    .get('/', (c) => c.json(sessionResponse(c, deps.anonymousMayView)))
    .post('/', writeBodyLimit, async (c) => {
      const { passwordHasher } = deps;
      if (!passwordHasher) throw new ApiProblem('notFound');
      const { username, password } = await readJsonBody(c, signInRequestSchema);
      const key = `${deps.clientAddress(c)}\n${username}`;
      let retryAfter: number | null = null;
      let user: StoredUser | null = null;
      try {
        await deps.hashingTurns.run(async () => {
          // The attempt counts as a failure from before its password is checked until it succeeds.
          retryAfter = await throttle.reserve(key, deps.now().getTime());
          if (retryAfter === null)
            user = await checkCredentials({ ...deps, passwordHasher }, username, password);
        });
      } catch (error) {
        if (!(error instanceof HashingBusyError)) throw error;
        c.header('Retry-After', '1');
        throw new ApiProblem('tooManyRequests', { field: 'busy' });
      }
      if (retryAfter !== null) {
        c.header('Retry-After', String(retryAfter));
        throw new ApiProblem('tooManyRequests');
      }
      if (!user) throw new ApiProblem('unauthorized', { field: 'credentials' });
      await throttle.clear(key);
      await startSession(c, deps, user);
      return c.json(sessionResponse(c, deps.anonymousMayView));
    })
    .delete('/', async (c) => {
      await endSession(c, deps);
      return c.json(sessionResponse(c, deps.anonymousMayView));
    });
  if (deps.mode !== 'mock') return routes;
  return routes.post('/mock-role', writeBodyLimit, async (c) => {
    const { role, departments } = await readJsonBody(c, mockRoleRequestSchema);
    const user = await mockUser(deps.store, role, departments);
    await startSession(c, deps, user);
    return c.json(sessionResponse(c, deps.anonymousMayView));
  });
}
