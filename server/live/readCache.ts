/**
 * Answers computed once per change: the plan tree, an indicator with its figures, the overview's
 * server render. Each entry is tagged with the bus's version when its computation began; any
 * change heard since (a write of this process, counted before the write answers, or one heard
 * from another server) makes the tag stale and the next read computes afresh. So nothing is
 * served from before a write that was acknowledged to anyone on this server. Readers that ask
 * while an answer is being computed share it. Browser-safe.
 */
import type { EventBus } from './bus';

/** Entries kept at most; the oldest goes first (addresses with made-up query strings cannot fill memory). */
const defaultCapacity = 500;

export interface ReadCache {
  /** The cached value under `key`, or what `compute` gives now (kept until the next change). */
  get<Value>(key: string, compute: () => Promise<Value>): Promise<Value>;
}

export function createReadCache(bus: Pick<EventBus, 'version'>, capacity = defaultCapacity): ReadCache {
  const entries = new Map<string, { version: number; value: Promise<unknown> }>();
  return {
    get<Value>(key: string, compute: () => Promise<Value>): Promise<Value> {
      const version = bus.version();
      const hit = entries.get(key);
      if (hit && hit.version === version) return hit.value as Promise<Value>;
      const value = compute();
      entries.delete(key);
      entries.set(key, { version, value });
      if (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      // A failed computation is not kept: the next reader tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
  };
}
