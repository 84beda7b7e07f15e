import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balance, minimumPages, pack, type PackItem } from './pack';

const block = (height: number, extra: Partial<PackItem> = {}): PackItem => ({ height, gapBefore: 10, ...extra });

describe('pack', () => {
  it('fills a column, then the next, then a new page', () => {
    const result = pack([block(40), block(40), block(40), block(40), block(40)], 2, 100);
    expect(result.pages.map((p) => p.columns.map((c) => c.items))).toEqual([[[0, 1], [2, 3]], [[4]]]);
    expect(result.overflow).toBe(false);
  });

  it('keeps a heading with the first item of its group and repeats it at the top of a continued column', () => {
    const items = [block(30), block(20, { heading: true, group: 1 }), block(40, { group: 1, continuedHeight: 25 }), block(40, { group: 1, continuedHeight: 25 })];
    const page = pack(items, 3, 100).pages[0]?.columns;
    // 30 + 10 + 20 + 10 + 40 > 100: the heading moves with its first card.
    expect(page?.map((c) => c.items)).toEqual([[0], [1, 2], [3]]);
    expect(page?.map((c) => c.continuedGroup)).toEqual([null, null, 1]);
  });

  it('starts a new column before an item that asks for it', () => {
    const page = pack([block(10), block(10, { breakBefore: true })], 2, 100).pages[0]?.columns;
    expect(page?.map((c) => c.items)).toEqual([[0], [1]]);
  });

  it('reports an item taller than a column', () => {
    expect(pack([block(120)], 2, 100).overflow).toBe(true);
  });

  it('places every item exactly once, in order, and never overfills a column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ height: fc.integer({ min: 1, max: 90 }), gapBefore: fc.integer({ min: 0, max: 10 }), heading: fc.boolean() }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (raw, columns) => {
          let group = 0;
          const items: PackItem[] = raw.map((r) => {
            if (r.heading) group += 1;
            return { height: r.height, gapBefore: r.gapBefore, heading: r.heading, group, continuedHeight: r.heading ? undefined : 5 };
          });
          const { pages, overflow } = pack(items, columns, 100);
          expect(pages.flatMap((p) => p.columns).flatMap((c) => c.items)).toEqual(items.map((_, i) => i));
          for (const page of pages) expect(page.columns.length).toBeLessThanOrEqual(columns);
          if (!overflow) {
            for (const column of pages.flatMap((p) => p.columns)) {
              const used = column.items.reduce((sum, i, k) => sum + items[i]!.height + (k > 0 || column.continuedGroup !== null ? items[i]!.gapBefore : 0), column.continuedGroup !== null ? 5 : 0);
              expect(used).toBeLessThanOrEqual(100);
            }
          }
        },
      ),
    );
  });
});

describe('balance', () => {
  it('spreads a short page across its columns', () => {
    const columns = balance([block(40), block(40), block(40)], 3, 600);
    expect(columns.map((c) => c.items)).toEqual([[0], [1], [2]]);
  });
});

describe('wide items', () => {
  it('start a page at full width, with columns under them while there is room', () => {
    const items = [block(30), block(150, { wide: true }), block(30), block(30), block(200)];
    const { pages } = pack(items, 2, 250);
    expect(pages.map((p) => [p.wide, p.columns.map((c) => c.items)])).toEqual([
      [null, [[0]]],
      [1, [[2, 3]]],
      [null, [[4]]],
    ]);
    expect(minimumPages(items)).toBe(2);
    expect(minimumPages([block(10, { wide: true }), block(10)])).toBe(1);
    expect(minimumPages([])).toBe(1);
  });
});
