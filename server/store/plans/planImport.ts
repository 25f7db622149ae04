/**
 * A plan template imported as a new plan, in one unit of work: the departments the organisation
 * lacks, the plan with its frame, its benchmark series, indicators and work items, each with its
 * audit entry under one batch. Every indicator is checked again against what is stored now, so a
 * refusal (a department retired in between) leaves nothing written.
 */
import type { AuditEntryInput } from '../../../src/api/auditContract';
import { idParamSchema } from '../../../src/api/contract';
import {
  benchmarkSeriesSchema,
  departmentSchema,
  indicatorSchema,
  planSchema,
  workItemSchema,
  type Indicator,
  type Plan,
  type TargetReference,
} from '../../../src/domain/model';
import type { PlanDraft } from '../../transfer/planTemplate/templateDraft';
import { definitionProblems } from './definitionChecks';
import { auditEntry, randomSuffix, slugId, type EditContext } from './editContext';
import { invalid } from './editRefusal';

/** New ids for the file's ids: each kept where it is a free slug, else a fresh one. */
function idMaker(prefix: string, taken: (id: string) => Promise<boolean>) {
  const given = new Map<string, string>();
  return async (fileId: string): Promise<string> => {
    const known = given.get(fileId);
    if (known) return known;
    const used = new Set(given.values());
    let id = fileId;
    if (!idParamSchema.safeParse(id).success || used.has(id) || (await taken(id)))
      do id = `${prefix}-${randomSuffix()}`;
      while (used.has(id) || (await taken(id)));
    given.set(fileId, id);
    return id;
  };
}

async function addMissingDepartments(context: EditContext, draft: PlanDraft, audit: AuditEntryInput[]) {
  const { documents } = context;
  const organisation = draft.plan.zone.zh;
  const stored = await documents.departments(organisation);
  for (const [index, name] of draft.departments.entries()) {
    const same = stored.find((department) => department.name.zh === name.zh);
    if (same?.retired)
      invalid(`departments.${index}.name`, {
        zh: `部门“${name.zh}”已停用：请先在部门管理中恢复`,
        en: `the department ${name.zh} is retired: restore it under Departments first`,
      });
    if (same) continue;
    const department = departmentSchema.parse({
      id: slugId('department'),
      organisation,
      name,
      retired: false,
      version: 1,
    });
    if (!(await documents.putDepartment(department, null)))
      throw new Error(`department id taken: ${department.id}`);
    stored.push(department);
    audit.push(
      auditEntry(context, {
        entityType: 'department',
        entityId: department.id,
        planId: organisation,
        oldValue: null,
        newValue: department,
      }),
    );
  }
  return stored.filter((department) => !department.retired).map((department) => department.name.zh);
}

export async function importPlan(context: EditContext, draft: PlanDraft, batchId: string): Promise<Plan> {
  const { documents } = context;
  const audit: AuditEntryInput[] = [];
  const departments = await addMissingDepartments(context, draft, audit);

  const planId = await idMaker(
    `plan-${draft.plan.year}`,
    async (id) => (await documents.plan(id)) !== null,
  )(slugId(`plan-${draft.plan.year}`));
  const taskId = idMaker('task', () => Promise.resolve(false));
  const actionId = idMaker('action', () => Promise.resolve(false));
  const plan = planSchema.parse({
    ...draft.plan,
    id: planId,
    version: 1,
    centralTasks: await Promise.all(
      draft.plan.centralTasks.map(async (task) => ({ ...task, id: await taskId(task.id) })),
    ),
    actions: await Promise.all(
      draft.plan.actions.map(async (action) => ({
        ...action,
        id: await actionId(action.id),
        centralTaskIds: await Promise.all(action.centralTaskIds.map(taskId)),
      })),
    ),
  });
  if (!(await documents.putPlan(plan, null))) throw new Error(`plan id taken: ${plan.id}`);
  audit.push(
    auditEntry(context, {
      entityType: 'plan',
      entityId: plan.id,
      planId: plan.id,
      field: 'import',
      oldValue: null,
      newValue: { year: plan.year, title: plan.title, indicators: draft.indicators.length },
    }),
  );

  const seriesId = idMaker('benchmark', async (id) => (await documents.benchmark(id)) !== null);
  const benchmarks = [];
  for (const series of draft.benchmarks) {
    const written = benchmarkSeriesSchema.parse({
      ...series,
      id: await seriesId(series.id),
      planId: plan.id,
    });
    if (!(await documents.putBenchmark(written, null))) throw new Error(`series id taken: ${written.id}`);
    benchmarks.push(written);
    audit.push(
      auditEntry(context, {
        entityType: 'benchmark',
        entityId: written.id,
        planId: plan.id,
        oldValue: null,
        newValue: written,
      }),
    );
  }

  const indicatorId = idMaker('indicator', async (id) => (await documents.indicator(id)) !== null);
  const reference = async (given: TargetReference | null): Promise<TargetReference | null> => {
    if (given === null) return null;
    return given.kind === 'benchmark'
      ? { kind: 'benchmark', seriesId: await seriesId(given.seriesId) }
      : { kind: 'indicator', indicatorId: await indicatorId(given.indicatorId) };
  };
  const indicators: Indicator[] = [];
  for (const indicator of draft.indicators)
    indicators.push({
      ...indicator,
      id: await indicatorId(indicator.id),
      planId: plan.id,
      actionId: indicator.actionId === null ? null : await actionId(indicator.actionId),
      reference: await reference(indicator.reference),
      updatedAt: context.at,
    });
  for (const [index, indicator] of indicators.entries()) {
    const [problem] = definitionProblems(indicator, { plan, indicators, benchmarks, departments });
    if (problem) invalid(`indicators.${index}.${problem.field}`, problem.reason);
    const written = indicatorSchema.parse(indicator);
    if (!(await documents.putIndicator(written, null))) throw new Error(`indicator id taken: ${written.id}`);
    audit.push(
      auditEntry(context, {
        entityType: 'indicator',
        entityId: written.id,
        planId: plan.id,
        oldValue: null,
        newValue: written,
      }),
    );
  }

  const workItemId = idMaker('work-item', async (id) => (await documents.workItem(id)) !== null);
  for (const [index, item] of draft.workItems.entries()) {
    if (item.owner !== null && !departments.includes(item.owner))
      invalid(`workItems.${index}.owner`, {
        zh: `应为已登记的部门之一：${departments.join('、') || '（无）'}`,
        en: `must be one of the registered departments: ${departments.join(', ') || '(none)'}`,
      });
    const written = workItemSchema.parse({
      ...item,
      id: await workItemId(item.id),
      planId: plan.id,
      actionId: await actionId(item.actionId),
    });
    if (!(await documents.putWorkItem(written, null))) throw new Error(`work item id taken: ${written.id}`);
    audit.push(
      auditEntry(context, {
        entityType: 'workItem',
        entityId: written.id,
        planId: plan.id,
        oldValue: null,
        newValue: written,
      }),
    );
  }
  await documents.appendAudit(audit.map((entry) => ({ ...entry, batchId })));
  return plan;
}
