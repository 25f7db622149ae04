import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './signInThrottle';

const minute = 60_000;
const start = Date.UTC(2024, 4, 6, 1);

describe('SignInThrottle', () => {
  it('lets four failures pass and holds back the sixth attempt after the fifth, until the window moves on', () => {
    const throttle = new SignInThrottle(5, 15 * minute);
    for (let failure = 0; failure < 4; failure += 1)
      throttle.recordFailure('10.0.0.1\nwang', start + failure * minute);
    expect(throttle.retryAfterSeconds('10.0.0.1\nwang', start + 4 * minute)).toBeNull();
    throttle.recordFailure('10.0.0.1\nwang', start + 4 * minute);
    expect(throttle.retryAfterSeconds('10.0.0.1\nwang', start + 5 * minute)).toBe(10 * 60);
    expect(throttle.retryAfterSeconds('10.0.0.1\nwang', start + 15 * minute)).toBeNull();
  });

  it('counts each address and username apart, and forgets a key after a success', () => {
    const throttle = new SignInThrottle(2, 15 * minute);
    throttle.recordFailure('10.0.0.1\nwang', start);
    throttle.recordFailure('10.0.0.1\nwang', start);
    expect(throttle.retryAfterSeconds('10.0.0.1\nwang', start)).not.toBeNull();
    expect(throttle.retryAfterSeconds('10.0.0.2\nwang', start)).toBeNull();
    expect(throttle.retryAfterSeconds('10.0.0.1\nli', start)).toBeNull();
    throttle.clear('10.0.0.1\nwang');
    expect(throttle.retryAfterSeconds('10.0.0.1\nwang', start)).toBeNull();
  });
});
