import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateRoomMap, describeCell, findCell, gapCells, unitMap } from './room-map';
import { makeEntry, partnershipMapping, unionMapping, uuid } from '../test-support/work-fixtures';

const A = uuid(1);
const B = uuid(2);

describe('aggregateRoomMap', () => {
  it('gives an empty map where every cell is a gap with no mean', () => {
    const map = aggregateRoomMap(unionMapping, []);
    expect(map.cells).toHaveLength(3);
    expect(map.cells.every((row) => row.length === 3)).toBe(true);
    for (const cell of map.cells.flat()) {
      expect(cell).toMatchObject({ count: 0, unitCount: 0, meanStrength: null, maxLevel: null, isGap: true, entryIds: [] });
    }
    expect(map.totalEntries).toBe(0);
    expect(map.unitsWithEntries).toBe(0);
    expect(map.columnTotals.map((t) => t.count)).toEqual([0, 0, 0]);
    expect(gapCells(map)).toHaveLength(9);
  });

  it('lays cells out row-major in the template order', () => {
    const map = aggregateRoomMap(unionMapping, []);
    expect(map.cells[0]?.map((c) => c.columnId)).toEqual(['inst-gov', 'su-gov', 'unofficial']);
    expect(map.cells.map((row) => row[0]?.rowId)).toEqual(['access', 'success', 'progression']);
  });

  it('counts "none yet" entries but leaves them out of the mean', () => {
    const entries = [
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'success', strengthId: 'none-yet' }),
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'success', strengthId: 'informed' }),
      makeEntry({ unitId: B, columnId: 'su-gov', rowId: 'success', strengthId: 'co-created' }),
    ];
    const cell = findCell(aggregateRoomMap(unionMapping, entries), 'su-gov', 'success');
    expect(cell?.count).toBe(3);
    expect(cell?.unitCount).toBe(2);
    expect(cell?.meanStrength).toBe(2);
    expect(cell?.maxLevel).toBe(3);
    expect(cell?.isGap).toBe(false);
    expect(cell?.entryIds).toEqual(entries.map((e) => e.id));
  });

  it('gives a null mean when every entry is "none yet", and still counts them', () => {
    const map = aggregateRoomMap(unionMapping, [
      makeEntry({ unitId: A, columnId: 'inst-gov', rowId: 'access', strengthId: 'none-yet' }),
    ]);
    const cell = findCell(map, 'inst-gov', 'access');
    expect(cell).toMatchObject({ count: 1, meanStrength: null, maxLevel: 0, isGap: true });
    expect(map.totalEntries).toBe(1);
  });

  it('treats a cell as a gap until one entry reaches gapBelowLevel', () => {
    const below = [
      makeEntry({ unitId: A, columnId: 'unofficial', rowId: 'progression', strengthId: 'informed' }),
      makeEntry({ unitId: B, columnId: 'unofficial', rowId: 'progression', strengthId: 'informed' }),
    ];
    expect(findCell(aggregateRoomMap(unionMapping, below), 'unofficial', 'progression')?.isGap).toBe(true);
    const atThreshold = [...below, makeEntry({ unitId: B, columnId: 'unofficial', rowId: 'progression', strengthId: 'consulted' })];
    const cell = findCell(aggregateRoomMap(unionMapping, atThreshold), 'unofficial', 'progression');
    expect(cell?.isGap).toBe(false);
    // The mean (1.33) is below the threshold, but one entry reaching it is enough.
    expect(cell?.meanStrength).toBeCloseTo(4 / 3);
  });

  it('ignores entries whose column, row or strength is not in the template', () => {
    const map = aggregateRoomMap(unionMapping, [
      makeEntry({ unitId: A, columnId: 'gone', rowId: 'access', strengthId: 'informed' }),
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'gone', strengthId: 'informed' }),
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'access', strengthId: 'gone' }),
      makeEntry({ unitId: B, columnId: 'su-gov', rowId: 'access', strengthId: 'informed' }),
    ]);
    expect(map.ignoredEntries).toBe(3);
    expect(map.totalEntries).toBe(1);
    expect(map.unitsWithEntries).toBe(1);
    expect(map.cells.flat().reduce((n, c) => n + c.count, 0)).toBe(1);
  });

  it('totals columns and rows with distinct units', () => {
    const map = aggregateRoomMap(unionMapping, [
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'access', strengthId: 'informed' }),
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'success', strengthId: 'informed' }),
      makeEntry({ unitId: B, columnId: 'unofficial', rowId: 'access', strengthId: 'informed' }),
    ]);
    expect(map.columnTotals).toEqual([
      { id: 'inst-gov', count: 0, unitCount: 0 },
      { id: 'su-gov', count: 2, unitCount: 1 },
      { id: 'unofficial', count: 1, unitCount: 1 },
    ]);
    expect(map.rowTotals).toEqual([
      { id: 'access', count: 2, unitCount: 2 },
      { id: 'success', count: 1, unitCount: 1 },
      { id: 'progression', count: 0, unitCount: 0 },
    ]);
    expect(map.unitsWithEntries).toBe(2);
  });

  it('works with the partnership template axes (7 × 3)', () => {
    const map = aggregateRoomMap(partnershipMapping, [
      makeEntry({ unitId: A, columnId: 'strategic', rowId: 'university', strengthId: 'participation' }),
      makeEntry({ unitId: A, columnId: 'teaching', rowId: 'programme', strengthId: 'involvement' }),
    ]);
    expect(map.cells).toHaveLength(3);
    expect(map.cells.every((row) => row.length === 7)).toBe(true);
    expect(map.cells[2]?.[6]).toMatchObject({ columnId: 'strategic', rowId: 'university', count: 1, isGap: false });
    // Level 2 is below this template's threshold of 3.
    expect(map.cells[0]?.[0]).toMatchObject({ columnId: 'teaching', rowId: 'programme', count: 1, isGap: true });
    expect(gapCells(map)).toHaveLength(20);
  });

  const strengthIds = unionMapping.strengths.map((s) => s.id);
  const columnIds = [...unionMapping.columns.map((c) => c.id), 'unknown-column'];
  const rowIds = unionMapping.rows.map((r) => r.id);
  const entryArb = fc.record({
    unit: fc.integer({ min: 1, max: 200 }),
    column: fc.constantFrom(...columnIds),
    row: fc.constantFrom(...rowIds),
    strength: fc.constantFrom(...strengthIds),
  });

  it('keeps its invariants for a full room of 200 units × 15 entries', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 3000, maxLength: 3000 }), (raw) => {
        const entries = raw.map((e) => makeEntry({ unitId: uuid(e.unit), columnId: e.column, rowId: e.row, strengthId: e.strength }));
        const map = aggregateRoomMap(unionMapping, entries);
        const counted = raw.filter((e) => e.column !== 'unknown-column').length;
        const cells = map.cells.flat();
        expect(cells.reduce((n, c) => n + c.count, 0)).toBe(counted);
        expect(map.totalEntries).toBe(counted);
        expect(map.ignoredEntries).toBe(3000 - counted);
        expect(map.columnTotals.reduce((n, t) => n + t.count, 0)).toBe(counted);
        expect(map.rowTotals.reduce((n, t) => n + t.count, 0)).toBe(counted);
        for (const cell of cells) {
          expect(cell.entryIds).toHaveLength(cell.count);
          expect(cell.unitCount).toBeLessThanOrEqual(cell.count);
          if (cell.meanStrength !== null) {
            expect(cell.meanStrength).toBeGreaterThanOrEqual(1);
            expect(cell.meanStrength).toBeLessThanOrEqual(cell.maxLevel ?? -1);
          }
          expect(cell.isGap).toBe(cell.maxLevel === null || cell.maxLevel < unionMapping.gapBelowLevel);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('sums unit maps to the room map', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 300 }), (raw) => {
        const entries = raw.map((e) => makeEntry({ unitId: uuid(1 + (e.unit % 5)), columnId: e.column, rowId: e.row, strengthId: e.strength }));
        const room = aggregateRoomMap(unionMapping, entries);
        const units = [1, 2, 3, 4, 5].map((n) => unitMap(unionMapping, entries, uuid(n)));
        room.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            expect(units.reduce((n, m) => n + (m.cells[r]?.[c]?.count ?? 0), 0)).toBe(cell.count);
            expect(units.filter((m) => (m.cells[r]?.[c]?.count ?? 0) > 0).length).toBe(cell.unitCount);
          }),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('unitMap', () => {
  it('keeps only the given unit', () => {
    const entries = [
      makeEntry({ unitId: A, columnId: 'su-gov', rowId: 'access', strengthId: 'co-created' }),
      makeEntry({ unitId: B, columnId: 'su-gov', rowId: 'access', strengthId: 'informed' }),
    ];
    const map = unitMap(unionMapping, entries, B);
    expect(map.totalEntries).toBe(1);
    expect(findCell(map, 'su-gov', 'access')).toMatchObject({ count: 1, maxLevel: 1, isGap: true });
  });
});

