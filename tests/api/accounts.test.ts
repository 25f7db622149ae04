/**
 * Accounts, sessions and their protections, as a client meets them: on both targets where both
 * have it, on the real server alone for passwords, on the mock alone for its role switch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditListResponseSchema } from '../../src/api/auditContract';
import { createApp } from '../../server/app';
import { createAccount } from '../../server/auth/accounts';
import { hashPassword, scryptHasher } from '../../server/auth/password';
import { sha256Hex } from '../../server/auth/tokens';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';
import { MemoryStore } from '../../server/store/memory';
import { accountResponseSchema, accountsResponseSchema, type Account } from '../../src/api/accountsContract';
import { sessionResponseSchema } from '../../src/api/authContract';
import { errorBodySchema } from '../../src/api/contract';
import { sessionCookieOf, signInAs, signInAsFirstAdmin, signInWithPassword, type SignedIn } from './signIn';
import { apiTargets, mockApi, realServer, type RunningTarget } from './targets';

const startTimeout = 60_000;

interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

function client(running: () => RunningTarget) {
  async function call(path: string, { method = 'GET', headers = {}, body }: CallOptions = {}) {
    const target = running();
    const response = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { response, status: response.status, json: (): unknown => JSON.parse(text) };
  }
  async function errorOf(path: string, options: CallOptions = {}) {
    const { status, json, response } = await call(path, options);
    return { status, error: errorBodySchema.parse(json()).error, response };
  }
  async function sessionOf(headers: Record<string, string> = {}) {
    const { status, json } = await call('/api/session', { headers });
    expect(status).toBe(200);
    return sessionResponseSchema.parse(json());
  }
  async function accounts(admin: SignedIn): Promise<Account[]> {
    const { status, json } = await call('/api/users', { headers: admin.headers });
    expect(status).toBe(200);
    return accountsResponseSchema.parse(json()).users;
  }
  return { call, errorOf, sessionOf, accounts };
}

function started(target: typeof realServer) {
  let running: RunningTarget | undefined;
  beforeAll(async () => {
    running = await target.start();
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });
  return () => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  };
}

describe.each(apiTargets)('accounts on $name', (target) => {
  const running = started(target);
  const { call, errorOf, sessionOf, accounts } = client(running);

  it('tells an anonymous visitor that nobody is signed in and that anonymous viewing is on', async () => {
    expect(await sessionOf()).toEqual({ user: null, anonymousMayView: true, csrfToken: null });
  });

  it('knows a signed-in editor by the session cookie, with the departments they write for', async () => {
    const editor = await signInAs(running(), 'editor', ['区统计局']);
    const session = await sessionOf({ Cookie: editor.cookie });
    expect(session.user).toMatchObject({ role: 'editor', departments: ['区统计局'] });
    expect(session.csrfToken).toBe(editor.csrfToken);
  });

  it('signs out: the cookie is cleared and the old cookie no longer signs anyone in', async () => {
    const viewer = await signInAs(running(), 'viewer');
    const { status, json, response } = await call('/api/session', {
      method: 'DELETE',
      headers: viewer.headers,
    });
    expect(status).toBe(200);
    expect(sessionResponseSchema.parse(json()).user).toBeNull();
    expect(response.headers.getSetCookie().join('\n')).toMatch(/tb_session=;.*Max-Age=0/);
    expect((await sessionOf({ Cookie: viewer.cookie })).user).toBeNull();
  });

  it('refuses a write made with a session but without its CSRF token, or with a wrong one', async () => {
    const viewer = await signInAs(running(), 'viewer');
    const { 'X-CSRF-Token': _token, ...withoutToken } = viewer.headers;
    const missing = await errorOf('/api/session', { method: 'DELETE', headers: withoutToken });
    expect(missing.status).toBe(403);
    expect(missing.error).toMatchObject({ code: 'forbidden', field: 'csrfToken' });
    expect(missing.error.message).toBe('请求缺少有效的安全令牌,请刷新页面后重试');
    const wrong = await errorOf('/api/session', {
      method: 'DELETE',
      headers: { ...withoutToken, 'X-CSRF-Token': 'not-the-token' },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.error.field).toBe('csrfToken');
    expect((await sessionOf({ Cookie: viewer.cookie })).user?.role).toBe('viewer');
  });

  it('refuses a write that another site sends, token or not', async () => {
    const admin = await signInAs(running(), 'admin');
    const fromElsewhere = await errorOf('/api/users', {
      method: 'POST',
      headers: { ...admin.headers, Origin: 'https://evil.example' },
      body: {
        username: 'mallory',
        displayName: 'M',
        role: 'admin',
        departments: [],
        password: 'plum-blossom-2024',
      },
    });
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.error).toMatchObject({ code: 'forbidden', field: 'origin' });
    const crossSite = await errorOf('/api/session', {
      method: 'DELETE',
      headers: { ...admin.headers, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.error.field).toBe('origin');
    expect((await accounts(admin)).map((account) => account.username)).not.toContain('mallory');
  });

  it.each([
    ['GET', '/api/users', undefined],
    [
      'POST',
      '/api/users',
      { username: 'li', displayName: '李', role: 'viewer', departments: [], password: 'river-lamp-2024' },
    ],
    ['PATCH', '/api/users/any-id', { version: 1, disabled: true }],
  ])('lets only an admin at %s %s: 401 anonymous, 403 viewer and editor', async (method, path, body) => {
    const anonymous = await errorOf(path, {
      method,
      body,
      headers: { Origin: new URL(running().baseUrl).origin },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.error.code).toBe('unauthorized');
    for (const role of ['viewer', 'editor'] as const) {
      const signedIn = await signInAs(running(), role, role === 'editor' ? ['区统计局'] : []);
      const refused = await errorOf(path, { method, body, headers: signedIn.headers });
      expect(refused.status).toBe(403);
      expect(refused.error.code).toBe('forbidden');
    }
  });

  it('lets an admin list accounts without any password hash', async () => {
    const admin = await signInAs(running(), 'admin');
    const { status, json } = await call('/api/users', { headers: admin.headers });
    expect(status).toBe(200);
    const listed = accountsResponseSchema.parse(json()).users;
    expect(listed.map((account) => account.id)).toContain(admin.user.id);
    expect(JSON.stringify(json())).not.toMatch(/password|scrypt/i);
  });

  it('lets an admin add an account, and refuses a second account with the same username', async () => {
    const admin = await signInAs(running(), 'admin');
    const request = {
      username: 'Wang.Fang',
      displayName: '王芳',
      role: 'editor',
      departments: ['区统计局', '区财政局'],
      password: 'a long enough password',
    };
    const { status, json } = await call('/api/users', {
      method: 'POST',
      headers: admin.headers,
      body: request,
    });
    expect(status).toBe(201);
    expect(accountResponseSchema.parse(json()).user).toMatchObject({
      username: 'wang.fang',
      displayName: '王芳',
      role: 'editor',
      departments: ['区统计局', '区财政局'],
      disabled: false,
      version: 1,
    });
    const again = await errorOf('/api/users', { method: 'POST', headers: admin.headers, body: request });
    expect(again.status).toBe(409);
    expect(again.error).toMatchObject({ code: 'conflict', field: 'username', message: '该用户名已被使用' });
  });

  it('refuses an account with unknown fields, a short password or a bad username, naming the field', async () => {
    const admin = await signInAs(running(), 'admin');
    const base = {
      username: 'zhao',
      displayName: '赵',
      role: 'viewer',
      departments: [],
      password: 'river-lamp-2024',
    };
    for (const [body, field] of [
      [{ ...base, isRoot: true }, 'isRoot'],
      [{ ...base, password: 'short' }, 'password'],
      [{ ...base, username: '赵' }, 'username'],
      [{ ...base, role: 'owner' }, 'role'],
    ] as const) {
      const refused = await errorOf('/api/users', { method: 'POST', headers: admin.headers, body });
      expect(refused.status).toBe(400);
      expect(refused.error).toMatchObject({ code: 'invalidBody', field });
    }
  });

  it('refuses a guessable password with a message giving the rule, in both languages', async () => {
    const admin = await signInAs(running(), 'admin');
    for (const password of [' '.repeat(10), '1234567890', 'password12']) {
      const body = { username: 'qian', displayName: '钱', role: 'viewer', departments: [], password };
      const zh = await errorOf('/api/users', { method: 'POST', headers: admin.headers, body });
      expect(zh.status).toBe(400);
      expect(zh.error).toMatchObject({ code: 'invalidBody', field: 'password' });
      expect(zh.error.message).toContain('常见密码');
      const en = await errorOf('/api/users', {
        method: 'POST',
        headers: { ...admin.headers, 'Accept-Language': 'en-US' },
        body,
      });
      expect(en.error.message).toContain('common password');
    }
  });

  it('changes role and departments with the version read, and answers a stale version with 409 and the current account', async () => {
    const admin = await signInAs(running(), 'admin');
    const created = await call('/api/users', {
      method: 'POST',
      headers: admin.headers,
      body: {
        username: 'sun',
        displayName: '孙',
        role: 'viewer',
        departments: [],
        password: 'river-lamp-2024',
      },
    });
    const account = accountResponseSchema.parse(created.json()).user;

    const changed = await call(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, role: 'editor', departments: ['区商务部门'], displayName: '孙明' },
    });
    expect(changed.status).toBe(200);
    expect(accountResponseSchema.parse(changed.json()).user).toMatchObject({
      role: 'editor',
      departments: ['区商务部门'],
      displayName: '孙明',
      version: 2,
    });

    const stale = await errorOf(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, role: 'admin' },
    });
    expect(stale.status).toBe(409);
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.current).toMatchObject({ id: account.id, role: 'editor', version: 2 });
  });

  it('refuses a department the managed list does not hold, listing the known ones, and writes nothing', async () => {
    const admin = await signInAs(running(), 'admin');
    const before = (await accounts(admin)).length;
    const refused = await errorOf('/api/users', {
      method: 'POST',
      headers: admin.headers,
      body: {
        username: 'wu',
        displayName: '吴',
        role: 'editor',
        departments: ['区统计局', '区统计处'],
        password: 'river-lamp-2024',
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.error).toMatchObject({ code: 'invalidBody', field: 'departments.1' });
    expect(refused.error.message).toContain('未登记的部门“区统计处”');
    expect(refused.error.message).toMatch(/应为已登记的部门之一：.*区统计局/);
    expect(await accounts(admin)).toHaveLength(before);
  });

  it('ends every session of an account an admin disables', async () => {
    const admin = await signInAs(running(), 'admin');
    const editor = await signInAs(running(), 'editor', ['停用测试单位']);
    const account = (await accounts(admin)).find((candidate) => candidate.id === editor.user.id);
    if (!account) throw new Error('the editor is not listed');
    const { status } = await call(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: account.version, disabled: true },
    });
    expect(status).toBe(200);
    expect((await sessionOf({ Cookie: editor.cookie })).user).toBeNull();
  });

  it('records who made and changed an account, field by field, with no password in the record', async () => {
    const admin = await signInAs(running(), 'admin');
    const password = 'a-secret-of-twelve';
    const created = await call('/api/users', {
      method: 'POST',
      headers: admin.headers,
      body: { username: 'zhou', displayName: '周', role: 'viewer', departments: [], password },
    });
    const account = accountResponseSchema.parse(created.json()).user;
    const changed = await call(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, role: 'editor', departments: ['区督查部门'], password: 'another-secret-12' },
    });
    expect(changed.status).toBe(200);
    const refused = await call(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, disabled: true },
    });
    expect(refused.status).toBe(409);

    const { status, json, response } = await call('/api/users/changes', { headers: admin.headers });
    expect(status).toBe(200);
    const entries = auditListResponseSchema
      .parse(json())
      .entries.filter((entry) => entry.entityId === 'zhou');
    expect(entries.map((entry) => [entry.field ?? 'created', entry.oldValue, entry.newValue])).toEqual([
      ['password', null, null],
      ['departments', [], ['区督查部门']],
      ['role', 'viewer', 'editor'],
      ['created', null, { username: 'zhou', displayName: '周', role: 'viewer', departments: [] }],
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({ actor: admin.user.username, entityType: 'user' });
    expect(response.ok).toBe(true);
    expect(JSON.stringify(json())).not.toContain('secret');

    // Account changes are not figures of the plan: the plan's change log does not list them.
    const planLog = await call('/api/audit?limit=500', { headers: admin.headers });
    expect(planLog.status).toBe(200);
    expect(
      auditListResponseSchema.parse(planLog.json()).entries.some((entry) => entry.entityType === 'user'),
    ).toBe(false);
  });

  it('shows the account changes to admins only', async () => {
    expect((await errorOf('/api/users/changes')).status).toBe(401);
    const viewer = await signInAs(running(), 'viewer');
    expect((await errorOf('/api/users/changes', { headers: viewer.headers })).status).toBe(403);
  });

  it('answers an unknown account with 404', async () => {
    const admin = await signInAs(running(), 'admin');
    const missing = await errorOf('/api/users/no-such-account', {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, disabled: true },
    });
    expect(missing.status).toBe(404);
  });
});

describe('passwords on the real server', () => {
  const running = started(realServer);
  const { call, errorOf, sessionOf } = client(running);

  async function newAccount(username: string, password: string, role = 'viewer') {
    const admin = await signInAsFirstAdmin(running());
    const { status, json } = await call('/api/users', {
      method: 'POST',
      headers: admin.headers,
      body: { username, displayName: username, role, departments: [], password },
    });
    expect(status).toBe(201);
    return accountResponseSchema.parse(json()).user;
  }

  function signIn(username: string, password: string, headers: Record<string, string> = {}) {
    return call('/api/session', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin, ...headers },
      body: { username, password },
    });
  }

  it('signs in with the right password and sets an http-only, same-site strict session cookie', async () => {
    await newAccount('zhou', 'zhou password 1');
    const { status, json, response } = await signIn('ZHOU', 'zhou password 1');
    expect(status).toBe(200);
    const session = sessionResponseSchema.parse(json());
    expect(session.user).toMatchObject({ username: 'zhou', role: 'viewer' });
    expect(session.csrfToken).toEqual(expect.any(String));
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('tb_session='));
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=43200/);
    expect(setCookie).not.toMatch(/Secure/); // plain http here; https requests get Secure
    expect(JSON.stringify(session)).not.toContain(sessionCookieOf(response)?.split('=')[1]);
  });

  it('refuses a wrong password and an unknown user with the same 401, in the asked language', async () => {
    await newAccount('wu', 'wu password 12');
    const wrong = await errorOf('/api/session', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin },
      body: { username: 'wu', password: 'not it at all' },
    });
    const unknown = await errorOf('/api/session', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin },
      body: { username: 'nobody-here', password: 'not it at all' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.error).toEqual({
      code: 'unauthorized',
      message: '用户名或密码不正确',
      field: 'credentials',
    });
    expect(unknown.error).toEqual(wrong.error);
    expect(sessionCookieOf(wrong.response)).toBeNull();
    const english = await errorOf('/api/session', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin, 'Accept-Language': 'en-US,en;q=0.9' },
      body: { username: 'wu', password: 'not it at all' },
    });
    expect(english.error.message).toBe('The username or password is incorrect');
  });

  it('refuses sign-in for a while after five failures for one username, even with the right password', async () => {
    await newAccount('zheng', 'zheng password');
    await newAccount('feng', 'feng password1');
    for (let attempt = 1; attempt <= 5; attempt += 1)
      expect((await signIn('zheng', `guess number ${attempt}`)).status).toBe(401);
    const blocked = await errorOf('/api/session', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin },
      body: { username: 'zheng', password: 'zheng password' },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.error.code).toBe('tooManyRequests');
    expect(blocked.error.message).toBe('登录失败次数过多,请 15 分钟后再试');
    expect(Number(blocked.response.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await signIn('feng', 'feng password1')).status).toBe(200);
  });

  it('refuses sign-in from a page of another site', async () => {
    await newAccount('chu', 'chu password 1');
    const refused = await errorOf('/api/session', {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      body: { username: 'chu', password: 'chu password 1' },
    });
    expect(refused.status).toBe(403);
    expect(refused.error.field).toBe('origin');
  });

  it('refuses a disabled account with the same message as a wrong password', async () => {
    const account = await newAccount('wei', 'wei password 1');
    const admin = await signInAsFirstAdmin(running());
    await call(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, disabled: true },
    });
    const refused = await errorOf('/api/session', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin },
      body: { username: 'wei', password: 'wei password 1' },
    });
    expect(refused.status).toBe(401);
    expect(refused.error.message).toBe('用户名或密码不正确');
  });

  it('after a password reset, the old password fails, the new one works and old sessions are over', async () => {
    const account = await newAccount('jiang', 'jiang old password');
    const before = await signInWithPassword(running(), 'jiang', 'jiang old password');
    const admin = await signInAsFirstAdmin(running());
    const reset = await call(`/api/users/${account.id}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: { version: 1, password: 'jiang new password' },
    });
    expect(reset.status).toBe(200);
    expect((await sessionOf({ Cookie: before.cookie })).user).toBeNull();
    expect((await signIn('jiang', 'jiang old password')).status).toBe(401);
    expect((await signIn('jiang', 'jiang new password')).status).toBe(200);
  });

  it('has no mock role switch', async () => {
    const refused = await errorOf('/api/session/mock-role', {
      method: 'POST',
      headers: { Origin: new URL(running().baseUrl).origin },
      body: { role: 'admin' },
    });
    expect(refused.status).toBe(404);
  });
});

describe('the mock role switch', () => {
  const running = started(mockApi);
  const { call, errorOf } = client(running);

  it('signs in a demo user of the chosen role in place of a password', async () => {
    const { status, json, response } = await call('/api/session/mock-role', {
      method: 'POST',
      body: { role: 'editor' },
    });
    expect(status).toBe(200);
    expect(sessionResponseSchema.parse(json()).user).toEqual({
      id: 'mock-editor',
      username: 'demo-editor',
      displayName: '演示填报员',
      role: 'editor',
      departments: ['区统计局', '区财政局'],
    });
    expect(sessionCookieOf(response)).not.toBeNull();
  });

  it('has no password sign-in', async () => {
    const refused = await errorOf('/api/session', {
      method: 'POST',
      body: { username: 'admin', password: 'anything at all' },
    });
    expect(refused.status).toBe(404);
  });
});

describe('sessions over time', () => {
  it('rejects and deletes a session once its twelve hours are over', async () => {
    const store = new MemoryStore();
    await createAccount(store, {
      username: 'qian',
      displayName: '钱',
      role: 'viewer',
      departments: [],
      passwordHash: await hashPassword('qian password'),
    });
    let clock = new Date('2024-05-06T01:00:00Z');
    const app = createApp({ store, mode: 'server', passwordHasher: scryptHasher, now: () => clock });
    const signedIn = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'qian', password: 'qian password' }),
    });
    const cookie = sessionCookieOf(signedIn);
    if (!cookie) throw new Error('no session cookie');
    const sessionAt = async (instant: string) => {
      clock = new Date(instant);
      const response = await app.request('/api/session', { headers: { Cookie: cookie } });
      return { user: sessionResponseSchema.parse(await response.json()).user, response };
    };

    expect((await sessionAt('2024-05-06T12:59:59Z')).user?.username).toBe('qian');
    const expired = await sessionAt('2024-05-06T13:00:00Z');
    expect(expired.user).toBeNull();
    expect(expired.response.headers.getSetCookie().join('\n')).toMatch(/tb_session=;.*Max-Age=0/);
    expect(await store.accounts.getSession(await sha256Hex(cookie.slice('tb_session='.length)))).toBeNull();
    expect((await sessionAt('2024-05-06T12:00:00Z')).user).toBeNull();
  });
});

describe('the last admin', () => {
  it('cannot be disabled or demoted, so that someone can always manage accounts', async () => {
    const store = new MemoryStore();
    const app = createApp({ store, mode: 'mock' });
    const signIn = await app.request('/api/session/mock-role', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'admin' }),
    });
    const session = sessionResponseSchema.parse(await signIn.json());
    const headers = {
      'Content-Type': 'application/json',
      Cookie: sessionCookieOf(signIn) ?? '',
      'X-CSRF-Token': session.csrfToken ?? '',
    };
    for (const change of [{ disabled: true }, { role: 'editor' }]) {
      const response = await app.request(`/api/users/${session.user?.id ?? ''}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ version: 1, ...change }),
      });
      expect(response.status).toBe(403);
      expect(errorBodySchema.parse(await response.json()).error.message).toBe(
        '不能停用或降级最后一位可用的管理员',
      );
    }
  });
});

describe('starting the real server', () => {
  const dirs: string[] = [];
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function start(options: Partial<ServerOptions> & { dataDir: string }) {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: null,
      distDir: path.join(options.dataDir, 'none'),
      ...options,
    });
    servers.push(server);
    return server;
  }
  async function newDataDir() {
    const dir = await mkdtemp(path.join(tmpdir(), 'target-board-accounts-'));
    dirs.push(dir);
    return dir;
  }
  /** Starts the server and returns the first-start lines it printed. */
  async function startCapturing(options: Partial<ServerOptions> & { dataDir: string }) {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const server = await start(options);
      const lines = log.mock.calls.map((args) => args.join(' ')).filter((line) => line.includes('首次启动'));
      return { server, lines };
    } finally {
      log.mockRestore();
    }
  }

  it(
    'creates the admin on first start with a random password printed once, and never again',
    async () => {
      const dataDir = await newDataDir();
      const first = await startCapturing({ dataDir, adminPassword: null });
      expect(first.lines).toHaveLength(1);
      const password = first.lines[0]?.match(/^首次启动已创建管理员 admin,初始密码:(\S+)\(只显示一次\)/)?.[1];
      expect(password).toMatch(/^\S{20}$/);
      const running = { baseUrl: first.server.url, stop: () => first.server.close() };
      expect((await signInWithPassword(running, 'admin', password ?? '')).user.role).toBe('admin');
      await first.server.close();

      const second = await startCapturing({ dataDir, adminPassword: null });
      expect(second.lines).toEqual([]);
      const again = await signInWithPassword(
        { baseUrl: second.server.url, stop: () => second.server.close() },
        'admin',
        password ?? '',
      );
      expect(again.user.username).toBe('admin');

      const elsewhere = await startCapturing({ dataDir: await newDataDir(), adminPassword: null });
      expect(elsewhere.lines[0]).not.toContain(password);
      const guessed = await fetch(`${elsewhere.server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'admin' }),
      });
      expect(guessed.status).toBe(401);
    },
    startTimeout,
  );

  it(
    'takes the first admin password from ADMIN_PASSWORD without printing it, and refuses a short one',
    async () => {
      const dataDir = await newDataDir();
      const { server, lines } = await startCapturing({ dataDir, adminPassword: 'operator chosen secret' });
      expect(lines.join('\n')).not.toContain('operator chosen secret');
      const running = { baseUrl: server.url, stop: () => server.close() };
      expect((await signInWithPassword(running, 'admin', 'operator chosen secret')).user.role).toBe('admin');
      await expect(start({ dataDir: await newDataDir(), adminPassword: 'short' })).rejects.toThrow(
        /ADMIN_PASSWORD/,
      );
    },
    startTimeout,
  );

  it(
    'with ANONYMOUS_VIEW=0 answers reads of anyone not signed in with 401, but not health or session',
    async () => {
      const server = await start({
        dataDir: await newDataDir(),
        anonymousMayView: false,
        adminPassword: 'closed board admin',
      });
      const get = (path: string, headers: Record<string, string> = {}) =>
        fetch(`${server.url}${path}`, { headers });
      const plans = await get('/api/plans');
      expect(plans.status).toBe(401);
      expect(errorBodySchema.parse(await plans.json()).error.message).toBe('请先登录');
      expect((await get('/api/health')).status).toBe(200);
      const session = sessionResponseSchema.parse(await (await get('/api/session')).json());
      expect(session).toMatchObject({ user: null, anonymousMayView: false });
      const viewer = await signInAs(
        { baseUrl: server.url, adminPassword: 'closed board admin', stop: () => server.close() },
        'viewer',
      );
      expect((await get('/api/plans', { Cookie: viewer.cookie })).status).toBe(200);
    },
    startTimeout,
  );
});
