import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredSession, StoredUser } from '../../server/store/accountsPort';
import type { Store } from '../../server/store/port';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

function user(fields: Pick<StoredUser, 'id' | 'username'> & Partial<StoredUser>): StoredUser {
  return {
    displayName: '王芳',
    role: 'editor',
    departments: ['区统计局', '区财政局'],
    passwordHash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==',
    disabled: false,
    version: 1,
    createdAt: '2024-05-06T01:00:00.000Z',
    updatedAt: '2024-05-06T01:00:00.000Z',
    ...fields,
  };
}

function session(fields: Pick<StoredSession, 'id' | 'userId'> & Partial<StoredSession>): StoredSession {
  return {
    csrfToken: 'csrf-token',
    expiresAt: '2024-05-06T13:00:00.000Z',
    createdAt: '2024-05-06T01:00:00.000Z',
    ...fields,
  };
}

describe.each(storeKindsUnderTest())('accounts in the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('holds no account before the first one is created', async () => {
    expect(await store.accounts.countUsers()).toBe(0);
    expect(await store.accounts.listUsers()).toEqual([]);
  });

  it('gives an account back exactly as created, by id and by username, and lists accounts by username', async () => {
    const wang = user({ id: 'u-wang', username: 'wang' });
    const li = user({ id: 'u-li', username: 'li', role: 'viewer', departments: [], disabled: true });
    expect(await store.accounts.createUser(wang)).toEqual({ kind: 'created', user: wang });
    await store.accounts.createUser(li);

    expect(await store.accounts.getUser('u-wang')).toEqual(wang);
    expect(await store.accounts.getUserByUsername('li')).toEqual(li);
    expect(await store.accounts.getUser('u-nobody')).toBeNull();
    expect(await store.accounts.getUserByUsername('nobody')).toBeNull();
    expect((await store.accounts.listUsers()).map((account) => account.username)).toEqual(['li', 'wang']);
    expect(await store.accounts.countUsers()).toBe(2);
  });

  it('stores an account change with its audit entries, or neither when an entry cannot be stored', async () => {
    const entryFor = (field: string, newValue: string) => ({
      actor: 'admin',
      actorName: '管理员',
      entityType: 'user' as const,
      entityId: 'zhao',
      planId: 'accounts',
      field,
      oldValue: null,
      newValue,
      note: '',
    });
    const zhao = user({ id: 'u-zhao', username: 'zhao' });
    await store.accounts.createUser(zhao, [entryFor('created', 'zhao')]);
    // An entry with no actor is refused; the change must not be made without its record.
    const unrecordable = { ...entryFor('role', 'admin'), actor: '' };
    await expect(
      store.accounts.updateUser('u-zhao', 1, { role: 'admin' }, '2024-05-07T01:00:00.000Z', [unrecordable]),
    ).rejects.toThrow();
    expect((await store.accounts.getUser('u-zhao'))?.role).toBe('editor');
    await expect(
      store.accounts.createUser(user({ id: 'u-qian', username: 'qian' }), [
        { ...entryFor('created', 'qian'), actor: '' },
      ]),
    ).rejects.toThrow();
    expect(await store.accounts.getUserByUsername('qian')).toBeNull();

    await store.accounts.updateUser('u-zhao', 1, { role: 'viewer' }, '2024-05-07T01:00:00.000Z', [
      entryFor('role', 'viewer'),
    ]);
    // A stale change is not made, and leaves no record either.
    await store.accounts.updateUser('u-zhao', 1, { role: 'admin' }, '2024-05-07T02:00:00.000Z', [
      entryFor('role', 'admin'),
    ]);
    const recorded = await store.audit.list({ entityType: 'user', entityId: 'zhao' });
    expect(recorded.map((entry) => entry.field)).toEqual(['role', 'created']);
    expect(await store.audit.list({ excludeEntityTypes: ['user'] })).toEqual([]);
  });

  it('keeps failed sign-ins per key, forgets those outside the window, and still has them after a reopen', async () => {
    const at = (minute: number) => new Date(Date.UTC(2024, 4, 6, 1, minute)).toISOString();
    await store.accounts.recordSignInFailure('key-wang', at(0), at(-15));
    await store.accounts.recordSignInFailure('key-wang', at(1), at(-14));
    await store.accounts.recordSignInFailure('key-li', at(2), at(-13));
    expect(await store.accounts.signInFailuresAfter('key-wang', at(-1))).toEqual([at(0), at(1)]);
    expect(await store.accounts.signInFailuresAfter('key-wang', at(0))).toEqual([at(1)]);

    // Recording a failure forgets every failure at or before the window's start, whatever its key.
    await store.accounts.recordSignInFailure('key-li', at(16), at(1));
    expect(await store.accounts.signInFailuresAfter('key-wang', at(-60))).toEqual([]);
    expect(await store.accounts.signInFailuresAfter('key-li', at(-60))).toEqual([at(2), at(16)]);

    if (kind.persistent) store = await underTest.reopen();
    expect(await store.accounts.signInFailuresAfter('key-li', at(-60))).toEqual([at(2), at(16)]);
    await store.accounts.clearSignInFailures('key-li');
    expect(await store.accounts.signInFailuresAfter('key-li', at(-60))).toEqual([]);
  });

  it('refuses a second account with a taken username and keeps the first', async () => {
    await store.accounts.createUser(user({ id: 'u-1', username: 'wang' }));
    const again = await store.accounts.createUser(user({ id: 'u-2', username: 'wang', role: 'admin' }));
    expect(again).toEqual({ kind: 'usernameTaken' });
    expect(await store.accounts.countUsers()).toBe(1);
    expect((await store.accounts.getUserByUsername('wang'))?.role).toBe('editor');
  });

  it('changes an account only at the version read, bumping the version', async () => {
    await store.accounts.createUser(user({ id: 'u-wang', username: 'wang' }));
    const updated = await store.accounts.updateUser(
      'u-wang',
      1,
      { role: 'viewer', departments: [], displayName: '王芳芳', passwordHash: 'new-hash' },
      '2024-05-07T02:00:00.000Z',
    );
    expect(updated).toEqual({
      kind: 'updated',
      user: user({
        id: 'u-wang',
        username: 'wang',
        role: 'viewer',
        departments: [],
        displayName: '王芳芳',
        passwordHash: 'new-hash',
        version: 2,
        updatedAt: '2024-05-07T02:00:00.000Z',
      }),
    });

    const stale = await store.accounts.updateUser(
      'u-wang',
      1,
      { disabled: true },
      '2024-05-07T03:00:00.000Z',
    );
    expect(stale.kind).toBe('stale');
    expect(stale.kind === 'stale' ? stale.current.version : null).toBe(2);
    expect((await store.accounts.getUser('u-wang'))?.disabled).toBe(false);
    expect(
      await store.accounts.updateUser('u-none', 1, { disabled: true }, '2024-05-07T03:00:00.000Z'),
    ).toEqual({
      kind: 'missing',
    });
  });

  it('finds a session by its id until it is deleted', async () => {
    await store.accounts.createUser(user({ id: 'u-wang', username: 'wang' }));
    const stored = session({ id: 'a'.repeat(64), userId: 'u-wang' });
    await store.accounts.createSession(stored);
    expect(await store.accounts.getSession(stored.id)).toEqual(stored);
    await store.accounts.deleteSession(stored.id);
    expect(await store.accounts.getSession(stored.id)).toBeNull();
  });

  it("ends every session of one user and no one else's", async () => {
    await store.accounts.createUser(user({ id: 'u-wang', username: 'wang' }));
    await store.accounts.createUser(user({ id: 'u-li', username: 'li' }));
    await store.accounts.createSession(session({ id: 'w1', userId: 'u-wang' }));
    await store.accounts.createSession(session({ id: 'w2', userId: 'u-wang' }));
    await store.accounts.createSession(session({ id: 'l1', userId: 'u-li' }));
    await store.accounts.deleteSessionsOfUser('u-wang');
    expect(await store.accounts.getSession('w1')).toBeNull();
    expect(await store.accounts.getSession('w2')).toBeNull();
    expect(await store.accounts.getSession('l1')).not.toBeNull();
  });

  it('clears out the sessions expired by a given instant', async () => {
    await store.accounts.createUser(user({ id: 'u-wang', username: 'wang' }));
    await store.accounts.createSession(
      session({ id: 'old', userId: 'u-wang', expiresAt: '2024-05-06T13:00:00.000Z' }),
    );
    await store.accounts.createSession(
      session({ id: 'new', userId: 'u-wang', expiresAt: '2024-05-07T13:00:00.000Z' }),
    );
    expect(await store.accounts.deleteExpiredSessions('2024-05-06T13:00:00.000Z')).toBe(1);
    expect(await store.accounts.getSession('old')).toBeNull();
    expect(await store.accounts.getSession('new')).not.toBeNull();
  });

  it.runIf(kind.persistent)('keeps accounts and sessions when the store is opened again', async () => {
    const wang = user({ id: 'u-wang', username: 'wang' });
    await store.accounts.createUser(wang);
    await store.accounts.createSession(session({ id: 's1', userId: 'u-wang' }));
    const reopened = await underTest.reopen();
    expect(await reopened.accounts.getUser('u-wang')).toEqual(wang);
    expect(await reopened.accounts.getSession('s1')).not.toBeNull();
  });
});
