import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryInput } from '../../src/api/auditContract';
import type { Project } from '../../src/domain/projects/model';
import { testProject } from '../../src/domain/projects/testProject';
import type { Store } from '../../server/store/port';
import type { ProjectInput } from '../../server/store/projectsPort';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

function projectInput(id: string, fields: Partial<Project> = {}): ProjectInput {
  const { version: _version, updatedAt: _updatedAt, ...input } = testProject({ id, planId, ...fields });
  return input;
}

function seededProject(id: string, fields: Partial<Project> = {}): Project {
  return testProject({ id, planId, updatedAt: '2024-10-31T15:59:59.999Z', ...fields });
}

function importAudit(projectId: string): AuditEntryInput {
  return {
    actor: 'li.ming',
    actorName: '李明',
    entityType: 'project',
    entityId: projectId,
    planId,
    oldValue: null,
    newValue: projectId,
    note: '导入',
    batchId: 'batch-1',
  };
}

describe.each(storeKindsUnderTest())('saving an imported project list in the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
    await store.seed({ ...seedFixture(), projects: [seededProject('kp-1'), seededProject('kp-2')] });
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('creates the new projects and replaces the edited ones together, with every audit entry', async () => {
    const result = await store.projects.saveMany(
      [projectInput('kp-3', { name: '新项目' })],
      [{ project: projectInput('kp-1', { notes: '已核实' }), expectedVersion: 1 }],
      [importAudit('kp-3'), importAudit('kp-1')],
    );

    if (!result.ok) throw new Error(`save refused: ${result.reason}`);
    expect(result.created.map((p) => [p.id, p.version])).toEqual([['kp-3', 1]]);
    expect(result.updated.map((p) => [p.id, p.version, p.notes])).toEqual([['kp-1', 2, '已核实']]);
    expect((await store.projects.listByPlan(planId)).map((p) => [p.id, p.version])).toEqual([
      ['kp-1', 2],
      ['kp-2', 1],
      ['kp-3', 1],
    ]);
    expect(await store.audit.list({ batchId: 'batch-1' })).toHaveLength(2);
  });

  it('writes nothing when one replaced project changed meanwhile, naming it with what is stored', async () => {
    const edited = await store.projects.update(projectInput('kp-2', { notes: '他人修改' }), 1, []);
    if (!edited.ok) throw new Error('the other edit was refused');

    const result = await store.projects.saveMany(
      [projectInput('kp-3')],
      [
        { project: projectInput('kp-1', { notes: '导入' }), expectedVersion: 1 },
        { project: projectInput('kp-2', { notes: '导入' }), expectedVersion: 1 },
      ],
      [importAudit('kp-1')],
    );

    expect(result).toEqual({
      ok: false,
      reason: 'conflict',
      conflicts: [{ id: 'kp-2', current: edited.project }],
    });
    expect(await store.projects.get('kp-3')).toBeNull();
    expect((await store.projects.get('kp-1'))?.version).toBe(1);
    expect(await store.audit.list({ batchId: 'batch-1' })).toEqual([]);
  });

  it('writes nothing when a new id is taken or a replaced project is gone', async () => {
    expect(await store.projects.saveMany([projectInput('kp-2')], [], [importAudit('kp-2')])).toEqual({
      ok: false,
      reason: 'exists',
      ids: ['kp-2'],
    });
    expect(
      await store.projects.saveMany(
        [projectInput('kp-4')],
        [{ project: projectInput('kp-9'), expectedVersion: 1 }],
        [importAudit('kp-4')],
      ),
    ).toEqual({ ok: false, reason: 'conflict', conflicts: [{ id: 'kp-9', current: null }] });
    expect((await store.projects.listByPlan(planId)).map((p) => p.id)).toEqual(['kp-1', 'kp-2']);
    expect(await store.audit.list({})).toEqual([]);
  });
});
