/** Frame items in order, in force first and retired apart, and the neighbour a move swaps with. */
export interface Ordered {
  id: string;
  order: number;
  retired?: boolean;
}

export function byOrder<Item extends Ordered>(items: readonly Item[]): Item[] {
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function inForce<Item extends Ordered>(items: readonly Item[]): Item[] {
  return byOrder(items.filter((item) => !item.retired));
}

export function retiredOnes<Item extends Ordered>(items: readonly Item[]): Item[] {
  return byOrder(items.filter((item) => item.retired));
}

/**
 * The items in their new sequence when `item` moves one place up (-1) or down (1) among `items`:
 * it changes places with its neighbour. Null when it is already at that end.
 */
export function movedSequence<Item extends Ordered>(
  items: readonly Item[],
  item: Item,
  step: -1 | 1,
): Item[] | null {
  const index = items.findIndex((candidate) => candidate.id === item.id);
  const neighbour = items[index + step];
  if (index < 0 || !neighbour) return null;
  const sequence = [...items];
  sequence[index] = neighbour;
  sequence[index + step] = item;
  return sequence;
}
