import { describe, expect, it } from 'vitest';
import { inForce, movedSequence, retiredOnes } from './frameOrder';

const items = [
  { id: 'c', order: 3 },
  { id: 'a', order: 1 },
  { id: 'x', order: 2, retired: true },
  { id: 'b', order: 2 },
];

const ids = (sequence: readonly { id: string }[] | null) => sequence?.map((item) => item.id) ?? null;

describe('ordering frame items', () => {
  it('lists items in force by their order and keeps retired ones apart', () => {
    expect(ids(inForce(items))).toEqual(['a', 'b', 'c']);
    expect(ids(retiredOnes(items))).toEqual(['x']);
  });

  it('moving an item up or down changes places with its neighbour, the rest staying put', () => {
    const shown = inForce(items);
    expect(ids(movedSequence(shown, shown[2]!, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(movedSequence(shown, shown[0]!, 1))).toEqual(['b', 'a', 'c']);
  });

  it('moves nothing past either end', () => {
    const shown = inForce(items);
    expect(movedSequence(shown, shown[0]!, -1)).toBeNull();
    expect(movedSequence(shown, shown[2]!, 1)).toBeNull();
  });
});
