import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indicatorQueryOptions } from '../lib/api/get-indicator';
import { planTreeQueryOptions } from '../lib/api/get-plan-tree';
import { sessionQueryOptions } from '../lib/api/get-session';
import { useLiveUpdates } from './liveUpdates';

// The keys the screens themselves use, never copies of them.
const planTree: QueryKey = planTreeQueryOptions('weihai-hitech-2024', undefined).queryKey;
const gdp: QueryKey = indicatorQueryOptions('gdp-growth', undefined).queryKey;
const retailSales: QueryKey = indicatorQueryOptions('retail-sales-growth', undefined).queryKey;
const session: QueryKey = sessionQueryOptions().queryKey;

/** Stands in for the browser's EventSource: the test plays the server. */
class FakeEventSource extends EventTarget {
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  close() {
    this.closed = true;
  }
  send(data: unknown, lastEventId = '') {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data), lastEventId }));
  }
  ready(latestChangeAt?: number | null, caughtUp?: boolean) {
    this.dispatchEvent(
      latestChangeAt === undefined
        ? new Event('ready')
        : new MessageEvent('ready', { data: JSON.stringify({ latestChangeAt, caughtUp }) }),
    );
  }
  drop() {
    this.dispatchEvent(new Event('error'));
  }
}

function Listener({ sources }: { sources: FakeEventSource[] }) {
  useLiveUpdates({
    createSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source as unknown as EventSource;
    },
  });
  return null;
}

function setUp() {
  const queryClient = new QueryClient();
  const keys = [planTree, gdp, retailSales, session];
  for (const key of keys) queryClient.setQueryData(key, { loaded: true });
  const sources: FakeEventSource[] = [];
  render(
    <QueryClientProvider client={queryClient}>
      <Listener sources={sources} />
    </QueryClientProvider>,
  );
  const isStale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { queryClient, sources, isStale };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('live updates', () => {
  it('listens to /api/events and refetches the plan and the indicators whose figures someone saved', async () => {
    const { sources, isStale } = setUp();
    expect(sources.map((source) => source.url)).toEqual(['/api/events']);

    await act(async () => {
      sources[0]?.ready();
      sources[0]?.send({ type: 'values', planId: 'weihai-hitech-2024', ids: ['gdp-growth'] });
    });

    expect(isStale(planTree)).toBe(true);
    expect(isStale(gdp)).toBe(true);
    expect(isStale(retailSales)).toBe(false);
    expect(isStale(session)).toBe(false);
  });

  it('on connecting, fetches again what it read before the server last told of a change', async () => {
    const { queryClient, sources, isStale } = setUp();
    const readAt = (key: readonly unknown[]) => queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    // The plan tree was read (say, by the server rendering the page) well before a change was saved.
    queryClient.setQueryData(planTree, { loaded: true }, { updatedAt: 1_000 });
    // Who is signed in is never fetched again by this, however old.
    queryClient.setQueryData(session, { loaded: true }, { updatedAt: 1_000 });
    const changedAt = readAt(gdp) - 1;

    await act(async () => {
      sources[0]?.ready(changedAt);
    });

    expect(isStale(planTree)).toBe(true);
    expect(isStale(gdp)).toBe(false);
    expect(isStale(session)).toBe(false);
  });

  it('on connecting to a server that has told of no change, fetches nothing again', async () => {
    const { queryClient, sources, isStale } = setUp();
    queryClient.setQueryData(planTree, { loaded: true }, { updatedAt: 1_000 });
    await act(async () => {
      sources[0]?.ready(null);
    });
    expect(isStale(planTree)).toBe(false);
  });

  it('ignores a message that is not a change it knows', async () => {
    const { sources, isStale } = setUp();
    await act(async () => {
      sources[0]?.send({ type: 'weather', planId: 'weihai-hitech-2024', ids: [] });
    });
    expect(isStale(planTree)).toBe(false);
  });

  it('reconnects after a drop with a growing pause, then refetches what it may have missed', async () => {
    vi.useFakeTimers();
    const { sources, isStale } = setUp();

    act(() => sources[0]?.drop());
    expect(sources[0]?.closed).toBe(true);
    act(() => vi.advanceTimersByTime(999));
    expect(sources).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(sources).toHaveLength(2);

    act(() => sources[1]?.drop());
    act(() => vi.advanceTimersByTime(1999));
    expect(sources).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(sources).toHaveLength(3);

    await act(async () => sources[2]?.ready());
    expect(isStale(retailSales)).toBe(true);
    expect(isStale(session)).toBe(false);
  });

  it('reconnects after the last event it heard; when the server sends all it missed, refetches only what those events name', async () => {
    vi.useFakeTimers();
    const { sources, isStale } = setUp();
    await act(async () => {
      sources[0]?.ready(null);
      sources[0]?.send({ type: 'values', planId: 'weihai-hitech-2024', ids: ['gdp-growth'] }, '41');
    });
    act(() => sources[0]?.drop());
    act(() => vi.advanceTimersByTime(1000));
    expect(sources[1]?.url).toBe('/api/events?lastEventId=41');

    await act(async () => {
      sources[1]?.ready(null, true);
      sources[1]?.send({ type: 'values', planId: 'weihai-hitech-2024', ids: ['gdp-growth'] }, '42');
    });
    expect(isStale(retailSales)).toBe(false);
    expect(isStale(gdp)).toBe(true);

    act(() => sources[1]?.drop());
    act(() => vi.advanceTimersByTime(1000));
    expect(sources[2]?.url).toBe('/api/events?lastEventId=42');
    await act(async () => sources[2]?.ready(null, false));
    expect(isStale(retailSales)).toBe(true);
  });
});
