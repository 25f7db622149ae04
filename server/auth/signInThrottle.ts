/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for one address and username
 * within the window, further attempts are refused until the oldest failure leaves the window.
 * Kept in memory: a restart forgets it, which costs a guesser a restart of the server.
 */
export const maxSignInFailures = 5;
export const signInWindowMillis = 15 * 60 * 1000;

/** Beyond this many keys, keys with no recent failure are swept out. */
const sweepThreshold = 1000;
/** A bound on memory whatever a guesser sends: beyond it the keys that failed longest ago go first. */
const maxKeys = 20_000;

export class SignInThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = maxSignInFailures,
    private readonly windowMillis = signInWindowMillis,
  ) {}

  /** Seconds to wait before trying again, or null when an attempt may go ahead. */
  retryAfterSeconds(key: string, now: number): number | null {
    const recent = this.#recent(key, now);
    if (recent.length < this.maxFailures) return null;
    const oldest = recent[recent.length - this.maxFailures] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMillis - now) / 1000));
  }

  recordFailure(key: string, now: number): void {
    const failures = [...this.#recent(key, now), now];
    // Deleted and set again, so that the map stays ordered by latest failure.
    this.#failures.delete(key);
    this.#failures.set(key, failures);
    if (this.#failures.size > sweepThreshold) {
      for (const known of [...this.#failures.keys()]) {
        if (this.#recent(known, now).length === 0) this.#failures.delete(known);
      }
    }
    const excess = this.#failures.size - maxKeys;
    if (excess > 0)
      for (const known of [...this.#failures.keys()].slice(0, excess)) this.#failures.delete(known);
  }

  /** A successful sign-in forgets the failures before it. */
  clear(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => at > now - this.windowMillis);
  }
}