describe('describeCell', () => {
  it('describes a cell in words', () => {
    const map = aggregateRoomMap(unionMapping, [
      makeEntry({ unitId: A, columnId: 'inst-gov', rowId: 'access', strengthId: 'informed' }),
      makeEntry({ unitId: A, columnId: 'inst-gov', rowId: 'access', strengthId: 'informed' }),
      makeEntry({ unitId: B, columnId: 'inst-gov', rowId: 'access', strengthId: 'consulted' }),
      makeEntry({ unitId: B, columnId: 'unofficial', rowId: 'access', strengthId: 'co-created' }),
      makeEntry({ unitId: B, columnId: 'su-gov', rowId: 'success', strengthId: 'none-yet' }),
    ]);
    const describe = (col: string, row: string) => describeCell(unionMapping, findCell(map, col, row)!);
    expect(describe('inst-gov', 'access')).toBe('Official governance of the institution × Access: 3 entries, mean 1.3');
    expect(describe('unofficial', 'access')).toBe('Unofficial engagement × Access: 1 entry, mean 3.0');
    expect(describe('su-gov', 'success')).toBe(`Official governance of the students' union × Success: 1 entry, all "None yet", gap`);
    expect(describe('su-gov', 'progression')).toBe(`Official governance of the students' union × Progression: no entries, gap`);
  });

  it('marks a weak cell as a gap', () => {
    const map = aggregateRoomMap(unionMapping, [
      makeEntry({ unitId: A, columnId: 'inst-gov', rowId: 'access', strengthId: 'informed' }),
    ]);
    expect(describeCell(unionMapping, findCell(map, 'inst-gov', 'access')!)).toBe(
      'Official governance of the institution × Access: 1 entry, mean 1.0, gap',
    );
  });
});
