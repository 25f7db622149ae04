/**
 * Live updates: what others change appears without reloading. Against the real server one
 * EventSource listens to `GET /api/events`; each event invalidates the queries that show what
 * changed (only queries on screen refetch). After a drop it reconnects with a growing pause
 * (1 s, 2 s, 4 s … at most 30 s), naming the last event it heard (`?lastEventId=`): the server
 * then sends what was missed, or, when it no longer has all of it, says so and everything is
 * refetched.
 *
 * In mock mode there is no stream: the mock API runs inside this page, so only this page can
 * change its data, and every save invalidates its own queries (see src/features/entry/api). Every key comes from
 * src/lib/queryKeys.ts.
 * Other tabs hold mock data of their own, so there is nothing to tell them either (no BroadcastChannel).
 */
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { apiBase } from '../api/apiBase';
import { liveEventSchema, liveReadySchema, type LiveEvent } from '../api/liveContract';
import { isMockMode } from '../lib/mockMode';
import { isSessionKey, queryKeys } from '../lib/queryKeys';

const firstPauseMillis = 1_000;
const longestPauseMillis = 30_000;

/** The query keys that show what an event says changed. */
export function queryKeysFor(event: LiveEvent): QueryKey[] {
  const { planId, ids } = event;
  const dataChanged: QueryKey[] = [
    queryKeys.planTree.ofPlan(planId),
    queryKeys.audit.all(),
    queryKeys.snapshotComparison.all(),
    queryKeys.todo.ofPlan(planId),
    // Alerts are raised in the change's own transaction: the bell counts them at once.
    queryKeys.notifications.all(),
  ];
  switch (event.type) {
    case 'values':
    case 'indicator':
      return [
        ...dataChanged,
        queryKeys.planIndicators.ofPlan(planId),
        queryKeys.reviewTasks.ofPlan(planId),
        ...ids.map((id) => queryKeys.indicator.one(id)),
        ...ids.map((id) => queryKeys.projectsBehind.ofIndicator(id)),
      ];
    case 'plan':
      return [
        ...dataChanged,
        queryKeys.plans(),
        queryKeys.planIndicators.ofPlan(planId),
        queryKeys.reviewTasks.ofPlan(planId),
        queryKeys.benchmarks.ofPlan(planId),
        queryKeys.departments.all(),
      ];
    case 'projects':
      return [
        ...dataChanged,
        queryKeys.projects.ofPlan(planId),
        queryKeys.projectsBehind.all(),
        queryKeys.indicator.all(),
        ...ids.map((id) => queryKeys.project.one(id)),
      ];
    case 'workItems':
      return dataChanged;
    case 'presentations':
      return [queryKeys.decks.ofPlan(planId), ...ids.map((id) => queryKeys.deck.one(id))];
    case 'accountability':
      return [
        queryKeys.explanations.ofPlan(planId),
        queryKeys.reminders.ofPlan(planId),
        queryKeys.todo.ofPlan(planId),
        queryKeys.audit.all(),
      ];
  }
}

export async function applyLiveEvent(queryClient: QueryClient, event: LiveEvent): Promise<void> {
  await Promise.all(queryKeysFor(event).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Every query but who is signed in, or only those last read at or before `readBy` (ms). */
function refetchAll(queryClient: QueryClient, readBy?: number): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) =>
      !isSessionKey(query.queryKey) &&
      (readBy === undefined || (query.state.dataUpdatedAt > 0 && query.state.dataUpdatedAt <= readBy)),
  });
}

/** A stream message's JSON data as the schema wants it, or null. */
function messageData<Data>(schema: z.ZodType<Data>, data: unknown): Data | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface LiveUpdatesOptions {
  /** The EventSource to use (tests pass a fake). */
  createSource?: (url: string) => EventSource;
}

/** Listens for changes while mounted; call once, below the query client provider. */
export function useLiveUpdates({ createSource }: LiveUpdatesOptions = {}): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const open =
      createSource ??
      (isMockMode || typeof EventSource === 'undefined' ? null : (url: string) => new EventSource(url));
    if (!open) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let dropped = false;
    let stopped = false;
    let lastEventId: string | null = null;

    const connect = () => {
      const resume = dropped && lastEventId !== null ? `?lastEventId=${encodeURIComponent(lastEventId)}` : '';
      source = open(`${apiBase}/events${resume}`);
      source.addEventListener('ready', (message: Event) => {
        failures = 0;
        // After a drop anything may have changed, unless the server sends all that was missed.
        // Otherwise only data read before the server's latest change (a server-rendered page's
        // figures, read before this stream opened) is stale.
        const ready = message instanceof MessageEvent ? messageData(liveReadySchema, message.data) : null;
        const latestChangeAt = ready?.latestChangeAt;
        if (dropped && ready?.caughtUp !== true) void refetchAll(queryClient);
        else if (!dropped && latestChangeAt != null) void refetchAll(queryClient, latestChangeAt);
        dropped = false;
      });
      source.addEventListener('message', (message: MessageEvent<string>) => {
        if (message.lastEventId) lastEventId = message.lastEventId;
        const event = messageData(liveEventSchema, message.data);
        if (event) void applyLiveEvent(queryClient, event);
      });
      source.addEventListener('error', () => {
        source?.close();
        source = null;
        dropped = true;
        if (stopped) return;
        const pause = Math.min(longestPauseMillis, firstPauseMillis * 2 ** failures);
        failures += 1;
        retry = setTimeout(connect, pause);
      });
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [queryClient, createSource]);
}

/** Mounted once in the app providers. */
export function LiveUpdates(): null {
  useLiveUpdates();
  return null;
}
