import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { requestJson, setCsrfToken } from './client';

function capturedHeaders(fetchSpy: ReturnType<typeof vi.fn>): Record<string, string>[] {
  return fetchSpy.mock.calls.map(([, init]) => (init as RequestInit).headers as Record<string, string>);
}

afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

describe('requestJson and the CSRF token', () => {
  it('sends the session CSRF token with every write, as JSON even without a body, and never with a read', async () => {
    const fetchSpy = vi.fn(async () => Response.json({}));
    vi.stubGlobal('fetch', fetchSpy);
    setCsrfToken('token-of-the-session');
    await requestJson('/plans', z.object({}));
    await requestJson('/session', z.object({}), { method: 'DELETE' });
    await requestJson('/users', z.object({}), { method: 'POST', body: { username: 'wang' } });
    const [read, signOut, write] = capturedHeaders(fetchSpy);
    expect(read).not.toHaveProperty('X-CSRF-Token');
    expect(signOut).toMatchObject({
      'X-CSRF-Token': 'token-of-the-session',
      'Content-Type': 'application/json',
    });
    expect(write).toMatchObject({ 'X-CSRF-Token': 'token-of-the-session' });
  });

  it('sends no token once signed out', async () => {
    const fetchSpy = vi.fn(async () => Response.json({}));
    vi.stubGlobal('fetch', fetchSpy);
    setCsrfToken('old-token');
    setCsrfToken(null);
    await requestJson('/session', z.object({}), { method: 'DELETE' });
    expect(capturedHeaders(fetchSpy)[0]).not.toHaveProperty('X-CSRF-Token');
  });
});
