/**
 * Moving and retiring frame items. A move writes the list's whole new order in one write, at the
 * plan version read.
 */
import { useState } from 'react';
import type { Plan } from '../../domain/model';
import { useReorder, useRetireFrameItem, type FrameItemKind } from './api/plan-writes';
import { movedSequence, type Ordered } from './frameOrder';

export function useFrameMoves(plan: Plan) {
  const reorder = useReorder(plan.id);
  const retire = useRetireFrameItem(plan.id);
  const [error, setError] = useState<unknown>(null);
  const pending = reorder.isPending || retire.isPending;

  async function move(kind: FrameItemKind, items: readonly Ordered[], item: Ordered, step: -1 | 1) {
    setError(null);
    const sequence = movedSequence(items, item, step);
    if (!sequence) return;
    try {
      await reorder.mutateAsync({
        kind: kind === 'central-tasks' ? 'centralTasks' : 'actions',
        ids: sequence.map((each) => each.id),
        expectedVersion: plan.version,
      });
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

interface VersionedItem extends Ordered {
  version: number;
}

/**
 * Moving an indicator or a work item one place among its siblings (the items under one action):
 * the siblings' whole new order in one write, each at the version read. Rejects as the write does.
 */
export function useItemMoves(planId: string, kind: 'indicators' | 'workItems') {
  const reorder = useReorder(planId);
  async function move(siblings: readonly VersionedItem[], item: VersionedItem, step: -1 | 1) {
    const sequence = movedSequence(siblings, item, step);
    if (!sequence) return;
    await reorder.mutateAsync({
      kind,
      items: sequence.map((each) => ({ id: each.id, expectedVersion: each.version })),
    });
  }
  return { move, pending: reorder.isPending };
}
