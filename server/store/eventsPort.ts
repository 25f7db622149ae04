/**
 * The change log behind live updates, exposed as `store.events`. Every write that a page should
 * hear of appends its LiveEvents in the same transaction as the change, so an event is stored
 * exactly when its change is. Ids grow in commit order, which lets a page that reconnects ask for
 * everything after the last id it heard (Last-Event-ID). Browser-safe.
 */
import type { PlanChange as LiveEvent } from '../../src/domain/changes';

export type { LiveEvent };

/** One stored event: its id (growing in commit order), when it was written (ISO) and what changed. */
export interface StoredEvent {
  id: number;
  at: string;
  event: LiveEvent;
}

/** Called right after a write of this process commits, with the events it stored. */
export type CommitListener = (events: StoredEvent[]) => void;

export interface EventsPort {
  /** The events with an id greater than `afterId`, oldest first, at most `limit`. */
  after(afterId: number, limit: number): Promise<StoredEvent[]>;
  /** Whether the event with this id is still kept (not pruned). */
  has(id: number): Promise<boolean>;
  /** The last event stored, or null when there is none. */
  latest(): Promise<StoredEvent | null>;
  /** Removes the events written before `before` (ISO instant); returns how many went. */
  prune(before: string): Promise<number>;
  /** Hears every commit of this process synchronously, before the write returns; returns the unsubscribe function. */
  onCommit(listener: CommitListener): () => void;
}

/** Calls the listeners of a commit; a failing one does not keep the others from hearing it. */
export function tellCommitListeners(listeners: Iterable<CommitListener>, events: StoredEvent[]): void {
  if (events.length === 0) return;
  for (const listener of [...listeners]) {
    try {
      listener(events.map((stored) => structuredClone(stored)));
    } catch (error) {
      console.warn('commit listener failed', error);
    }
  }
}
