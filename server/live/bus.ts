/**
 * The live-update bus over the store's change log (server/store/eventsPort.ts). Writes store their
 * events with the change; the bus reads what was stored after the last id it passed on, in id
 * order, and passes each to every open `GET /api/events` stream. It reads when a write of this
 * process commits, when another server's write is announced (`wake`, from PostgreSQL's NOTIFY:
 * server/live/notifications.ts) and, as a safety net or where NOTIFY is missing, every
 * `pollMillis`. So every server's streams hear every server's writes, in one order.
 *
 * `version()` changes whenever a change is heard, synchronously for this process's own writes
 * (before the write answers), so caches keyed by it never outlive a change (server/live/readCache.ts).
 * Browser-safe: the mock runs it over the memory store, without polling.
 */
import type { LiveEvent } from '../../src/api/liveContract';
import type { EventsPort, StoredEvent } from '../store/eventsPort';

export type { LiveEvent, StoredEvent };

export type LiveListener = (stored: StoredEvent) => void;

export interface EventBus {
  /** Returns the unsubscribe function. */
  subscribe(listener: LiveListener): () => void;
  /** When the last change heard was written (milliseconds since 1970), or null when none is kept. */
  latestChangeAt(): number | null;
  /** The id of the last event passed on (0 before any). */
  lastHeardId(): number;
  /** The id of the last event stored by a write of this process (0 before any). */
  lastStoredHereId(): number;
  /** A number that changes with every change heard. */
  version(): number;
  /** Reads and passes on what was stored since the last event heard; resolves when done. */
  wake(): Promise<void>;
  /**
   * The events after `afterId`, for a stream that reconnects with Last-Event-ID; null when some of
   * them are no longer kept (or too many to replay), so the page must fetch everything again.
   */
  replay(afterId: number): Promise<StoredEvent[] | null>;
  /** Whether the change log can be read at all (the first read after start succeeded). */
  ready(): Promise<void>;
  /** Stops polling and hears no more. */
  close(): void;
}

export interface EventBusOptions {
  /** How often to read the change log without being told to (null: never). */
  pollMillis?: number | null;
  /** Events older than this are removed, checked at start and every hour (null: never). */
  keepMillis?: number | null;
  /** Where failures to read the change log are reported. */
  warn?: (message: string, error: unknown) => void;
}

/** Events read per query, and the most a reconnecting stream is sent before it is told to refetch instead. */
const batchSize = 500;
export const replayLimit = 500;
const pruneEveryMillis = 60 * 60 * 1000;

export function createEventBus(events: EventsPort, options: EventBusOptions = {}): EventBus {
  const warn = options.warn ?? ((message, error) => console.warn(message, error));
  const listeners = new Set<LiveListener>();
  let lastHeard = 0;
  let lastStoredHere = 0;
  let latestAt: number | null = null;
  let version = 0;
  let closed = false;
  /** Ids of this process's own commits, already counted in `version`. */
  const countedLocally = new Set<number>();

  const started = events.latest().then((latest) => {
    lastHeard = Math.max(lastHeard, latest?.id ?? 0);
    latestAt = latest ? Date.parse(latest.at) : null;
  });
  started.catch(() => undefined);

  function deliver(stored: StoredEvent): void {
    lastHeard = stored.id;
    latestAt = Date.parse(stored.at);
    if (!countedLocally.delete(stored.id)) version += 1;
    for (const listener of [...listeners]) {
      try {
        listener(structuredClone(stored));
      } catch (error) {
        // One broken stream must not keep the others from hearing of the change.
        warn('live update listener failed', error);
      }
    }
  }

  async function drain(): Promise<void> {
    await started;
    for (;;) {
      const batch = await events.after(lastHeard, batchSize);
      for (const stored of batch) if (stored.id > lastHeard) deliver(stored);
      if (batch.length < batchSize) return;
    }
  }

  let running: Promise<void> | null = null;
  let again = false;
  let failing = false;
  function wake(): Promise<void> {
    if (closed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await drain();
          failing = false;
        } catch (error) {
          // Reported once per outage; the next wake or poll tries again.
          if (!failing) warn('cannot read the change log; live updates wait for it', error);
          failing = true;
          return;
        }
      } while (again && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const stopHearingCommits = events.onCommit((stored) => {
    version += 1;
    for (const { id } of stored) {
      if (id > lastHeard) countedLocally.add(id);
      lastStoredHere = Math.max(lastStoredHere, id);
    }
    void wake();
  });

  const prune = () => {
    if (options.keepMillis == null) return;
    const before = new Date(Date.now() - options.keepMillis).toISOString();
    events.prune(before).catch((error: unknown) => warn('cannot prune the change log', error));
  };
  prune();
  const timers = [
    options.pollMillis == null ? null : setInterval(() => void wake(), options.pollMillis),
    options.keepMillis == null ? null : setInterval(prune, pruneEveryMillis),
  ];
  // Timers never keep a process alive on their own (Node; the browser has no unref).
  for (const timer of timers) (timer as { unref?: () => void } | null)?.unref?.();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    latestChangeAt: () => latestAt,
    lastHeardId: () => lastHeard,
    lastStoredHereId: () => lastStoredHere,
    version: () => version,
    wake,
    async replay(afterId) {
      if (afterId > 0 && !(await events.has(afterId))) return null;
      const missed = await events.after(afterId, replayLimit + 1);
      return missed.length > replayLimit ? null : missed;
    },
    ready: () => started,
    close() {
      closed = true;
      stopHearingCommits();
      for (const timer of timers) if (timer) clearInterval(timer);
      listeners.clear();
    },
  };
}
