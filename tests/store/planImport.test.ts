/**
 * A plan template imported on every store is all or nothing: when the last document it would write
 * is refused, neither the plan, nor its indicators, nor the departments it added, nor any audit
 * entry is kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditRefusal } from '../../server/store/plans/editRefusal';
import type { Store } from '../../server/store/port';
import { checkPlanTemplate } from '../../server/transfer/planTemplate/checkTemplate';
import { readSectionedCsv } from '../../server/transfer/planTemplate/readTemplate';
import { planTemplateCsv } from '../../server/transfer/planTemplate/writeTemplate';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const admin = { username: 'admin', displayName: '管理员' };

async function seedPlanDraft(store: Store) {
  const source = await store.planEditing.read(async (documents) => {
    const plan = await documents.plan(planId);
    if (!plan) throw new Error('no seed plan');
    return {
      plan,
      indicators: await documents.indicators(planId),
      workItems: await documents.workItems(planId),
      benchmarks: await documents.benchmarks(planId),
      departments: await documents.departments(plan.zone.zh),
    };
  });
  const checked = await checkPlanTemplate(
    readSectionedCsv(new TextEncoder().encode(planTemplateCsv(source))),
    {
      locale: 'zh',
      departments: (organisation) => store.planEditing.listDepartments(organisation),
      storedIndicators: () => Promise.resolve(new Set()),
    },
  );
  if (!checked.draft) throw new Error(JSON.stringify(checked.sheets));
  return checked.draft;
}

describe.each(storeKindsUnderTest())('importing a plan template on the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
    await store.seed(seedFixture());
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('keeps nothing when its last work item names a department the organisation does not have', async () => {
    const draft = await seedPlanDraft(store);
    draft.departments.push({ zh: '新设的局', en: 'A new bureau' });
    const last = draft.workItems.at(-1);
    if (!last) throw new Error('the seed has work items');
    last.owner = '不存在的局';
    const plansBefore = await store.listPlans();
    const departmentsBefore = await store.planEditing.listDepartments();
    const auditBefore = await store.audit.list({ limit: 10_000 });

    const error = await store.planEditing
      .importPlan(draft, admin, 'batch-1')
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(EditRefusal);
    expect((error as EditRefusal).field).toBe(`workItems.${draft.workItems.length - 1}.owner`);
    expect(await store.listPlans()).toEqual(plansBefore);
    expect(await store.planEditing.listDepartments()).toEqual(departmentsBefore);
    expect(await store.audit.list({ limit: 10_000 })).toHaveLength(auditBefore.length);
  });

  it('creates the plan, the departments it lacks and one audited batch when nothing is refused', async () => {
    const draft = await seedPlanDraft(store);
    draft.departments.push({ zh: '新设的局', en: 'A new bureau' });
    const plan = await store.planEditing.importPlan(draft, admin, 'batch-2');
    const contents = await store.getPlan(plan.id);
    expect(contents?.indicators.length).toBe(
      draft.indicators.filter((indicator) => !indicator.retired).length,
    );
    const names = (await store.planEditing.listDepartments(plan.zone.zh)).map(
      (department) => department.name.zh,
    );
    expect(names).toContain('新设的局');
    const batch = await store.audit.list({ batchId: 'batch-2', limit: 10_000 });
    expect(batch.map((entry) => entry.entityType)).toEqual(
      expect.arrayContaining(['plan', 'department', 'indicator', 'workItem']),
    );
  });
});
