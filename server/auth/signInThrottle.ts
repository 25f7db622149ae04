/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for one address and username
 * within the window, further attempts are refused until the oldest failure leaves the window.
 * Each attempt is reserved (counted as a failure) before its password is checked, so that
 * simultaneous guesses cannot all slip in before the first failure is written.
 * The failures live in the store, so a restart does not forget them and every server process in
 * front of one PostgreSQL database counts the same ones. Keys are stored as SHA-256 digests: the
 * store never holds who tried which username from where. Browser-safe.
 */
import type { AccountsPort } from '../store/accountsPort';
import { sha256Hex as digest } from './tokens';

export const maxSignInFailures = 5;
export const signInWindowMillis = 15 * 60 * 1000;

type FailureStore = Pick<
  AccountsPort,
  'recordSignInFailure' | 'signInFailuresAfter' | 'clearSignInFailures' | 'reserveSignInAttempt'
>;

const instant = (millis: number) => new Date(millis).toISOString();

export class SignInThrottle {
  constructor(
    private readonly failures: FailureStore,
    private readonly maxFailures = maxSignInFailures,
    private readonly windowMillis = signInWindowMillis,
  ) {}

  /** Seconds to wait before trying again, or null when an attempt may go ahead. */
  async retryAfterSeconds(key: string, now: number): Promise<number | null> {
    const recent = await this.failures.signInFailuresAfter(
      await digest(key),
      instant(now - this.windowMillis),
    );
    return this.#waitAfter(recent, now);
  }

  /**
   * Reserves an attempt, counted as a failure until `clear` (a success) forgets it: null when it
   * may go ahead, or the seconds to wait before trying again.
   */
  async reserve(key: string, now: number): Promise<number | null> {
    const refused = await this.failures.reserveSignInAttempt(
      await digest(key),
      instant(now),
      instant(now - this.windowMillis),
      this.maxFailures,
    );
    return refused === null ? null : this.#waitAfter(refused, now);
  }

  #waitAfter(recent: string[], now: number): number | null {
    if (recent.length < this.maxFailures) return null;
    const oldest = Date.parse(recent[recent.length - this.maxFailures] ?? instant(now));
    return Math.max(1, Math.ceil((oldest + this.windowMillis - now) / 1000));
  }

  async recordFailure(key: string, now: number): Promise<void> {
    await this.failures.recordSignInFailure(
      await digest(key),
      instant(now),
      instant(now - this.windowMillis),
    );
  }

  /** A successful sign-in forgets the failures before it. */
  async clear(key: string): Promise<void> {
    await this.failures.clearSignInFailures(await digest(key));
  }
}
