/**
 * The departments of each organisation (牵头单位, 责任单位): listed by anyone who may view,
 * created, renamed, retired and restored by admins. Mounted at /api.
 */
import { Hono } from 'hono';
import {
  departmentBodySchema,
  departmentPatchBodySchema,
  departmentsQuerySchema,
  retireBodySchema,
} from '../../src/api/plansContract';
import { requireAdmin } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';
import { actorOf } from './planEditing';

const retiring = [
  ['retire', true],
  ['restore', false],
] as const;

export function departmentRoutes(store: Store) {
  const app = new Hono<AppEnv>()
    .get('/departments', async (c) => {
      const { organisation } = parseQuery(departmentsQuerySchema, c.req.queries());
      return c.json({ departments: await store.planEditing.listDepartments(organisation) });
    })
    .post('/departments', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const { department: input, note } = await readJsonBody(c, departmentBodySchema);
      const department = await store.planEditing.createDepartment(input, actorOf(user), note);
      return c.json({ department }, 201);
    })
    .patch('/departments/:departmentId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const departmentId = parseIdParam('departmentId', c.req.param('departmentId'));
      const { patch, expectedVersion, note } = await readJsonBody(c, departmentPatchBodySchema);
      const department = await store.planEditing.editDepartment(
        departmentId,
        patch,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ department });
    });
  for (const [verb, retired] of retiring) {
    app.post(`/departments/:departmentId/${verb}`, writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const departmentId = parseIdParam('departmentId', c.req.param('departmentId'));
      const { expectedVersion, note } = await readJsonBody(c, retireBodySchema);
      const department = await store.planEditing.editDepartment(
        departmentId,
        { retired },
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ department });
    });
  }
  return app;
}
