/**
 * A whole new order of one list in one write: the central tasks or the campaign actions of a plan
 * (at the plan version read), or the indicators or work items under one action (each at the
 * version read). All or nothing; each item whose place changes gets an audit entry of its `order`.
 *
 * The listed items take the places they held among themselves, in the new sequence: their stored
 * orders sorted (spread apart where two were equal), so items not listed (retired ones, other
 * groups) keep theirs.
 */
import type { ReorderItem } from '../../../src/api/plansContract';
import {
  indicatorSchema,
  workItemSchema,
  type Indicator,
  type Plan,
  type WorkItem,
} from '../../../src/domain/model';
import { auditEntry, type EditContext } from './editContext';
import { invalid, notFound, stale } from './editRefusal';
import { planAtVersion, storedPlan, writePlan } from './planEdits';

interface Placed {
  id: string;
  order: number;
}

/** The orders the listed items take, in the listed sequence: their own orders, sorted and strictly rising. */
function placesOf(listed: readonly Placed[]): number[] {
  const sorted = listed.map((item) => item.order).sort((a, b) => a - b);
  const places: number[] = [];
  for (const order of sorted) places.push(places.length === 0 ? order : Math.max(order, places.at(-1)! + 1));
  return places;
}

function checkListedOnce(ids: readonly string[], field: (index: number) => string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) invalid(field(index), { zh: '每项只能出现一次', en: 'each item may appear once' });
    seen.add(id);
  });
}

/** The central tasks ('centralTasks') or campaign actions ('actions') of a plan in the order of `ids`. */
export async function reorderFrame(
  context: EditContext,
  planId: string,
  kind: 'centralTasks' | 'actions',
  ids: readonly string[],
  expectedVersion: number,
): Promise<Plan> {
  const plan = await planAtVersion(context, planId, expectedVersion);
  checkListedOnce(ids, (index) => `ids.${index}`);
  const items: Placed[] = kind === 'centralTasks' ? plan.centralTasks : plan.actions;
  const listed = ids.map(
    (id, index) =>
      items.find((item) => item.id === id) ??
      invalid(`ids.${index}`, {
        zh: kind === 'centralTasks' ? '应为本计划的中心任务' : '应为本计划的攻坚行动',
        en:
          kind === 'centralTasks'
            ? 'must be a central task of this plan'
            : 'must be a campaign action of this plan',
      }),
  );
  const places = placesOf(listed);
  const orderOf = new Map(listed.map((item, index) => [item.id, places[index]!]));
  const moved = listed.filter((item) => orderOf.get(item.id) !== item.order);
  if (moved.length === 0) return plan;
  const reordered = <Item extends Placed>(list: Item[]): Item[] =>
    list.map((item) => ({ ...item, order: orderOf.get(item.id) ?? item.order }));
  const next =
    kind === 'centralTasks'
      ? { ...plan, centralTasks: reordered(plan.centralTasks) }
      : { ...plan, actions: reordered(plan.actions) };
  return writePlan(
    context,
    plan,
    next,
    moved.map((item) => ({
      entityType: kind === 'centralTasks' ? 'centralTask' : 'action',
      entityId: item.id,
      field: 'order',
      oldValue: item.order,
      newValue: orderOf.get(item.id),
    })),
  );
}

interface VersionedItem extends Placed {
  planId: string;
  actionId: string | null;
  version: number;
}

/**
 * The stored items of `listed` when each belongs to the plan, sits under the same action as the
 * first and is at the version read; a refusal naming the item otherwise.
 */
async function versionedItems<Item extends VersionedItem>(
  planId: string,
  listed: readonly ReorderItem[],
  read: (id: string) => Promise<Item | null>,
): Promise<Item[]> {
  checkListedOnce(
    listed.map((item) => item.id),
    (index) => `items.${index}.id`,
  );
  const items: Item[] = [];
  for (const [index, { id, expectedVersion }] of listed.entries()) {
    const item = await read(id);
    if (!item || item.planId !== planId) notFound(`items.${index}.id`);
    if (items.length > 0 && item.actionId !== items[0]!.actionId)
      invalid(`items.${index}.id`, {
        zh: '一次只能排列同一行动下的各项',
        en: 'one order covers the items under one action only',
      });
    if (item.version !== expectedVersion) stale(`items.${index}.expectedVersion`, item);
    items.push(item);
  }
  return items;
}

/** How one kind of versioned item is read, written and named in the audit trail. */
interface VersionedKind<Item extends VersionedItem> {
  entityType: 'indicator' | 'workItem';
  read(id: string): Promise<Item | null>;
  /** The item at its new place, at the next version. */
  moved(current: Item, order: number): Item;
  put(next: Item, expectedVersion: number): Promise<boolean>;
}

/** Writes each listed item whose place changes at its next version, with an audit entry of its order. */
async function reorderVersioned<Item extends VersionedItem>(
  context: EditContext,
  planId: string,
  listed: readonly ReorderItem[],
  kind: VersionedKind<Item>,
): Promise<Item[]> {
  await storedPlan(context, planId);
  const items = await versionedItems(planId, listed, kind.read);
  const places = placesOf(items);
  const written: Item[] = [];
  for (const [index, current] of items.entries()) {
    const order = places[index]!;
    if (order === current.order) {
      written.push(current);
      continue;
    }
    const next = kind.moved(current, order);
    if (!(await kind.put(next, current.version)))
      stale(`items.${index}.expectedVersion`, (await kind.read(current.id)) ?? current);
    await context.documents.appendAudit([
      auditEntry(context, {
        entityType: kind.entityType,
        entityId: current.id,
        planId,
        field: 'order',
        oldValue: current.order,
        newValue: order,
      }),
    ]);
    written.push(next);
  }
  return written;
}

/** The indicators under one action (or the main targets) in the listed order. */
export function reorderIndicators(
  context: EditContext,
  planId: string,
  listed: readonly ReorderItem[],
): Promise<Indicator[]> {
  return reorderVersioned(context, planId, listed, {
    entityType: 'indicator',
    read: (id) => context.documents.indicator(id),
    moved: (current, order) =>
      indicatorSchema.parse({ ...current, order, version: current.version + 1, updatedAt: context.at }),
    put: (next, expectedVersion) => context.documents.putIndicator(next, expectedVersion),
  });
}

/** The work items under one action in the listed order. */
export function reorderWorkItems(
  context: EditContext,
  planId: string,
  listed: readonly ReorderItem[],
): Promise<WorkItem[]> {
  return reorderVersioned(context, planId, listed, {
    entityType: 'workItem',
    read: (id) => context.documents.workItem(id),
    moved: (current, order) => workItemSchema.parse({ ...current, order, version: current.version + 1 }),
    put: (next, expectedVersion) => context.documents.putWorkItem(next, expectedVersion),
  });
}
