/**
 * Holes 1 and 2 of a probe as an attacker: 200 simultaneous guesses at one account checked 199
 * passwords and let the right one in; an anonymous burst of sign-ins kept the CPU hashing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultHashingLimits } from '../../server/auth/hashingLimit';
import type { PasswordHasher } from '../../server/auth/passwordHasher';
import { maxSignInFailures } from '../../server/auth/signInThrottle';
import {
  adminPassword,
  origin,
  persistentStoreNames,
  plainHasher,
  startInProcessApp,
  type InProcessApp,
} from './inProcessApp';

let running: InProcessApp | undefined;
afterEach(async () => {
  await running?.dispose();
  running = undefined;
});

async function signIn(app: InProcessApp['app'], username: string, password: string): Promise<Response> {
  return app.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ username, password }),
  });
}

/** Counts the passwords checked, each check taking a turn of the event loop as scrypt does. */
function countingHasher(): PasswordHasher & { checked: number } {
  const hasher = {
    checked: 0,
    hash: plainHasher.hash,
    async verify(password: string, hash: string) {
      hasher.checked += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return plainHasher.verify(password, hash);
    },
  };
  return hasher;
}

describe.each(['memory', ...persistentStoreNames()])('sign-in under a burst of guesses (%s)', (kind) => {
  it('checks at most five of 200 simultaneous wrong passwords, and refuses the right one after them', async () => {
    const hasher = countingHasher();
    running = await startInProcessApp(kind, { passwordHasher: hasher }, { seedDemo: false });
    const app = running.app;
    hasher.checked = 0;

    const guesses = await Promise.all(
      Array.from({ length: 200 }, (_, guess) => signIn(app, 'admin', `wrong-password-${guess}`)),
    );
    const statuses = guesses.map((response) => response.status);

    expect(hasher.checked).toBeLessThanOrEqual(maxSignInFailures);
    expect(statuses.filter((status) => status === 401)).toHaveLength(hasher.checked);
    expect(statuses.filter((status) => status === 429)).toHaveLength(200 - hasher.checked);
    const right = await signIn(app, 'admin', adminPassword);
    expect(right.status).toBe(429);
    expect(right.headers.get('Retry-After')).toMatch(/^\d+$/);
  });
});

describe('an anonymous burst of sign-ins', () => {
  it(
    'hashes a few passwords at a time, refuses the rest at once, and health still answers meanwhile',
    { timeout: 30_000 },
    async () => {
      let running_ = 0;
      let most = 0;
      const held: (() => void)[] = [];
      let holding = true;
      const holdingHasher: PasswordHasher = {
        hash: plainHasher.hash,
        async verify(password, hash) {
          running_ += 1;
          most = Math.max(most, running_);
          if (holding) await new Promise<void>((resolve) => held.push(resolve));
          running_ -= 1;
          return plainHasher.verify(password, hash);
        },
      };
      running = await startInProcessApp('memory', { passwordHasher: holdingHasher }, { seedDemo: false });
      const app = running.app;

      const attempts = Array.from({ length: 200 }, (_, n) => signIn(app, `visitor${n}`, 'some password'));
      const refusable = 200 - defaultHashingLimits.concurrent - defaultHashingLimits.queued;
      const settled: number[] = [];
      // With every check held, only the refused ones can settle; wait for them.
      await new Promise<void>((resolve) =>
        attempts.forEach(
          (attempt) =>
            void attempt.then((response) => {
              settled.push(response.status);
              if (settled.length === refusable) resolve();
            }),
        ),
      );

      const health = await app.request('/api/health');
      expect(health.status).toBe(200);
      expect(most).toBeLessThanOrEqual(defaultHashingLimits.concurrent);
      expect(held.length).toBeLessThanOrEqual(defaultHashingLimits.concurrent);
      expect(settled.length).toBe(refusable);
      expect(settled.every((status) => status === 429)).toBe(true);
      const refusal = (await (await attempts[199]!).json()) as { error: { message: string } };
      expect(refusal.error.message).toBe('同时登录的请求过多,请稍后再试');

      holding = false;
      held.splice(0).forEach((release) => release());
      const answered = (await Promise.all(attempts)).map((response) => response.status);
      expect(answered.every((status) => status === 401 || status === 429)).toBe(true);
    },
  );
});
