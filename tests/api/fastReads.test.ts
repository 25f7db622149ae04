/**
 * Reads kept between changes, on the real server: the plan tree (and the overview, see
 * server/firstScreen.test.ts)
 * carry an ETag and answer 304 to a client that holds them already, and a write is seen by the
 * very next read, though the answer before it was kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planTreeResponseSchema } from '../../src/api/contract';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { realServer, type RunningTarget } from './targets';

const startTimeout = 60_000;
const indicatorId = 'gdp-growth';

describe('reads kept between changes on the real server', () => {
  let running: RunningTarget | undefined;
  const target = () => {
    if (!running) throw new Error('the server did not start');
    return running;
  };
  const api = entryClient(target);
  let editor: SignedIn;

  beforeAll(async () => {
    running = await realServer.start();
    const admin = await signInAs(running, 'admin');
    editor = await signInAs(running, 'editor', ['区统计局']);
    await api.setLeadDepartment(admin, indicatorId, '区统计局');
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${target().baseUrl}${path}`, { headers });

  it.each([
    `/api/plans/${planId}`,
    `/api/plans/${planId}?asOf=2024-03`,
    `/api/indicators/${indicatorId}`,
    `/api/indicators/${indicatorId}?asOf=2024-03`,
  ])('answers %s with an ETag, and 304 with no body to a client that holds it', async (path) => {
    const first = await get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await get(path, { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get(path, { 'If-None-Match': 'W/"something-else"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(await first.text());
  });

  it('shows a saved figure on the very next read, and changes the ETag, though the answer before was kept', async () => {
    for (const value of [5.1, 5.2, 5.3, 5.4]) {
      const before = await get(`/api/plans/${planId}`);
      const etagBefore = before.headers.get('ETag');
      const current = await api.figure(indicatorId, '2024-09');
      const saved = await api.call(`/api/indicators/${indicatorId}/values/2024-09`, {
        method: 'PUT',
        as: editor,
        body: { value, note: '', expectedVersion: current?.version ?? null },
      });
      expect(saved.status, saved.text).toBe(200);

      const after = await get(`/api/plans/${planId}`, { 'If-None-Match': etagBefore ?? '' });
      expect(after.status).toBe(200);
      expect(after.headers.get('ETag')).not.toBe(etagBefore);
      const tree = planTreeResponseSchema.parse(await after.json());
      const figure = tree.values.find((v) => v.indicatorId === indicatorId && v.period === '2024-09');
      expect(figure?.value).toBe(value);
      expect((await api.figure(indicatorId, '2024-09'))?.value).toBe(value);
    }
  });

  it('shows a saved figure on the very next read of its indicator, though the indicator was kept', async () => {
    const path = `/api/indicators/${indicatorId}`;
    for (const value of [6.1, 6.2]) {
      const before = await get(path);
      const etagBefore = before.headers.get('ETag');
      const current = await api.figure(indicatorId, '2024-06');
      const saved = await api.call(`/api/indicators/${indicatorId}/values/2024-06`, {
        method: 'PUT',
        as: editor,
        body: { value, note: '', expectedVersion: current?.version ?? null },
      });
      expect(saved.status, saved.text).toBe(200);
      const after = await get(path, { 'If-None-Match': etagBefore ?? '' });
      expect(after.status).toBe(200);
      const answer = (await after.json()) as { values: Array<{ period: string; value: number | null }> };
      expect(answer.values.find((figure) => figure.period === '2024-06')?.value).toBe(value);
    }
  });

  it('still answers 404 for a plan or an indicator that does not exist, and 400 for a month outside its year, every time', async () => {
    for (let i = 0; i < 2; i += 1) {
      expect((await get('/api/plans/no-such-plan')).status).toBe(404);
      expect((await get('/api/indicators/no-such-indicator')).status).toBe(404);
      expect((await get(`/api/indicators/${indicatorId}?asOf=2030-01`)).status).toBe(400);
    }
  });
});
