import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryInput } from '../../src/api/auditContract';
import type { Project } from '../../src/domain/projects/model';
import { testProject } from '../../src/domain/projects/testProject';
import type { Store } from '../../server/store/port';
import type { ProjectInput } from '../../server/store/projectsPort';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

/** A project of the fixture plan as a writer hands it over (no version or time yet). */
function projectInput(id: string, fields: Partial<Project> = {}): ProjectInput {
  const { version: _version, updatedAt: _updatedAt, ...input } = testProject({ id, planId, ...fields });
  return input;
}

function seededProject(id: string, fields: Partial<Project> = {}): Project {
  return testProject({ id, planId, updatedAt: '2024-10-31T15:59:59.999Z', ...fields });
}

function auditOf(projectId: string, note: string): AuditEntryInput[] {
  return [
    {
      actor: 'li.ming',
      actorName: '李明',
      entityType: 'project',
      entityId: projectId,
      planId,
      oldValue: null,
      newValue: note,
      note,
    },
  ];
}

describe.each(storeKindsUnderTest())('the project registry of the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('stores the seed’s projects with the plan and lists them by id', async () => {
    const projects = [seededProject('kp-2', { isDemo: true }), seededProject('kp-1')];
    await store.seed({ ...seedFixture(), projects });

    expect(await store.projects.listByPlan(planId)).toEqual([projects[1], projects[0]]);
    expect(await store.projects.get('kp-2')).toEqual(projects[0]);
    expect(await store.projects.get('kp-9')).toBeNull();
    expect(await store.projects.listByPlan('another-plan')).toEqual([]);
  });

  it('writes nothing of a seed whose projects are invalid', async () => {
    const broken = seededProject('kp-1', { kind: 'urban', urbanCategory: null });
    await expect(store.seed({ ...seedFixture(), projects: [broken] })).rejects.toThrow();

    expect(await store.isEmpty()).toBe(true);
  });

  it('creates a project at version 1 with the time of the write, and its audit entry with it', async () => {
    await store.seed(seedFixture());
    const before = new Date().toISOString();

    const result = await store.projects.create(projectInput('kp-new'), auditOf('kp-new', '新建'));

    if (!result.ok) throw new Error(`create refused: ${result.reason}`);
    expect(result.project).toMatchObject({ id: 'kp-new', version: 1, isDemo: false });
    expect(result.project.updatedAt >= before).toBe(true);
    expect(await store.projects.get('kp-new')).toEqual(result.project);
    const entries = await store.audit.list({ entityType: 'project', entityId: 'kp-new' });
    expect(entries.map((entry) => entry.note)).toEqual(['新建']);
  });

  it('refuses to create a project whose id is taken, giving the stored one, or whose plan is unknown', async () => {
    const stored = seededProject('kp-1');
    await store.seed({ ...seedFixture(), projects: [stored] });

    expect(await store.projects.create(projectInput('kp-1', { name: '重名' }), [])).toEqual({
      ok: false,
      reason: 'exists',
      current: stored,
    });
    expect(
      await store.projects.create({ ...projectInput('kp-2'), planId: 'another-plan' }, auditOf('kp-2', 'x')),
    ).toEqual({ ok: false, reason: 'unknownPlan' });
    expect(await store.projects.listByPlan(planId)).toEqual([stored]);
    expect(await store.audit.list({})).toEqual([]);
  });

  it('creates many projects at once, or none when one id is taken or repeated', async () => {
    await store.seed({ ...seedFixture(), projects: [seededProject('kp-1')] });

    expect(
      await store.projects.createMany([projectInput('kp-2'), projectInput('kp-1')], auditOf('kp-2', '导入')),
    ).toEqual({ ok: false, reason: 'exists', ids: ['kp-1'] });
    expect(await store.projects.createMany([projectInput('kp-3'), projectInput('kp-3')], [])).toEqual({
      ok: false,
      reason: 'exists',
      ids: ['kp-3'],
    });
    expect((await store.projects.listByPlan(planId)).map((p) => p.id)).toEqual(['kp-1']);
    expect(await store.audit.list({})).toEqual([]);

    const imported = await store.projects.createMany(
      [projectInput('kp-3'), projectInput('kp-2')],
      auditOf('kp-3', '导入'),
    );
    expect(imported.ok).toBe(true);
    expect((await store.projects.listByPlan(planId)).map((p) => [p.id, p.version])).toEqual([
      ['kp-1', 1],
      ['kp-2', 1],
      ['kp-3', 1],
    ]);
    expect(await store.audit.list({ entityType: 'project' })).toHaveLength(1);
  });

  it('saves an edit made on the stored version as the next version', async () => {
    await store.seed({ ...seedFixture(), projects: [seededProject('kp-1')] });
    const started = projectInput('kp-1', {
      statusHistory: [{ status: 'started', date: '2024-03-20' }],
    });

    const result = await store.projects.update(started, 1, auditOf('kp-1', '开工'));

    if (!result.ok) throw new Error(`update refused: ${result.reason}`);
    expect(result.project.version).toBe(2);
    expect(result.project.statusHistory).toEqual([{ status: 'started', date: '2024-03-20' }]);
    expect(result.project.updatedAt > '2024-10-31T15:59:59.999Z').toBe(true);
    expect(await store.projects.get('kp-1')).toEqual(result.project);
    expect((await store.audit.list({ entityId: 'kp-1' })).map((e) => e.note)).toEqual(['开工']);
  });

  it('refuses an edit made on a stale version, giving what is stored now and writing nothing', async () => {
    await store.seed({ ...seedFixture(), projects: [seededProject('kp-1')] });
    const first = await store.projects.update(projectInput('kp-1', { notes: '第一次' }), 1, []);
    if (!first.ok) throw new Error('the first edit was refused');

    const stale = await store.projects.update(
      projectInput('kp-1', { notes: '第二次' }),
      1,
      auditOf('kp-1', '过时'),
    );

    expect(stale).toEqual({ ok: false, reason: 'conflict', current: first.project });
    expect((await store.projects.get('kp-1'))?.notes).toBe('第一次');
    expect(await store.audit.list({})).toEqual([]);
    expect(await store.projects.update(projectInput('kp-9'), 1, [])).toEqual({
      ok: false,
      reason: 'notFound',
    });
  });

  it('counts demo projects as demo data and removes them with the demo figures, keeping real ones', async () => {
    const seed = seedFixture();
    const realFigures = seed.values.filter((value) => !value.isDemo);
    await store.seed({
      ...seed,
      values: realFigures,
      projects: [seededProject('demo-kp-001', { isDemo: true }), seededProject('kp-1')],
    });
    expect(await store.hasDemoData(planId)).toBe(true);

    expect(await store.removeDemoData(planId)).toBe(0);

    expect(await store.hasDemoData(planId)).toBe(false);
    expect((await store.projects.listByPlan(planId)).map((p) => p.id)).toEqual(['kp-1']);
    expect(await store.listValues({ planId })).toEqual(realFigures);
  });

  it('removes demo projects alone through the registry, saying how many went', async () => {
    await store.seed({
      ...seedFixture(),
      projects: [
        seededProject('demo-kp-001', { isDemo: true }),
        seededProject('demo-kp-002', { isDemo: true }),
      ],
    });

    expect(await store.projects.hasDemo(planId)).toBe(true);
    expect(await store.projects.removeDemo(planId)).toBe(2);
    expect(await store.projects.hasDemo(planId)).toBe(false);
  });

  it('keeps projects across a reopen', async () => {
    const stored = seededProject('kp-1', {
      monthlyInvestment: [{ period: '2024-01', amount: 0.25 }],
      statusHistory: [{ status: 'started', date: '2024-01-05', note: '开工仪式' }],
    });
    await store.seed({ ...seedFixture(), projects: [stored] });

    const reopened = await underTest.reopen();

    expect(await reopened.projects.get('kp-1')).toEqual(stored);
  });
});
