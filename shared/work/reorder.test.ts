import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveItem, nextOrder, sortByOrder, type Ordered } from './reorder';

interface Item extends Ordered {
  label: string;
}
const items = (...orders: number[]): Item[] => orders.map((order, i) => ({ id: `i${i}`, order, label: `L${i}` }));

/** Applies the changed records and returns the ids in their new order. */
function apply(list: Item[], changed: Item[]): string[] {
  const byId = new Map(changed.map((item) => [item.id, item]));
  return sortByOrder(list.map((item) => byId.get(item.id) ?? item)).map((item) => item.id);
}

describe('moveItem', () => {
  it('moves up by giving only the moved item an order between its new neighbours', () => {
    const list = items(0, 1, 2, 3);
    const changed = moveItem(list, 'i2', 'up');
    expect(changed).toEqual([{ id: 'i2', order: 0.5, label: 'L2' }]);
    expect(apply(list, changed)).toEqual(['i0', 'i2', 'i1', 'i3']);
  });

  it('moves down, and to the ends', () => {
    const list = items(0, 1, 2, 3);
    expect(apply(list, moveItem(list, 'i0', 'down'))).toEqual(['i1', 'i0', 'i2', 'i3']);
    expect(moveItem(list, 'i3', 0)).toEqual([{ id: 'i3', order: -1, label: 'L3' }]);
    expect(moveItem(list, 'i0', 3)).toEqual([{ id: 'i0', order: 4, label: 'L0' }]);
  });

  it('uses the stored order, not the array position', () => {
    const list = items(30, 10, 20);
    expect(apply(list, moveItem(list, 'i0', 'up'))).toEqual(['i1', 'i0', 'i2']);
  });

  it('does nothing past the ends, for the same index or an unknown id', () => {
    const list = items(0, 1, 2);
    expect(moveItem(list, 'i0', 'up')).toEqual([]);
    expect(moveItem(list, 'i2', 'down')).toEqual([]);
    expect(moveItem(list, 'i1', 1)).toEqual([]);
    expect(moveItem(list, 'nope', 0)).toEqual([]);
    expect(moveItem([], 'i0', 'down')).toEqual([]);
  });

  it('clamps an index beyond the list', () => {
    const list = items(0, 1, 2);
    expect(apply(list, moveItem(list, 'i0', 99))).toEqual(['i1', 'i2', 'i0']);
    expect(apply(list, moveItem(list, 'i2', -5))).toEqual(['i2', 'i0', 'i1']);
  });

  it('renumbers when neighbours share an order', () => {
    const list = items(0, 1, 1, 1);
    const changed = moveItem(list, 'i3', 1);
    expect(apply(list, changed)).toEqual(['i0', 'i3', 'i1', 'i2']);
    // i3 lands on index 1 with the order it already had, so it is not returned.
    expect(changed.map((c) => [c.id, c.order])).toEqual([
      ['i1', 2],
      ['i2', 3],
    ]);
  });

  it('renumbers when halving runs out of precision', () => {
    let list = items(0, 1, 2);
    // Keep moving the last item into the shrinking gap after the first.
    for (let i = 0; i < 80; i += 1) {
      const last = sortByOrder(list).at(-1)!;
      const changed = moveItem(list, last.id, 1);
      const byId = new Map(changed.map((c) => [c.id, c]));
      list = list.map((item) => byId.get(item.id) ?? item);
      const orders = sortByOrder(list).map((item) => item.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
    expect(sortByOrder(list).map((item) => item.order)).not.toContain(NaN);
  });

  it('matches moving an element in an array', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.oneof(fc.constant<'up'>('up'), fc.constant<'down'>('down'), fc.integer({ min: -2, max: 14 })),
        (orders, pick, target) => {
          const list = items(...orders);
          const sorted = sortByOrder(list).map((item) => item.id);
          const id = sorted[pick % sorted.length]!;
          const from = sorted.indexOf(id);
          const to =
            target === 'up' ? from - 1 : target === 'down' ? from + 1 : Math.min(Math.max(target, 0), sorted.length - 1);
          const expected = [...sorted];
          if (to >= 0 && to < sorted.length) {
            expected.splice(from, 1);
            expected.splice(to, 0, id);
          }
          const changed = moveItem(list, id, target);
          const result = list.map((item) => changed.find((c) => c.id === item.id) ?? item);
          expect(sortByOrder(result).map((item) => item.id)).toEqual(expected);
          // Only records whose order changed come back, and other fields are kept.
          for (const c of changed) {
            const original = list.find((item) => item.id === c.id)!;
            expect(c.order).not.toBe(original.order);
            expect(c.label).toBe(original.label);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('nextOrder', () => {
  it('appends after the highest order', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder(items(0, 4, 2))).toBe(5);
    expect(nextOrder(items(0.5, 1.25))).toBe(2);
  });
});
