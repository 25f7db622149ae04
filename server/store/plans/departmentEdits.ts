/**
 * The departments of each organisation (牵头单位, 责任单位): created, renamed, retired, restored.
 * Their audit entries are filed under the organisation's name in place of a plan id.
 */
import type { DepartmentInput, DepartmentPatch } from '../../../src/api/plansContract';
import {
  departmentSchema,
  indicatorSchema,
  workItemSchema,
  type Department,
} from '../../../src/domain/model';
import { auditEntry, changedFields, slugId, type EditContext } from './editContext';
import { invalid, notFound, stale } from './editRefusal';

async function checkNameFree(
  context: EditContext,
  organisation: string,
  name: string,
  exceptId: string | null,
  field: string,
) {
  const clash = (await context.documents.departments(organisation)).find(
    (department) => department.name.zh === name && department.id !== exceptId,
  );
  if (clash)
    invalid(field, {
      zh: `${organisation}已有名为“${name}”的部门`,
      en: `${organisation} already has a department named ${name}`,
    });
}

export async function createDepartment(context: EditContext, input: DepartmentInput): Promise<Department> {
  await checkNameFree(context, input.organisation, input.name.zh, null, 'department.name.zh');
  const department = departmentSchema.parse({
    id: slugId('department'),
    ...input,
    retired: false,
    version: 1,
  });
  if (!(await context.documents.putDepartment(department, null)))
    throw new Error(`department id taken: ${department.id}`);
  await context.documents.appendAudit([
    auditEntry(context, {
      entityType: 'department',
      entityId: department.id,
      planId: department.organisation,
      oldValue: null,
      newValue: department,
    }),
  ]);
  return department;
}

export async function editDepartment(
  context: EditContext,
  departmentId: string,
  patch: DepartmentPatch & { retired?: boolean },
  expectedVersion: number,
): Promise<Department> {
  const current = (await context.documents.department(departmentId)) ?? notFound('departmentId');
  if (current.version !== expectedVersion) stale('expectedVersion', current);
  if (patch.name)
    await checkNameFree(context, current.organisation, patch.name.zh, current.id, 'patch.name.zh');
  const changes = changedFields(current, patch);
  if (changes.length === 0) return current;
  const next = departmentSchema.parse({ ...current, ...patch, version: current.version + 1 });
  if (!(await context.documents.putDepartment(next, current.version)))
    stale('expectedVersion', (await context.documents.department(departmentId)) ?? current);
  await context.documents.appendAudit(
    changes.map((change) =>
      auditEntry(context, {
        entityType: 'department',
        entityId: current.id,
        planId: current.organisation,
        ...change,
      }),
    ),
  );
  if (next.name.zh !== current.name.zh)
    await renameInPlans(context, current.organisation, current.name.zh, next.name.zh);
  return next;
}

/**
 * Indicators and work items name departments by their Chinese name, so a rename follows into every
 * plan of the organisation (lead and contributing departments, work item owners), each audited.
 */
async function renameInPlans(
  context: EditContext,
  organisation: string,
  from: string,
  to: string,
): Promise<void> {
  const { documents } = context;
  const rename = (name: string) => (name === from ? to : name);
  for (const plan of await documents.plans()) {
    if (plan.zone.zh !== organisation) continue;
    for (const indicator of await documents.indicators(plan.id)) {
      const fields = {
        leadDepartment: indicator.leadDepartment === null ? null : rename(indicator.leadDepartment),
        contributingDepartments: indicator.contributingDepartments.map(rename),
      };
      const changes = changedFields(indicator, fields);
      if (changes.length === 0) continue;
      const next = indicatorSchema.parse({
        ...indicator,
        ...fields,
        version: indicator.version + 1,
        updatedAt: context.at,
      });
      if (!(await documents.putIndicator(next, indicator.version))) stale('expectedVersion', indicator);
      await documents.appendAudit(
        changes.map((change) =>
          auditEntry(context, {
            entityType: 'indicator',
            entityId: indicator.id,
            planId: plan.id,
            ...change,
          }),
        ),
      );
    }
    for (const item of await documents.workItems(plan.id)) {
      if (item.owner !== from) continue;
      const next = workItemSchema.parse({ ...item, owner: to, version: item.version + 1 });
      if (!(await documents.putWorkItem(next, item.version))) stale('expectedVersion', item);
      await documents.appendAudit([
        auditEntry(context, {
          entityType: 'workItem',
          entityId: item.id,
          planId: plan.id,
          field: 'owner',
          oldValue: from,
          newValue: to,
        }),
      ]);
    }
  }
}
