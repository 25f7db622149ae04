/**
 * Work items (方向性工作): created, renamed, moved between actions, reordered, retired and
 * restored by admins; their progress (未启动 / 推进中 / 已完成 / 滞后, with a dated note) kept up
 * by their lead department (`owner`).
 */
import type { WorkItemInput, WorkItemPatch, WorkItemProgressInput } from '../../../src/api/plansContract';
import { workItemSchema, type Plan, type WorkItem } from '../../../src/domain/model';
import { auditEntry, changedFields, slugId, type EditContext } from './editContext';
import { isRealDate, notARealDate } from './definitionChecks';
import { invalid, notFound, stale } from './editRefusal';
import { storedPlan } from './planEdits';

function checkAction(plan: Plan, actionId: string | undefined, field: string): void {
  if (actionId !== undefined && !plan.actions.some((action) => action.id === actionId))
    invalid(field, { zh: '应为本计划的攻坚行动', en: 'must be a campaign action of this plan' });
}

async function checkOwner(context: EditContext, plan: Plan, owner: string | null | undefined, field: string) {
  if (owner === undefined || owner === null) return;
  const names = (await context.documents.departments(plan.zone.zh))
    .filter((department) => !department.retired)
    .map((department) => department.name.zh);
  if (!names.includes(owner))
    invalid(field, {
      zh: `应为已登记的部门之一：${names.join('、') || '（无）'}`,
      en: `must be one of the registered departments: ${names.join('、') || '(none)'}`,
    });
}

export async function createWorkItem(
  context: EditContext,
  planId: string,
  input: WorkItemInput,
): Promise<WorkItem> {
  const plan = await storedPlan(context, planId);
  checkAction(plan, input.actionId, 'workItem.actionId');
  await checkOwner(context, plan, input.owner, 'workItem.owner');
  const items = await context.documents.workItems(planId);
  const workItem = workItemSchema.parse({
    id: slugId('work-item'),
    planId,
    actionId: input.actionId,
    order: input.order ?? items.reduce((highest, item) => Math.max(highest, item.order), 0) + 1,
    title: input.title,
    status: 'notStarted',
    owner: input.owner ?? null,
    sourceQuote: input.sourceQuote,
    notes: [],
    retired: false,
    version: 1,
  });
  if (!(await context.documents.putWorkItem(workItem, null)))
    throw new Error(`work item id taken: ${workItem.id}`);
  await context.documents.appendAudit([
    auditEntry(context, {
      entityType: 'workItem',
      entityId: workItem.id,
      planId,
      oldValue: null,
      newValue: workItem,
    }),
  ]);
  return workItem;
}

export async function workItemOfPlan(
  context: EditContext,
  planId: string,
  workItemId: string,
): Promise<WorkItem> {
  const item = await context.documents.workItem(workItemId);
  if (!item || item.planId !== planId) notFound('workItemId');
  return item;
}

async function writeWorkItem(
  context: EditContext,
  current: WorkItem,
  fields: Partial<WorkItem>,
): Promise<WorkItem> {
  const changes = changedFields(current, fields);
  if (changes.length === 0) return current;
  const next = workItemSchema.parse({ ...current, ...fields, version: current.version + 1 });
  if (!(await context.documents.putWorkItem(next, current.version)))
    stale('expectedVersion', (await context.documents.workItem(current.id)) ?? current);
  await context.documents.appendAudit(
    changes.map((change) =>
      auditEntry(context, {
        entityType: 'workItem',
        entityId: current.id,
        planId: current.planId,
        ...change,
      }),
    ),
  );
  return next;
}

export async function editWorkItem(
  context: EditContext,
  planId: string,
  workItemId: string,
  patch: WorkItemPatch & { retired?: boolean },
  expectedVersion: number,
): Promise<WorkItem> {
  const plan = await storedPlan(context, planId);
  const current = await workItemOfPlan(context, planId, workItemId);
  if (current.version !== expectedVersion) stale('expectedVersion', current);
  checkAction(plan, patch.actionId, 'patch.actionId');
  await checkOwner(context, plan, patch.owner, 'patch.owner');
  return writeWorkItem(context, current, patch);
}

/** The new state with its dated note, appended to the item's notes. */
export async function recordWorkItemProgress(
  context: EditContext,
  planId: string,
  workItemId: string,
  progress: WorkItemProgressInput,
  expectedVersion: number,
): Promise<WorkItem> {
  const current = await workItemOfPlan(context, planId, workItemId);
  if (current.version !== expectedVersion) stale('expectedVersion', current);
  if (!isRealDate(progress.date)) invalid('date', notARealDate());
  if (progress.date > context.at.slice(0, 10))
    invalid('date', {
      zh: `不能晚于今天（${context.at.slice(0, 10)}）`,
      en: `must not be after today (${context.at.slice(0, 10)})`,
    });
  return writeWorkItem(context, current, {
    status: progress.status,
    notes: [
      ...current.notes,
      { date: progress.date, text: progress.text, author: context.actor.displayName },
    ],
  });
}
