/**
 * The project registry (项目库): `GET/POST /api/plans/:planId/projects`, `GET/PATCH
 * /api/projects/:projectId` and `GET /api/indicators/:indicatorId/projects-behind`. Mounted at /api.
 * Every write is checked on the server (an editor of the project's lead department, or an admin),
 * versioned, and stored with its audit entries.
 */
import { Hono } from 'hono';
import { asOfQuerySchema } from '../../src/api/contract';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectPageDefaultLimit,
  type ProjectListQuery,
  projectPatchSchema,
  type ProjectListResponse,
  type ProjectResponse,
  type ProjectsBehindResponse,
  type ProjectWriteResponse,
} from '../../src/api/projectsContract';
import type { PlanSummary } from '../../src/domain/model';
import { todayInChina } from '../../src/domain/period';
import { projectStatusOn, projectsBehind } from '../../src/domain/projects/derive';
import {
  countRowsByStatus,
  filterProjectRows,
  portfolioDate,
  projectRow,
  sortProjectRows,
} from '../../src/domain/projects/portfolio';
import { requireSignedIn, requireWriterFor } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { cachedBody, sendCachedJson, type CachedBody } from '../http/cachedBody';
import type { EventBus } from '../live/bus';
import { createReadCache, type ReadCache } from '../live/readCache';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import { creationAudit, patchedProject } from '../projects/projectPatch';
import type { Store } from '../store/port';

/** How many audit entries the project page shows. */
const changesShown = 50;

async function requirePlan(store: Store, planId: string): Promise<PlanSummary> {
  const plan = (await store.listPlans()).find((candidate) => candidate.id === planId);
  if (!plan) throw new ApiProblem('notFound', { field: 'planId' });
  return plan;
}

/**
 * The projects list, filtered, sorted and (when asked) one page of it. Each answer is computed
 * once per change and per day, and the rows it is made from once per plan and day.
 */
async function projectList(
  store: Store,
  cache: ReadCache,
  planId: string,
  query: ProjectListQuery,
): Promise<CachedBody> {
  const today = todayInChina();
  const plan = await requirePlan(store, planId);
  const date = portfolioDate(query.asOf, today, plan.year);
  const rows = await cache.get(`projectRows ${planId} ${date}`, async () =>
    (await store.projects.listByPlan(planId)).map((project) => projectRow(project, date)),
  );
  const listed = sortProjectRows(filterProjectRows(rows, query), query.sort, query.order);
  const paged = query.offset !== undefined || query.limit !== undefined;
  const offset = query.offset ?? 0;
  const limit = query.limit ?? projectPageDefaultLimit;
  const body: ProjectListResponse = {
    planId,
    asOf: query.asOf ?? null,
    date,
    projects: paged ? listed.slice(offset, offset + limit) : listed,
    statusCounts: countRowsByStatus(listed),
    ...(paged ? { page: { offset, limit, total: listed.length } } : {}),
  };
  return cachedBody(JSON.stringify(body));
}

/** Whole answers kept: few, as an unpaged one at 5,000 projects is some 3 MB. */
const answersKept = 32;

export function projectRoutes(store: Store, cache: ReadCache, bus: Pick<EventBus, 'version'>) {
  const answers = createReadCache(bus, answersKept);
  return new Hono<AppEnv>()
    .get('/plans/:planId/projects', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const query = parseQuery(projectListQuerySchema, c.req.queries());
      const key = `projects ${planId} ${todayInChina()} ${JSON.stringify(query)}`;
      return sendCachedJson(c, await answers.get(key, () => projectList(store, cache, planId, query)));
    })
    .post('/plans/:planId/projects', writeBodyLimit, async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      requireSignedIn(c);
      const input = await readJsonBody(c, projectCreateSchema);
      const user = requireWriterFor(c, input.leadDepartment);
      await requirePlan(store, planId);
      const { project, audit } = creationAudit({ ...input, planId, isDemo: false }, user, todayInChina());
      const result = await store.projects.create(project, audit);
      if (!result.ok) {
        if (result.reason === 'unknownPlan') throw new ApiProblem('notFound', { field: 'planId' });
        throw new ApiProblem('conflict', { field: 'id', current: result.current });
      }
      const body: ProjectWriteResponse = { project: result.project };
      return c.json(body, 201);
    })
    .get('/projects/:projectId', async (c) => {
      const projectId = parseIdParam('projectId', c.req.param('projectId'));
      parseQuery(noQuerySchema, c.req.queries());
      const project = await store.projects.get(projectId);
      if (!project) throw new ApiProblem('notFound', { field: 'projectId' });
      const changes = await store.audit.list({
        entityType: 'project',
        entityId: projectId,
        limit: changesShown,
      });
      const body: ProjectResponse = { project, status: projectStatusOn(project, todayInChina()), changes };
      return c.json(body);
    })
    .patch('/projects/:projectId', writeBodyLimit, async (c) => {
      const projectId = parseIdParam('projectId', c.req.param('projectId'));
      requireSignedIn(c);
      const patch = await readJsonBody(c, projectPatchSchema);
      const current = await store.projects.get(projectId);
      if (!current) throw new ApiProblem('notFound', { field: 'projectId' });
      const user = requireWriterFor(c, current.leadDepartment);
      const newDepartment = patch.changes?.leadDepartment;
      if (newDepartment !== undefined && newDepartment !== current.leadDepartment)
        requireWriterFor(c, newDepartment);
      if (current.version !== patch.expectedVersion)
        throw new ApiProblem('conflict', { field: 'expectedVersion', current });
      const { project, audit } = patchedProject(current, patch, user, todayInChina());
      const result = await store.projects.update(project, patch.expectedVersion, audit);
      if (!result.ok) {
        if (result.reason === 'notFound') throw new ApiProblem('notFound', { field: 'projectId' });
        throw new ApiProblem('conflict', { field: 'expectedVersion', current: result.current });
      }
      const body: ProjectWriteResponse = { project: result.project };
      return c.json(body);
    })
    .get('/indicators/:indicatorId/projects-behind', async (c) => {
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const { asOf } = parseQuery(asOfQuerySchema, c.req.queries());
      const indicator = await store.getIndicator(indicatorId);
      if (!indicator?.derivation) throw new ApiProblem('notFound', { field: 'indicatorId' });
      const plan = await requirePlan(store, indicator.planId);
      const date = portfolioDate(asOf, todayInChina(), plan.year);
      const projects = await store.projects.listByPlan(indicator.planId);
      const byId = new Map(projects.map((project) => [project.id, project]));
      const body: ProjectsBehindResponse = {
        indicator: { id: indicator.id, name: indicator.name, derivation: indicator.derivation },
        asOf: asOf ?? null,
        date,
        projects: projectsBehind(indicator.derivation, projects, date).flatMap((behind) => {
          const project = byId.get(behind.projectId);
          return project
            ? [{ reason: behind.reason, shortfall: behind.shortfall, project: projectRow(project, date) }]
            : [];
        }),
      };
      return c.json(body);
    });
}
