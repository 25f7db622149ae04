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
 * The two orders to write when `item` moves one place up (-1) or down (1) among `items`: the item
 * takes its neighbour's place and the neighbour takes the item's. Equal orders are spread apart.
 */
export function swapOrders<Item extends Ordered>(
  items: readonly Item[],
  item: Item,
  step: -1 | 1,
): { id: string; order: number }[] {
  const index = items.findIndex((candidate) => candidate.id === item.id);
  const neighbour = items[index + step];
  if (index < 0 || !neighbour) return [];
  if (neighbour.order !== item.order)
    return [
      { id: item.id, order: neighbour.order },
      { id: neighbour.id, order: item.order },
    ];
  return step === -1
    ? [{ id: item.id, order: neighbour.order - 1 }]
    : [{ id: item.id, order: neighbour.order + 1 }];
}
