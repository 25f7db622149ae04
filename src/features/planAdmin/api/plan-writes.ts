/**
 * Writes of plans and their frame: create (`POST /api/plans`), change or archive
 * (`PATCH /api/plans/:planId`), copy to a new year (`POST /api/plans/:planId/copy`), and the central
 * tasks and campaign actions (add, change, retire, restore). Frame writes name the plan version read.
 * A new order of one list (central tasks, actions, or the indicators or work items under one
 * action) is one write (`PUT /api/plans/:planId/order`).
 */
import {
  actionResponseSchema,
  centralTaskResponseSchema,
  planResponseSchema,
  reorderResponseSchema,
  type ActionInput,
  type ActionPatch,
  type CentralTaskInput,
  type CentralTaskPatch,
  type NewPlanInput,
  type PlanCopyInput,
  type PlanPatch,
  type ReorderBody,
} from '../../../api/plansContract';
import { planPath, usePlanWrite } from './usePlanWrite';

export function useCreatePlan() {
  return usePlanWrite(planResponseSchema, (plan: NewPlanInput) => ({
    path: '/plans',
    method: 'POST',
    body: { plan },
  }));
}

export function useUpdatePlan(planId: string) {
  return usePlanWrite(planResponseSchema, (variables: { patch: PlanPatch; expectedVersion: number }) => ({
    path: planPath(planId),
    method: 'PATCH',
    body: variables,
  }));
}

export function useCopyPlan(planId: string) {
  return usePlanWrite(planResponseSchema, (copy: PlanCopyInput) => ({
    path: `${planPath(planId)}/copy`,
    method: 'POST',
    body: copy,
  }));
}

export type FrameItemKind = 'central-tasks' | 'actions';

export function useAddCentralTask(planId: string) {
  return usePlanWrite(
    centralTaskResponseSchema,
    (variables: { centralTask: CentralTaskInput; expectedVersion: number }) => ({
      path: `${planPath(planId)}/central-tasks`,
      method: 'POST',
      body: variables,
    }),
  );
}

export function useUpdateCentralTask(planId: string) {
  return usePlanWrite(
    centralTaskResponseSchema,
    ({ taskId, ...body }: { taskId: string; patch: CentralTaskPatch; expectedVersion: number }) => ({
      path: `${planPath(planId)}/central-tasks/${encodeURIComponent(taskId)}`,
      method: 'PATCH',
      body,
    }),
  );
}

export function useAddAction(planId: string) {
  return usePlanWrite(
    actionResponseSchema,
    (variables: { action: ActionInput; expectedVersion: number }) => ({
      path: `${planPath(planId)}/actions`,
      method: 'POST',
      body: variables,
    }),
  );
}

export function useUpdateAction(planId: string) {
  return usePlanWrite(
    actionResponseSchema,
    ({ actionId, ...body }: { actionId: string; patch: ActionPatch; expectedVersion: number }) => ({
      path: `${planPath(planId)}/actions/${encodeURIComponent(actionId)}`,
      method: 'PATCH',
      body,
    }),
  );
}

/** Retires or restores a central task or an action; the answer holds the plan as it now stands. */
export function useRetireFrameItem(planId: string) {
  return usePlanWrite(
    planResponseSchema.passthrough(),
    ({
      kind,
      id,
      restore,
      expectedVersion,
    }: {
      kind: FrameItemKind;
      id: string;
      restore: boolean;
      expectedVersion: number;
    }) => ({
      path: `${planPath(planId)}/${kind}/${encodeURIComponent(id)}/${restore ? 'restore' : 'retire'}`,
      method: 'POST',
      body: { expectedVersion },
    }),
  );
}

export function useReorder(planId: string) {
  return usePlanWrite(reorderResponseSchema, (order: ReorderBody) => ({
    path: `${planPath(planId)}/order`,
    method: 'PUT',
    body: order,
  }));
}
