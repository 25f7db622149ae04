import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../store/memory';
import { SignInThrottle } from './signInThrottle';

const minute = 60_000;
const start = Date.UTC(2024, 4, 6, 1);

describe('SignInThrottle', () => {
  it('lets four failures pass and holds back the sixth attempt after the fifth, until the window moves on', async () => {
    const throttle = new SignInThrottle(new MemoryStore().accounts, 5, 15 * minute);
    for (let failure = 0; failure < 4; failure += 1)
      await throttle.recordFailure('10.0.0.1\nwang', start + failure * minute);
    expect(await throttle.retryAfterSeconds('10.0.0.1\nwang', start + 4 * minute)).toBeNull();
    await throttle.recordFailure('10.0.0.1\nwang', start + 4 * minute);
    expect(await throttle.retryAfterSeconds('10.0.0.1\nwang', start + 5 * minute)).toBe(10 * 60);
    expect(await throttle.retryAfterSeconds('10.0.0.1\nwang', start + 15 * minute)).toBeNull();
  });

  it('counts each address and username apart, and forgets a key after a success', async () => {
    const throttle = new SignInThrottle(new MemoryStore().accounts, 2, 15 * minute);
    await throttle.recordFailure('10.0.0.1\nwang', start);
    await throttle.recordFailure('10.0.0.1\nwang', start);
    expect(await throttle.retryAfterSeconds('10.0.0.1\nwang', start)).not.toBeNull();
    expect(await throttle.retryAfterSeconds('10.0.0.2\nwang', start)).toBeNull();
    expect(await throttle.retryAfterSeconds('10.0.0.1\nli', start)).toBeNull();
    await throttle.clear('10.0.0.1\nwang');
    expect(await throttle.retryAfterSeconds('10.0.0.1\nwang', start)).toBeNull();
  });
});
