/**
 * `GET /api/health`: the server runs and its storage answers. `GET /api/ready`: it may take
 * traffic: the storage answers and every schema migration of this code is applied; otherwise 503
 * (a server started against a database another version migrated, or one not migrated yet).
 */
import { Hono } from 'hono';
import type { HealthResponse, ReadyResponse } from '../../src/api/contract';
import { ApiProblem, type AppMode } from '../http/errors';
import type { Store } from '../store/port';

export function healthRoutes(store: Store, mode: AppMode) {
  return new Hono().get('/', async (c) => {
    await store.ping();
    const body: HealthResponse = { status: 'ok', storage: store.kind, mode };
    return c.json(body);
  });
}

export function readyRoutes(store: Store) {
  return new Hono().get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    await store.ping();
    if ((await store.pendingMigrations()).length > 0)
      throw new ApiProblem('unavailable', { field: 'migrations' });
    const body: ReadyResponse = { status: 'ready', storage: store.kind };
    return c.json(body);
  });
}
