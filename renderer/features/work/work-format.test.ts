import { describe, expect, it } from 'vitest';
import { partnershipMapping, unionMapping } from '../../../shared/test-support/work-fixtures';
import {
  cellsInOrder,
  filterSuggestions,
  groupByCell,
  localToday,
  needsHelp,
  sameRecords,
  suggestionIndexForKey,
} from './work-format';

describe('work formatting helpers', () => {
  it('gives the local date, not the UTC one', () => {
    expect(localToday(new Date(2027, 0, 5, 0, 30))).toBe('2027-01-05');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('lists cells row by row for either template', () => {
    const union = cellsInOrder(unionMapping);
    expect(union).toHaveLength(9);
    expect(union.slice(0, 4).map((c) => `${c.columnId}/${c.rowId}`)).toEqual(['inst-gov/access', 'su-gov/access', 'unofficial/access', 'inst-gov/success']);
    expect(cellsInOrder(partnershipMapping)).toHaveLength(21);
  });

  it('groups by cell in the given order and compares record lists by version', () => {
    const a = { id: 'a', columnId: 'c1', rowId: 'r1', updatedAt: 1 };
    const b = { id: 'b', columnId: 'c2', rowId: 'r1', updatedAt: 1 };
    const c = { id: 'c', columnId: 'c1', rowId: 'r1', updatedAt: 1 };
    const groups = groupByCell([a, b, c]);
    expect([...groups.values()].map((g) => g.map((r) => r.id))).toEqual([['a', 'c'], ['b']]);
    expect(sameRecords([a, b], [{ ...a }, { ...b }])).toBe(true);
    expect(sameRecords([a, b], [a, { ...b, updatedAt: 2 }])).toBe(false);
    expect(sameRecords([a], [a, b])).toBe(false);
  });

  it('maps digit keys to suggestions and filters suggestions by typed words', () => {
    expect(suggestionIndexForKey('1', 3)).toBe(0);
    expect(suggestionIndexForKey('3', 3)).toBe(2);
    expect(suggestionIndexForKey('4', 3)).toBeNull();
    expect(suggestionIndexForKey('0', 3)).toBeNull();
    expect(suggestionIndexForKey('a', 3)).toBeNull();
    const list = [{ label: 'Governing body' }, { label: 'Senate or academic board' }, { label: 'Student voice committee' }];
    expect(filterSuggestions(list, '').map((s) => s.label)).toHaveLength(3);
    expect(filterSuggestions(list, 'BOD gov').map((s) => s.label)).toEqual(['Governing body']);
    expect(filterSuggestions(list, 'o').map((s) => s.label)).toHaveLength(3);
    expect(filterSuggestions(list, 'zzz')).toEqual([]);
  });

  it('says what a unit still needs, leaving channels out when the agenda has none', () => {
    const empty = { entries: 0, channels: 0, actions: 0, planComplete: false };
    expect(needsHelp(empty, true)).toEqual(['no map entries', 'no channels', 'no actions']);
    expect(needsHelp(empty, false)).toEqual(['no map entries', 'no actions']);
    expect(needsHelp({ entries: 4, channels: 2, actions: 3, planComplete: false }, true)).toEqual(['plan not marked complete']);
    expect(needsHelp({ entries: 4, channels: 0, actions: 3, planComplete: true }, false)).toEqual([]);
  });
});
