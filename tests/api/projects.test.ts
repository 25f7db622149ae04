/**
 * The project registry through the API, on the real server and the mock alike: the derived
 * indicators follow the projects, and every write is checked, versioned and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, indicatorResponseSchema, planTreeResponseSchema } from '../../src/api/contract';
import {
  projectListResponseSchema,
  projectResponseSchema,
  projectsBehindResponseSchema,
  projectWriteResponseSchema,
} from '../../src/api/projectsContract';
import type { Project } from '../../src/domain/projects/model';
import { evaluateIndicator } from '../../src/domain/status';
import { buildDemoProjects } from '../../server/seed/demoProjects';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const planId = 'weihai-hitech-2024';
const startRateId = 'key-project-start-rate';
const startTimeout = 60_000;

/** The demo registry as seeded, read by hand below without the product's derivation code. */
const demoProjects = buildDemoProjects(planId);
const demoKeyProjects = demoProjects.filter((p) => p.kind === 'industrial');

/** The status a project's own history gives it on a day: its last event dated by then. */
function statusByHand(project: Project, day: string): string {
  return project.statusHistory.filter((event) => event.date <= day).at(-1)?.status ?? 'planned';
}

function startedByHand(projects: Project[], day: string): number {
  return projects.filter((p) => ['started', 'inProduction', 'completed'].includes(statusByHand(p, day)))
    .length;
}

/** The one key project that has not started by the end of the demo (October 2024). */
const neverStarted = demoKeyProjects.find((p) => statusByHand(p, '2024-10-31') === 'planned');

