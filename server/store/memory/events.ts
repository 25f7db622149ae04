/**
 * The change log in memory (server/store/eventsPort.ts): a write appends its events when it
 * changes the maps, in the same synchronous step, and the commit listeners hear them at once.
 * Browser-safe.
 */
import { liveEventSchema, type LiveEvent } from '../../../src/api/liveContract';
import { tellCommitListeners, type CommitListener, type EventsPort, type StoredEvent } from '../eventsPort';

export class MemoryEvents implements EventsPort {
  #stored: StoredEvent[] = [];
  #nextId = 1;
  readonly #listeners = new Set<CommitListener>();

  /** Stores the events of a write that has just changed the maps, and tells the listeners. */
  record(...events: LiveEvent[]): void {
    const at = new Date().toISOString();
    const stored = events.map((event) => ({
      id: this.#nextId++,
      at,
      event: liveEventSchema.parse(structuredClone(event)),
    }));
    this.#stored.push(...stored);
    tellCommitListeners(this.#listeners, stored);
  }

  async after(afterId: number, limit: number): Promise<StoredEvent[]> {
    return structuredClone(this.#stored.filter((stored) => stored.id > afterId).slice(0, limit));
  }

  async has(id: number): Promise<boolean> {
    return this.#stored.some((stored) => stored.id === id);
  }

  async latest(): Promise<StoredEvent | null> {
    const last = this.#stored.at(-1);
    return last ? structuredClone(last) : null;
  }

  async prune(before: string): Promise<number> {
    const kept = this.#stored.filter((stored) => stored.at >= before);
    const removed = this.#stored.length - kept.length;
    this.#stored = kept;
    return removed;
  }

  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
