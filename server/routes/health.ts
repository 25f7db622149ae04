import { Hono } from 'hono';
import type { HealthResponse } from '../../src/api/contract';
import type { AppMode } from '../http/errors';
import type { Store } from '../store/port';

export function healthRoutes(store: Store, mode: AppMode) {
  return new Hono().get('/', async (c) => {
    await store.ping();
    const body: HealthResponse = { status: 'ok', storage: store.kind, mode };
    return c.json(body);
  });
}
