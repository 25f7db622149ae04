/**
 * Password hashing takes tens of milliseconds of CPU each time (scrypt), so a burst of sign-ins
 * could keep every core busy and starve every other request. Work that hashes runs in turns: only
 * `concurrent` at once, up to `queued` more waiting, and any beyond that refused at once with
 * HashingBusyError (a sign-in then answers 429: try again shortly). Browser-safe.
 */
import type { PasswordHasher } from './passwordHasher';

export class HashingBusyError extends Error {
  constructor() {
    super('too many passwords are being checked at once');
    this.name = 'HashingBusyError';
  }
}

export interface HashingLimits {
  concurrent: number;
  queued: number;
}

/** Two at a time (the servers this runs on have two cores or more), sixteen waiting. */
export const defaultHashingLimits: HashingLimits = { concurrent: 2, queued: 16 };

export class HashingTurns {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly limits: HashingLimits = defaultHashingLimits) {}

  /** Runs `work` in its turn; throws HashingBusyError, without running it, when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limits.concurrent) {
      if (this.#waiting.length >= this.limits.queued) throw new HashingBusyError();
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      // The turn passes straight to the next in line, so the count of those running stays.
      if (next) next();
      else this.#running -= 1;
    }
  }
}

/** `hasher`, each hash and check taking its turn. */
export function limitHashing(hasher: PasswordHasher, turns: HashingTurns): PasswordHasher {
  return {
    hash: (password) => turns.run(() => hasher.hash(password)),
    verify: (password, passwordHash) => turns.run(() => hasher.verify(password, passwordHash)),
  };
}
