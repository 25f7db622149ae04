import { describe, expect, it } from 'vitest';
import { sessionResponseSchema } from '../src/api/authContract';
import { createMockApp } from './mockApp';
import { withSessionCookieJar } from './sessionCookieJar';

describe('the mock session cookie jar', () => {
  it('keeps the role chosen in the mock for the requests that follow, until sign-out', async () => {
    const app = await createMockApp(null);
    const jar = await withSessionCookieJar(() => Promise.resolve(app))();
    const session = async () =>
      sessionResponseSchema.parse(
        await (await jar.fetch(new Request('http://mock.test/api/session'))).json(),
      );

    expect((await session()).user).toBeNull();
    await jar.fetch(
      new Request('http://mock.test/api/session/mock-role', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'admin' }),
      }),
    );
    const signedIn = await session();
    expect(signedIn.user?.role).toBe('admin');

    await jar.fetch(
      new Request('http://mock.test/api/session', {
        method: 'DELETE',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': signedIn.csrfToken ?? '' },
      }),
    );
    expect((await session()).user).toBeNull();
  });
});
