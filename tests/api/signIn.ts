/**
 * Signing in from API tests, on either target:
 *
 *   const as = await signInAs(running, 'editor', ['区统计局']);
 *   await fetch(`${running.baseUrl}/api/…`, { method: 'PUT', headers: { ...as.headers, 'Content-Type': 'application/json' }, body });
 *
 * On the real server it signs in as the first admin (the target's ADMIN_PASSWORD), creates a
 * fresh account of that role and signs in as it; on the mock it uses POST /api/session/mock-role.
 * Accounts choose departments from the managed list, so any department named that the list does
 * not hold is registered first (for the seed's organisation), as an admin would.
 * `headers` carries the session cookie, the CSRF token and a same-origin Origin.
 */
import { randomBytes } from 'node:crypto';
import { accountResponseSchema } from '../../src/api/accountsContract';
import { sessionResponseSchema, type Role, type SessionUser } from '../../src/api/authContract';
import { departmentsResponseSchema } from '../../src/api/plansContract';
import type { RunningTarget } from './targets';

export interface SignedIn {
  user: SessionUser;
  /** `tb_session=…`, for a Cookie header. */
  cookie: string;
  csrfToken: string;
  /** Cookie, X-CSRF-Token and Origin: send them with every request made as this user. */
  headers: Record<string, string>;
}

/** The `name=value` of the session cookie a response sets, or null. */
export function sessionCookieOf(response: Response): string | null {
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('tb_session='));
  const pair = setCookie?.split(';')[0];
  return pair && pair !== 'tb_session=' ? pair : null;
}

async function signedInFrom(running: RunningTarget, response: Response): Promise<SignedIn> {
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const session = sessionResponseSchema.parse(await response.json());
  const cookie = sessionCookieOf(response);
  if (!session.user || !session.csrfToken || !cookie) throw new Error('sign-in answered without a session');
  return {
    user: session.user,
    cookie,
    csrfToken: session.csrfToken,
    headers: { Cookie: cookie, 'X-CSRF-Token': session.csrfToken, Origin: new URL(running.baseUrl).origin },
  };
}

/** POST /api/session with a username and password. */
export async function signInWithPassword(
  running: RunningTarget,
  username: string,
  password: string,
): Promise<SignedIn> {
  const response = await fetch(`${running.baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(running.baseUrl).origin },
    body: JSON.stringify({ username, password }),
  });
  return signedInFrom(running, response);
}

const adminSessions = new WeakMap<RunningTarget, Promise<SignedIn>>();

/** The real server's first admin, signed in once per running target. */
export function signInAsFirstAdmin(running: RunningTarget): Promise<SignedIn> {
  const { adminPassword } = running;
  if (adminPassword === undefined) throw new Error('this target has no admin password: it is the mock');
  let session = adminSessions.get(running);
  if (!session) {
    session = signInWithPassword(running, 'admin', adminPassword);
    adminSessions.set(running, session);
  }
  return session;
}

async function registerDepartments(running: RunningTarget, admin: SignedIn, names: readonly string[]) {
  if (names.length === 0) return;
  const listed = await fetch(`${running.baseUrl}/api/departments`, { headers: admin.headers });
  const { departments } = departmentsResponseSchema.parse(await listed.json());
  const organisation = departments[0]?.organisation ?? '威海高区';
  for (const zh of names) {
    if (departments.some((department) => department.name.zh === zh && !department.retired)) continue;
    const created = await fetch(`${running.baseUrl}/api/departments`, {
      method: 'POST',
      headers: { ...admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ department: { organisation, name: { zh, en: zh } } }),
    });
    if (created.status !== 201)
      throw new Error(`registering the department ${zh} failed: ${created.status} ${await created.text()}`);
  }
}

export async function signInAs(
  running: RunningTarget,
  role: Role,
  departments: string[] = [],
): Promise<SignedIn> {
  if (running.adminPassword === undefined) {
    const response = await fetch(`${running.baseUrl}/api/session/mock-role`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: new URL(running.baseUrl).origin },
      body: JSON.stringify({ role, departments }),
    });
    return signedInFrom(running, response);
  }
  const admin = await signInAsFirstAdmin(running);
  await registerDepartments(running, admin, departments);
  const username = `test-${role}-${randomBytes(4).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  const created = await fetch(`${running.baseUrl}/api/users`, {
    method: 'POST',
    headers: { ...admin.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, displayName: `测试${role}`, role, departments, password }),
  });
  if (created.status !== 201)
    throw new Error(`creating ${username} failed: ${created.status} ${await created.text()}`);
  accountResponseSchema.parse(await created.json());
  return signInWithPassword(running, username, password);
}
