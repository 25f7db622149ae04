/**
 * The sign-in throttle on a real SQLite store: failures counted by one server are still counted
 * after a restart, so restarting the server does not hand a guesser new attempts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin } from './auth/bootstrapAdmin';
import { scryptHasher } from './auth/password';
import { maxSignInFailures } from './auth/signInThrottle';
import { createServerApp } from './serverApp';
import { openStore } from './store/open';

const adminPassword = 'the-right-password';
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-throttle-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function withServer<T>(
  withSignIn: (signIn: (password: string) => Promise<number>) => Promise<T>,
): Promise<T> {
  const store = await openStore({ dataDir });
  try {
    await bootstrapAdmin(store, { adminPassword, hasher: scryptHasher, log: () => {} });
    const app = createServerApp({ store, distDir: path.join(dataDir, 'no-build') });
    const signIn = async (password: string) =>
      (
        await app.request('/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password }),
        })
      ).status;
    return await withSignIn(signIn);
  } finally {
    await store.close();
  }
}

describe('signing in after a restart', () => {
  it('still refuses the right password once too many wrong ones were tried before the restart', async () => {
    await withServer(async (signIn) => {
      for (let attempt = 0; attempt < maxSignInFailures; attempt += 1)
        expect(await signIn('wrong')).toBe(401);
    });
    await withServer(async (signIn) => {
      expect(await signIn(adminPassword)).toBe(429);
    });
  });
});
