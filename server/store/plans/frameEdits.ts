/**
 * The frame of a plan: central tasks and campaign actions, created, renamed, reordered, retired and
 * restored. They live in the plan document, so each edit names the plan version read.
 */
import type {
  ActionInput,
  ActionPatch,
  CentralTaskInput,
  CentralTaskPatch,
} from '../../../src/api/plansContract';
import type { CampaignAction, CentralTask, Plan } from '../../../src/domain/model';
import { changedFields, type EditContext } from './editContext';
import { invalid, notFound } from './editRefusal';
import { planAtVersion, writePlan } from './planEdits';

function nextOrder(items: { order: number }[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.order), 0) + 1;
}

function frameId(plan: Plan, prefix: string): string {
  const taken = new Set([...plan.centralTasks, ...plan.actions].map((item) => item.id));
  for (let number = plan.centralTasks.length + plan.actions.length + 1; ; number += 1) {
    const id = `${prefix}-${number}`;
    if (!taken.has(id)) return id;
  }
}

function checkTaskIds(plan: Plan, taskIds: string[], field: string): void {
  const known = new Set(plan.centralTasks.map((task) => task.id));
  const seen = new Set<string>();
  taskIds.forEach((taskId, index) => {
    if (!known.has(taskId) || seen.has(taskId))
      invalid(`${field}.${index}`, {
        zh: '应为本计划的中心任务，且不重复',
        en: 'must be a central task of this plan, listed once',
      });
    seen.add(taskId);
  });
}

export async function createCentralTask(
  context: EditContext,
  planId: string,
  input: CentralTaskInput,
  expectedVersion: number,
): Promise<{ plan: Plan; centralTask: CentralTask }> {
  const plan = await planAtVersion(context, planId, expectedVersion);
  const centralTask: CentralTask = {
    id: frameId(plan, 'task'),
    order: input.order ?? nextOrder(plan.centralTasks),
    name: input.name,
    retired: false,
  };
  const next = await writePlan(
    context,
    plan,
    { ...plan, centralTasks: [...plan.centralTasks, centralTask] },
    [{ entityType: 'centralTask', entityId: centralTask.id, oldValue: null, newValue: centralTask }],
  );
  return { plan: next, centralTask };
}

export async function updateCentralTask(
  context: EditContext,
  planId: string,
  taskId: string,
  patch: CentralTaskPatch & { retired?: boolean },
  expectedVersion: number,
): Promise<{ plan: Plan; centralTask: CentralTask }> {
  const plan = await planAtVersion(context, planId, expectedVersion);
  const current = plan.centralTasks.find((task) => task.id === taskId) ?? notFound('taskId');
  const changes = changedFields(current, patch);
  if (changes.length === 0) return { plan, centralTask: current };
  const centralTask = { ...current, ...patch };
  const next = await writePlan(
    context,
    plan,
    { ...plan, centralTasks: plan.centralTasks.map((task) => (task.id === taskId ? centralTask : task)) },
    changes.map((change) => ({ entityType: 'centralTask', entityId: taskId, ...change })),
  );
  return { plan: next, centralTask };
}

export async function createAction(
  context: EditContext,
  planId: string,
  input: ActionInput,
  expectedVersion: number,
): Promise<{ plan: Plan; action: CampaignAction }> {
  const plan = await planAtVersion(context, planId, expectedVersion);
  checkTaskIds(plan, input.centralTaskIds, 'action.centralTaskIds');
  const action: CampaignAction = {
    id: frameId(plan, 'action'),
    order: input.order ?? nextOrder(plan.actions),
    name: input.name,
    centralTaskIds: input.centralTaskIds,
    sourceQuote: input.sourceQuote,
    retired: false,
  };
  const next = await writePlan(context, plan, { ...plan, actions: [...plan.actions, action] }, [
    { entityType: 'action', entityId: action.id, oldValue: null, newValue: action },
  ]);
  return { plan: next, action };
}

export async function updateAction(
  context: EditContext,
  planId: string,
  actionId: string,
  patch: ActionPatch & { retired?: boolean },
  expectedVersion: number,
): Promise<{ plan: Plan; action: CampaignAction }> {
  const plan = await planAtVersion(context, planId, expectedVersion);
  const current = plan.actions.find((action) => action.id === actionId) ?? notFound('actionId');
  if (patch.centralTaskIds) checkTaskIds(plan, patch.centralTaskIds, 'patch.centralTaskIds');
  const changes = changedFields(current, patch);
  if (changes.length === 0) return { plan, action: current };
  const action = { ...current, ...patch };
  const next = await writePlan(
    context,
    plan,
    { ...plan, actions: plan.actions.map((candidate) => (candidate.id === actionId ? action : candidate)) },
    changes.map((change) => ({ entityType: 'action', entityId: actionId, ...change })),
  );
  return { plan: next, action };
}