describe.each(apiTargets)('the project registry served by $name', (target) => {
  let running: RunningTarget | undefined;
  beforeAll(async () => {
    running = await target.start();
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  function started(): RunningTarget {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  }

  async function call(
    method: string,
    path: string,
    options: { as?: SignedIn; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const base = started().baseUrl;
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        Origin: new URL(base).origin,
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...options.as?.headers,
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  async function errorOf(method: string, path: string, options: Parameters<typeof call>[2] = {}) {
    const { status, json } = await call(method, path, options);
    return { status, error: errorBodySchema.parse(json).error };
  }

  async function list(query = '') {
    const { status, json } = await call('GET', `/api/plans/${planId}/projects${query}`);
    expect(status).toBe(200);
    return projectListResponseSchema.parse(json);
  }

  async function planTree(asOf?: string) {
    const { status, json } = await call('GET', `/api/plans/${planId}${asOf ? `?asOf=${asOf}` : ''}`);
    expect(status).toBe(200);
    return planTreeResponseSchema.parse(json);
  }

  /** The start rate's figure for a month, and its status, in the plan tree as of that month. */
  async function startRateAt(period: string) {
    const tree = await planTree(period);
    const indicator = tree.indicators.find((i) => i.id === startRateId);
    if (!indicator) throw new Error('the start rate is missing from the plan');
    const value = tree.values.find((v) => v.indicatorId === startRateId && v.period === period);
    const evaluation = evaluateIndicator(indicator, tree.values, { year: 2024, asOfPeriod: period });
    return { value, status: evaluation.status };
  }

  describe('derived indicators', () => {
    it('gives the Q1 start rate as the key projects started by 03-31 over all 99, marked as demo', async () => {
      const expected = (startedByHand(demoKeyProjects, '2024-03-31') / demoKeyProjects.length) * 100;
      expect(demoKeyProjects).toHaveLength(99);

      const { value } = await startRateAt('2024-03');

      expect(value?.value).toBeCloseTo(expected, 10);
      expect(value?.value?.toFixed(2)).toBe('85.86');
      expect(value).toMatchObject({
        isDemo: true,
        recordedBy: 'derived',
        recordedAt: '2024-03-31T15:59:59.999Z',
      });
    });

    it('gives derived figures only up to the latest month with project data, and the as-of month', async () => {
      const latest = (await planTree()).values
        .filter((v) => v.indicatorId === startRateId)
        .map((v) => v.period);
      expect(latest.at(0)).toBe('2024-01');
      expect(latest.at(-1)).toBe('2024-10');

      const march = await call('GET', `/api/indicators/${startRateId}?asOf=2024-03`);
      const { values } = indicatorResponseSchema.parse(march.json);
      expect(values.map((v) => v.period)).toEqual(['2024-01', '2024-02', '2024-03']);
    });

    it('lists the key projects not started at the end of Q1 as holding the start rate back, weightiest first', async () => {
      const { status, json } = await call(
        'GET',
        `/api/indicators/${startRateId}/projects-behind?asOf=2024-03`,
      );
      expect(status).toBe(200);
      const behind = projectsBehindResponseSchema.parse(json);

      const notStarted = demoKeyProjects.filter((p) => statusByHand(p, '2024-03-31') === 'planned');
      expect(behind.date).toBe('2024-03-31');
      expect(behind.projects.map((b) => b.project.id).sort()).toEqual(notStarted.map((p) => p.id).sort());
      expect(new Set(behind.projects.map((b) => b.reason))).toEqual(new Set(['notStarted']));
      const planned = behind.projects.map((b) => b.project.plannedAnnualInvestment);
      expect(planned).toEqual([...planned].sort((a, b) => b - a));
    });

    it('answers projects-behind only for a derived indicator that exists', async () => {
      expect((await errorOf('GET', '/api/indicators/gdp-growth/projects-behind')).status).toBe(404);
      expect((await errorOf('GET', '/api/indicators/no-such-indicator/projects-behind')).status).toBe(404);
      const badPeriod = await errorOf('GET', `/api/indicators/${startRateId}/projects-behind?asOf=2024-13`);
      expect(badPeriod).toMatchObject({ status: 400, error: { code: 'invalidParameter', field: 'asOf' } });
    });
  });

  describe('the portfolio list', () => {
    it('lists all 120 projects by id with their status counts, at the end of the plan year at the latest', async () => {
      const all = await list();
      expect(all.projects).toHaveLength(120);
      expect(all.date <= '2024-12-31').toBe(true);
      const first = demoProjects[0];
      const investedIn2024 = first?.monthlyInvestment.reduce((sum, entry) => sum + entry.amount, 0) ?? 0;
      expect(all.projects[0]?.investedToDate).toBeCloseTo(investedIn2024, 4);
      expect(all.projects[0]?.id).toBe('demo-kp-001');
      const total = Object.values(all.statusCounts).reduce((sum, n) => sum + n, 0);
      expect(total).toBe(120);
    });

    it('filters by level, kind, chain, track, department and status at the as-of month', async () => {
      const byLevel = await list('?level=province');
      expect(byLevel.projects).toHaveLength(demoProjects.filter((p) => p.level === 'province').length);
      expect((await list('?kind=urban')).projects).toHaveLength(21);
      const medical = await list('?chain=medicalDevices');
      expect(medical.projects).toHaveLength(
        demoProjects.filter((p) => p.industryChain === 'medicalDevices').length,
      );
      const carbon = await list('?track=carbonFibre');
      expect(carbon.projects.every((p) => p.track === 'carbonFibre')).toBe(true);
      const department = await list(`?department=${encodeURIComponent('示例部门 甲')}`);
      expect(department.projects).toHaveLength(
        demoProjects.filter((p) => p.leadDepartment === '示例部门 甲').length,
      );

      const plannedInMarch = await list('?kind=industrial&status=planned&asOf=2024-03');
      const byHand = demoKeyProjects.filter((p) => statusByHand(p, '2024-03-31') === 'planned');
      expect(plannedInMarch.projects.map((p) => p.id)).toEqual(byHand.map((p) => p.id));
      expect(plannedInMarch.statusCounts).toEqual({
        planned: byHand.length,
        started: 0,
        inProduction: 0,
        completed: 0,
      });
    });

    it('finds projects by words of their name, and sorts by any column either way', async () => {
      const found = await list(`?q=${encodeURIComponent('示例项目 017')}`);
      expect(found.projects.map((p) => p.id)).toEqual(['demo-kp-017']);

      const byInvestment = await list('?kind=industrial&sort=plannedAnnualInvestment&order=desc');
      const amounts = byInvestment.projects.map((p) => p.plannedAnnualInvestment);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      const byStart = await list('?sort=startedOn&order=asc&asOf=2024-03');
      const starts = byStart.projects.map((p) => p.startedOn);
      const dated = starts.filter((d): d is string => d !== null);
      expect(starts.slice(0, dated.length)).toEqual([...dated].sort());
      expect(starts.slice(dated.length).every((d) => d === null)).toBe(true);
    });

    it('refuses unknown and malformed parameters, naming them, and an unknown plan', async () => {
      const unknownKey = await errorOf('GET', `/api/plans/${planId}/projects?colour=red`);
      expect(unknownKey).toMatchObject({ status: 400, error: { code: 'invalidParameter', field: 'colour' } });
      const badLevel = await errorOf('GET', `/api/plans/${planId}/projects?level=galaxy`);
      expect(badLevel).toMatchObject({ status: 400, error: { field: 'level' } });
      const badSort = await errorOf('GET', `/api/plans/${planId}/projects?sort=colour`);
      expect(badSort).toMatchObject({ status: 400, error: { field: 'sort' } });
      expect((await errorOf('GET', '/api/plans/no-such-plan/projects')).status).toBe(404);
      expect((await errorOf('GET', '/api/projects/no-such-project')).status).toBe(404);
      expect((await errorOf('GET', '/api/projects/Not_A_Slug')).error).toMatchObject({
        code: 'invalidParameter',
        field: 'projectId',
      });
    });
  });

  describe('writes', () => {
    const department = '示例部门 乙';
    const newProject = {
      id: 'kp-test-new',
      name: '测试新建项目',
      level: 'district',
      // Urban, so that the key projects' start rate stays over the 99 demo ones.
      kind: 'urban',
      urbanCategory: 'parksGreening',
      plannedTotalInvestment: 3,
      plannedAnnualInvestment: 1.2,
      leadDepartment: department,
    };

    it('lets only a signed-in writer of the lead department (or an admin) create a project', async () => {
      const path = `/api/plans/${planId}/projects`;
      const viewer = await signInAs(started(), 'viewer');
      const otherEditor = await signInAs(started(), 'editor', ['示例部门 丙']);
      const editor = await signInAs(started(), 'editor', [department]);

      expect((await errorOf('POST', path, { body: newProject })).status).toBe(401);
      expect((await errorOf('POST', path, { body: newProject, as: viewer })).status).toBe(403);
      expect((await errorOf('POST', path, { body: newProject, as: otherEditor })).status).toBe(403);
      const created = await call('POST', path, { body: newProject, as: editor });
      expect(created.status).toBe(201);
      expect(projectWriteResponseSchema.parse(created.json).project).toMatchObject({
        id: 'kp-test-new',
        planId,
        version: 1,
        isDemo: false,
        statusHistory: [],
      });
      const again = await errorOf('POST', path, { body: newProject, as: editor });
      expect(again).toMatchObject({ status: 409, error: { code: 'conflict', field: 'id' } });
    });

    it('refuses a new project that breaks the project rules or has unknown fields, naming the field', async () => {
      const admin = await signInAs(started(), 'admin');
      const path = `/api/plans/${planId}/projects`;
      const urbanWithoutCategory = await errorOf('POST', path, {
        as: admin,
        body: { ...newProject, id: 'kp-test-urban', urbanCategory: null },
      });
      expect(urbanWithoutCategory).toMatchObject({
        status: 400,
        error: { code: 'invalidBody', field: 'urbanCategory' },
      });
      const extra = await errorOf('POST', path, {
        as: admin,
        body: { ...newProject, id: 'kp-test-x', colour: 'red' },
      });
      expect(extra).toMatchObject({ status: 400, error: { field: 'colour' } });
    });

    it('lets only a writer of the project’s department edit it', async () => {
      const project = demoKeyProjects.find((p) => p.leadDepartment === '示例部门 丁' && p !== neverStarted);
      if (!project) throw new Error('the demo has no project of 示例部门 丁');
      const path = `/api/projects/${project.id}`;
      const body = { expectedVersion: 1, changes: { notes: '测试备注' } };
      const viewer = await signInAs(started(), 'viewer');
      const otherEditor = await signInAs(started(), 'editor', [department]);
      const editor = await signInAs(started(), 'editor', ['示例部门 丁']);

      expect((await errorOf('PATCH', path, { body })).status).toBe(401);
      expect((await errorOf('PATCH', path, { body, as: viewer })).status).toBe(403);
      expect((await errorOf('PATCH', path, { body, as: otherEditor })).status).toBe(403);
      const moved = await errorOf('PATCH', path, {
        as: editor,
        body: { expectedVersion: 1, changes: { leadDepartment: department } },
      });
      expect(moved.status).toBe(403);
      const edited = await call('PATCH', path, { body, as: editor });
      expect(edited.status).toBe(200);
      expect(projectWriteResponseSchema.parse(edited.json).project).toMatchObject({
        notes: '测试备注',
        version: 2,
      });
    });

    it('refuses an edit made on a stale version with 409 and what is stored now', async () => {
      const project = demoKeyProjects.find((p) => p.leadDepartment === '示例部门 丙' && p !== neverStarted);
      if (!project) throw new Error('the demo has no project of 示例部门 丙');
      const admin = await signInAs(started(), 'admin');
      const path = `/api/projects/${project.id}`;
      expect(
        (await call('PATCH', path, { as: admin, body: { expectedVersion: 1, changes: { notes: '先' } } }))
          .status,
      ).toBe(200);

      const stale = await errorOf('PATCH', path, {
        as: admin,
        body: { expectedVersion: 1, changes: { notes: '后' } },
      });

      expect(stale).toMatchObject({ status: 409, error: { code: 'conflict' } });
      expect(stale.error.current).toMatchObject({ id: project.id, version: 2, notes: '先' });
    });

    it('refuses a status dated before the last change or in the future, and a patch that changes nothing', async () => {
      const project = demoKeyProjects.find(
        (p) => p.leadDepartment === '示例部门 乙' && statusByHand(p, '2024-10-31') === 'started',
      );
      if (!project) throw new Error('the demo has no started project');
      const admin = await signInAs(started(), 'admin');
      const path = `/api/projects/${project.id}`;
      const early = await errorOf('PATCH', path, {
        as: admin,
        body: { expectedVersion: 1, statusEvent: { status: 'inProduction', date: '2023-12-31' } },
      });
      expect(early).toMatchObject({ status: 400, error: { field: 'statusEvent.date' } });
      const future = await errorOf('PATCH', path, {
        as: admin,
        body: { expectedVersion: 1, statusEvent: { status: 'inProduction', date: '2999-01-01' } },
      });
      expect(future).toMatchObject({ status: 400, error: { field: 'statusEvent.date' } });
      expect((await errorOf('PATCH', path, { as: admin, body: { expectedVersion: 1 } })).status).toBe(400);
      expect(
        (
          await errorOf('PATCH', '/api/projects/no-such-project', {
            as: admin,
            body: { expectedVersion: 1, changes: { notes: 'x' } },
          })
        ).status,
      ).toBe(404);
    });

    it('moves the start rate and its status at once when a not-started project is marked started', async () => {
      if (!neverStarted?.leadDepartment)
        throw new Error('the demo has no unstarted project with a department');
      const startedInApril = startedByHand(demoKeyProjects, '2024-04-30');
      const before = await startRateAt('2024-04');
      expect(before.value?.value).toBeCloseTo((startedInApril / 99) * 100, 10);
      const editor = await signInAs(started(), 'editor', [neverStarted.leadDepartment]);

      const marked = await call('PATCH', `/api/projects/${neverStarted.id}`, {
        as: editor,
        body: {
          expectedVersion: 1,
          statusEvent: { status: 'started', date: '2024-04-15' },
          reason: '现场核实已开工',
        },
      });

      expect(marked.status).toBe(200);
      const after = await startRateAt('2024-04');
      expect(after.value?.value).toBeCloseTo(((startedInApril + 1) / 99) * 100, 10);
      expect([before.status, after.status]).toEqual(['behind', 'needsAttention']);
      const march = await startRateAt('2024-03');
      expect(march.value?.value).toBeCloseTo((startedByHand(demoKeyProjects, '2024-03-31') / 99) * 100, 10);
      expect((await startRateAt('2024-10')).value?.value).toBe(100);

      const page = projectResponseSchema.parse((await call('GET', `/api/projects/${neverStarted.id}`)).json);
      expect(page.status).toBe('started');
      expect(page.project.statusHistory.at(-1)).toEqual({ status: 'started', date: '2024-04-15' });
      expect(page.changes[0]).toMatchObject({
        entityType: 'project',
        field: 'statusHistory',
        oldValue: 'planned',
        note: '现场核实已开工',
        actor: editor.user.username,
      });
    });

    it('records a month of investment, which the investment indicator adds up', async () => {
      const project = demoKeyProjects.find((p) => p.leadDepartment === '示例部门 甲' && p !== neverStarted);
      if (!project) throw new Error('the demo has no project of 示例部门 甲');
      const admin = await signInAs(started(), 'admin');
      const investmentIn = async (period: string) =>
        (await planTree()).values.find(
          (v) => v.indicatorId === 'key-project-investment' && v.period === period,
        )?.value ?? 0;
      const before = await investmentIn('2024-10');
      const october = project.monthlyInvestment.find((e) => e.period === '2024-10')?.amount ?? 0;

      const recorded = await call('PATCH', `/api/projects/${project.id}`, {
        as: admin,
        body: { expectedVersion: 1, investment: { period: '2024-10', amount: october + 1 } },
      });

      expect(recorded.status).toBe(200);
      expect(await investmentIn('2024-10')).toBeCloseTo(before + 1, 4);
    });
  });
});
