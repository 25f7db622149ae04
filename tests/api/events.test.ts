/**
 * Live updates on the real server: a page that listens to `GET /api/events` hears of a figure
 * another user saved, so it can refetch. (The mock does not stream; see src/app/liveUpdates.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveEventSchema, liveReadySchema, type LiveEvent } from '../../src/api/liveContract';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { realServer, type RunningTarget } from './targets';

const startTimeout = 60_000;
const indicatorId = 'fixed-asset-investment-growth';

/** Reads a server-sent event stream message by message, as an EventSource would. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return async function nextMessage(): Promise<Record<string, string>> {
    for (;;) {
      const end = buffered.indexOf('\n\n');
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const fields: Record<string, string> = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
        }
        if (Object.keys(fields).length > 0) return fields;
        continue;
      }
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffered += decoder.decode(value, { stream: true });
    }
  };
}

describe('live updates on the real server', () => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error('the server did not start');
    return running;
  });
  let editor: SignedIn;

  beforeAll(async () => {
    running = await realServer.start();
    const admin = await signInAs(running, 'admin');
    editor = await signInAs(running, 'editor', ['区发展改革局']);
    await api.setLeadDepartment(admin, indicatorId, '区发展改革局');
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  it('tells a listening page of a figure another user saved', async () => {
    const listening = new AbortController();
    const stream = await fetch(`${running?.baseUrl}/api/events`, {
      headers: { Accept: 'text/event-stream' },
      signal: listening.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    if (!stream.body) throw new Error('no body');
    const nextMessage = eventReader(stream.body);
    const ready = await nextMessage();
    expect(ready).toMatchObject({ event: 'ready', retry: '3000' });

    const current = await api.figure(indicatorId, '2024-05');
    const saved = await api.call(`/api/indicators/${indicatorId}/values/2024-05`, {
      method: 'PUT',
      as: editor,
      body: { value: 7.9, note: '', expectedVersion: current?.version ?? null },
    });
    expect(saved.status, saved.text).toBe(200);

    const message = await nextMessage();
    const event: LiveEvent = liveEventSchema.parse(JSON.parse(message.data ?? ''));
    expect(event).toEqual({ type: 'values', planId, ids: [indicatorId] });
    listening.abort();
  });

  it('tells a page that connects later when the last change was, so data it read before is fetched again', async () => {
    const current = await api.figure(indicatorId, '2024-06');
    const before = Date.now();
    const saved = await api.call(`/api/indicators/${indicatorId}/values/2024-06`, {
      method: 'PUT',
      as: editor,
      body: { value: 7.7, note: '', expectedVersion: current?.version ?? null },
    });
    expect(saved.status, saved.text).toBe(200);

    const listening = new AbortController();
    const stream = await fetch(`${running?.baseUrl}/api/events`, { signal: listening.signal });
    if (!stream.body) throw new Error('no body');
    const ready = await eventReader(stream.body)();
    expect(ready.event).toBe('ready');
    const { latestChangeAt } = liveReadySchema.parse(JSON.parse(ready.data ?? ''));
    expect(latestChangeAt).toBeGreaterThanOrEqual(before);
    expect(latestChangeAt).toBeLessThanOrEqual(Date.now());
    listening.abort();
  });
});
