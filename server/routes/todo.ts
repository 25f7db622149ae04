/** 我的待办: `GET /api/plans/:planId/todo`, for the signed-in user (server/accountability/todoList.ts). */
import { Hono } from 'hono';
import { todayInChina } from '../../src/domain/period';
import { todoListOf } from '../accountability/todoList';
import { requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';

export function todoRoutes(store: Store, now: () => Date) {
  return new Hono<AppEnv>().get('/plans/:planId/todo', async (c) => {
    const user = requireSignedIn(c);
    const planId = parseIdParam('planId', c.req.param('planId'));
    parseQuery(noQuerySchema, c.req.queries());
    return c.json(await todoListOf(store, user, planId, todayInChina(now())));
  });
}
