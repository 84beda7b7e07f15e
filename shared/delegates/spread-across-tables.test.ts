import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { institutionKey, spreadAcrossTables, type SeatableDelegate } from './spread-across-tables';

const people = (institutions: string[]): SeatableDelegate[] => institutions.map((institution, i) => ({ id: `d${i + 1}`, institution }));
const tables = (n: number) => Array.from({ length: n }, (_, i) => `t${i + 1}`);
const sizes = (seating: Map<string, string>, tableIds: string[]) => tableIds.map((t) => [...seating.values()].filter((v) => v === t).length);

/** 40 delegates from five institutions of different sizes, listed institution by institution. */
const forty = people([
  ...Array<string>(14).fill('North University'),
  ...Array<string>(10).fill('North SU'),
  ...Array<string>(8).fill('South College'),
  ...Array<string>(5).fill('South SU'),
  ...Array<string>(3).fill(''),
]);

describe('spreadAcrossTables', () => {
  it('keeping colleagues together: consecutive blocks, the first tables one bigger', () => {
    const seating = spreadAcrossTables(people(['a', 'a', 'a', 'b', 'b', 'c', 'c']), tables(3), { mixInstitutions: false });
    expect([...seating.entries()]).toEqual([
      ['d1', 't1'],
      ['d2', 't1'],
      ['d3', 't1'],
      ['d4', 't2'],
      ['d5', 't2'],
      ['d6', 't3'],
      ['d7', 't3'],
    ]);
  });

  it('mixing institutions: 40 delegates at 6 tables, 6 or 7 each, no institution twice at a table until it must be', () => {
    const seating = spreadAcrossTables(forty, tables(6), { mixInstitutions: true });
    expect(seating.size).toBe(40);
    expect(sizes(seating, tables(6)).sort()).toEqual([6, 6, 7, 7, 7, 7]);
    for (const institution of ['North University', 'North SU', 'South College', 'South SU', '']) {
      const members = forty.filter((d) => d.institution === institution);
      const perTable = sizes(new Map(members.map((d) => [d.id, seating.get(d.id)!])), tables(6));
      // Spread as thinly as the numbers allow: counts per table differ by at most one.
      expect(Math.max(...perTable) - Math.min(...perTable), institution).toBeLessThanOrEqual(1);
    }
    // Every table has people from at least four institutions.
    for (const t of tables(6)) {
      const mix = new Set(forty.filter((d) => seating.get(d.id) === t).map((d) => d.institution));
      expect(mix.size, t).toBeGreaterThanOrEqual(4);
    }
    // The map lists delegates in their own order.
    expect([...seating.keys()]).toEqual(forty.map((d) => d.id));
  });

  it('treats spacing and capitals as the same institution', () => {
    expect(institutionKey('  North   SU ')).toBe(institutionKey('north su'));
    const seating = spreadAcrossTables(people(['North SU', 'north su ', 'Other']), tables(2), { mixInstitutions: true });
    expect(seating.get('d1')).not.toBe(seating.get('d2'));
  });

  it('no tables seats nobody; no delegates is an empty seating; more tables than people leaves tables empty', () => {
    expect(spreadAcrossTables(forty, [], { mixInstitutions: true }).size).toBe(0);
    expect(spreadAcrossTables([], tables(3), { mixInstitutions: false }).size).toBe(0);
    expect(sizes(spreadAcrossTables(people(['a', 'b']), tables(4), { mixInstitutions: false }), tables(4))).toEqual([1, 1, 0, 0]);
  });

  it('property: everyone is seated once, at a known table, and table sizes differ by at most one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C', 'D', ''), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (insts, n, mix) => {
        const ds = people(insts);
        const seating = spreadAcrossTables(ds, tables(n), { mixInstitutions: mix });
        expect([...seating.keys()]).toEqual(ds.map((d) => d.id));
        expect([...seating.values()].every((t) => tables(n).includes(t))).toBe(true);
        const s = sizes(seating, tables(n));
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
