import { describe, expect, it } from 'vitest';
import { inForce, retiredOnes, swapOrders } from './frameOrder';

const items = [
  { id: 'c', order: 3 },
  { id: 'a', order: 1 },
  { id: 'x', order: 2, retired: true },
  { id: 'b', order: 2 },
];

describe('ordering frame items', () => {
  it('lists items in force by their order and keeps retired ones apart', () => {
    expect(inForce(items).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(retiredOnes(items).map((item) => item.id)).toEqual(['x']);
  });

  it('moving an item up swaps its order with the one above it', () => {
    const shown = inForce(items);
    expect(swapOrders(shown, shown[2]!, -1)).toEqual([
      { id: 'c', order: 2 },
      { id: 'b', order: 3 },
    ]);
  });

  it('moves nothing past either end', () => {
    const shown = inForce(items);
    expect(swapOrders(shown, shown[0]!, -1)).toEqual([]);
    expect(swapOrders(shown, shown[2]!, 1)).toEqual([]);
  });

  it('places an item beside a neighbour that has the same order', () => {
    const tied = [
      { id: 'a', order: 5 },
      { id: 'b', order: 5 },
    ];
    expect(swapOrders(tied, tied[1]!, -1)).toEqual([{ id: 'b', order: 4 }]);
  });
});
