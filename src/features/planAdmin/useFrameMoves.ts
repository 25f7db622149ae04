/**
 * Moving and retiring frame items. A move writes one or two orders in turn; each write names the
 * plan version the previous one answered, since every frame write changes the plan's version.
 */
import { useState } from 'react';
import type { Plan } from '../../domain/model';
import {
  useRetireFrameItem,
  useUpdateAction,
  useUpdateCentralTask,
  type FrameItemKind,
} from './api/plan-writes';
import { swapOrders, type Ordered } from './frameOrder';

export function useFrameMoves(plan: Plan) {
  const updateTask = useUpdateCentralTask(plan.id);
  const updateAction = useUpdateAction(plan.id);
  const retire = useRetireFrameItem(plan.id);
  const [error, setError] = useState<unknown>(null);
  const pending = updateTask.isPending || updateAction.isPending || retire.isPending;

  async function move(kind: FrameItemKind, items: readonly Ordered[], item: Ordered, step: -1 | 1) {
    setError(null);
    let version = plan.version;
    try {
      for (const { id, order } of swapOrders(items, item, step)) {
        const answer =
          kind === 'central-tasks'
            ? await updateTask.mutateAsync({ taskId: id, patch: { order }, expectedVersion: version })
            : await updateAction.mutateAsync({ actionId: id, patch: { order }, expectedVersion: version });
        version = answer.plan.version;
      }
    } catch (failure) {
      setError(failure);
    }
  }

  async function setRetired(kind: FrameItemKind, id: string, retired: boolean) {
    setError(null);
    try {
      await retire.mutateAsync({ kind, id, restore: !retired, expectedVersion: plan.version });
    } catch (failure) {
      setError(failure);
    }
  }

  return { move, setRetired, pending, error };
}
