/**
 * The in-process event bus behind live updates: a write route publishes what changed, and every
 * open `GET /api/events` stream passes it on. Browser-safe (the mock runs the app in the page).
 */
import type { LiveEvent } from '../../src/api/liveContract';

export type { LiveEvent };

export type LiveListener = (event: LiveEvent) => void;

export interface EventBus {
  publish(event: LiveEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: LiveListener): () => void;
  /** When the last event was published (milliseconds since 1970), or null before the first. */
  latestChangeAt(): number | null;
}

export function createEventBus(): EventBus {
  const listeners = new Set<LiveListener>();
  let latestChangeAt: number | null = null;
  return {
    publish(event) {
      latestChangeAt = Date.now();
      for (const listener of [...listeners]) {
        try {
          listener(structuredClone(event));
        } catch (error) {
          // One broken stream must not keep the others from hearing of the change.
          console.warn('live update listener failed', error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    latestChangeAt: () => latestChangeAt,
  };
}
