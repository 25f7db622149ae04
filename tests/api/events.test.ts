/**
 * Live updates on the real server: a page that listens to `GET /api/events` hears of a figure
 * another user saved, so it can refetch. (The mock does not stream; see src/app/liveUpdates.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveEventSchema, liveReadySchema, type LiveEvent } from '../../src/api/liveContract';
import { entryClient, planId } from './entryClient';
import { eventReader, openEventStream } from './eventStream';
import { signInAs, type SignedIn } from './signIn';
import { realServer, type RunningTarget } from './targets';

const startTimeout = 60_000;
const indicatorId = 'fixed-asset-investment-growth';

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
  it('sends a page that reconnects after the last event it heard what it missed, and tells it when it cannot', async () => {
    const save = async (period: string, value: number) => {
      const current = await api.figure(indicatorId, period);
      const saved = await api.call(`/api/indicators/${indicatorId}/values/${period}`, {
        method: 'PUT',
        as: editor,
        body: { value, note: '', expectedVersion: current?.version ?? null },
      });
      expect(saved.status, saved.text).toBe(200);
    };
    const baseUrl = running?.baseUrl ?? '';
    const first = await openEventStream(baseUrl);
    expect((await first.nextMessage()).event).toBe('ready');
    await save('2024-08', 6.1);
    const heard = await first.nextMessage();
    first.stop();
    await save('2024-09', 6.2);

    const again = await openEventStream(baseUrl, {}, `?lastEventId=${heard.id ?? ''}`);
    const ready = await again.nextMessage();
    expect(liveReadySchema.parse(JSON.parse(ready.data ?? '')).caughtUp).toBe(true);
    const missed = await again.nextMessage();
    expect(Number(missed.id)).toBe(Number(heard.id) + 1);
    expect(liveEventSchema.parse(JSON.parse(missed.data ?? ''))).toEqual({
      type: 'values',
      planId,
      ids: [indicatorId],
    });
    again.stop();

    const unknown = await openEventStream(baseUrl, { 'Last-Event-ID': '999999' });
    const told = await unknown.nextMessage();
    expect(liveReadySchema.parse(JSON.parse(told.data ?? '')).caughtUp).toBe(false);
    unknown.stop();
  });

  it('refuses a Last-Event-ID that is not an event id with a 400 naming it', async () => {
    const response = await fetch(`${running?.baseUrl}/api/events`, {
      headers: { 'Last-Event-ID': 'yesterday' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalidParameter', field: 'Last-Event-ID' },
    });
  });
});
