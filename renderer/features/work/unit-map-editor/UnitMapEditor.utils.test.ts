import { describe, expect, it } from 'vitest';
import { makeEntry, unionMapping, uuid } from '../../../../shared/test-support/work-fixtures';
import { mapOptions } from '../map-options';
import { groupByCell } from '../work-format';
import { availableSuggestions, entryMeta, isCellMoveKey, moveCell, startsTyping, suggestionNumber, suggestionToAdd } from './UnitMapEditor.utils';

const UNIT = uuid(900);

describe('moveCell', () => {
  const start = { columnId: 'inst-gov', rowId: 'access' };
  it('moves one cell per arrow key', () => {
    expect(moveCell(unionMapping, start, 'ArrowRight')).toEqual({ columnId: 'su-gov', rowId: 'access' });
    expect(moveCell(unionMapping, start, 'ArrowDown')).toEqual({ columnId: 'inst-gov', rowId: 'success' });
    expect(moveCell(unionMapping, { columnId: 'unofficial', rowId: 'progression' }, 'ArrowLeft')).toEqual({ columnId: 'su-gov', rowId: 'progression' });
    expect(moveCell(unionMapping, { columnId: 'unofficial', rowId: 'progression' }, 'ArrowUp')).toEqual({ columnId: 'unofficial', rowId: 'success' });
  });

  it('stays put at the edges and ignores other keys', () => {
    expect(moveCell(unionMapping, start, 'ArrowLeft')).toBeNull();
    expect(moveCell(unionMapping, start, 'ArrowUp')).toBeNull();
    expect(moveCell(unionMapping, { columnId: 'unofficial', rowId: 'progression' }, 'ArrowRight')).toBeNull();
    expect(moveCell(unionMapping, { columnId: 'unofficial', rowId: 'progression' }, 'ArrowDown')).toBeNull();
    expect(moveCell(unionMapping, start, 'Enter')).toBeNull();
    expect(isCellMoveKey('ArrowUp')).toBe(true);
    expect(isCellMoveKey('a')).toBe(false);
  });
});

describe('availableSuggestions and suggestionNumber', () => {
  it("offers the column's suggestions not yet used in this cell, numbered in the template's order", () => {
    const cell = { columnId: 'inst-gov', rowId: 'access' };
    expect(availableSuggestions(unionMapping, new Map(), cell).map((s) => s.id)).toEqual(['app-committee']);
    const used = groupByCell([makeEntry({ unitId: UNIT, ...cell, strengthId: 'informed', suggestionId: 'app-committee' })]);
    expect(availableSuggestions(unionMapping, used, cell)).toEqual([]);
    // Used in another cell of the same column: still offered here.
    expect(availableSuggestions(unionMapping, used, { columnId: 'inst-gov', rowId: 'success' }).map((s) => s.id)).toEqual(['app-committee']);
  });

  it('numbers the first nine only', () => {
    const list = Array.from({ length: 11 }, (_, i) => ({ id: `s${i}` }));
    expect(suggestionNumber(list, { id: 's0' })).toBe('1');
    expect(suggestionNumber(list, { id: 's8' })).toBe('9');
    expect(suggestionNumber(list, { id: 's9' })).toBe('');
    expect(suggestionNumber(list, { id: 'missing' })).toBe('');
  });
});

describe('suggestionToAdd', () => {
  const a = { id: 'a', label: 'Union council' };
  const b = { id: 'b', label: 'Societies and networks' };
  it('adds the highlighted suggestion first', () => {
    expect(suggestionToAdd([a, b], 1, [a, b], { what: 'Union council', suggestionId: null })).toBe(b);
  });
  it('counts typing a suggestion’s exact words (any case, spaces around) as picking it', () => {
    expect(suggestionToAdd([a], -1, [a, b], { what: '  union COUNCIL ', suggestionId: null })).toBe(a);
    expect(suggestionToAdd([a], -1, [a, b], { what: 'Union council meeting', suggestionId: null })).toBeUndefined();
  });
  it('leaves a line already tied to a suggestion to be saved as it is', () => {
    expect(suggestionToAdd([a, b], -1, [a, b], { what: 'Union council', suggestionId: 'a' })).toBeUndefined();
  });
});

describe('startsTyping', () => {
  it('starts an entry on letters and punctuation, not digits, space or named keys', () => {
    for (const key of ['a', 'Z', 'é', '-']) expect(startsTyping(key)).toBe(true);
    for (const key of ['1', ' ', 'Enter', 'Tab', 'ArrowUp']) expect(startsTyping(key)).toBe(false);
  });
});

describe('entryMeta', () => {
  const options = mapOptions(unionMapping);
  it('lists strength, how often, partner and a known lived experience', () => {
    const entry = makeEntry({ unitId: UNIT, columnId: 'su-gov', rowId: 'access', strengthId: 'consulted', frequencyId: 'termly', partner: 'VP Education', livedExperience: 'yes' });
    expect(entryMeta(entry, options)).toBe('Consulted · Each term · VP Education · lived experience: yes');
  });
  it('leaves out what is not given, and "not sure"', () => {
    const entry = makeEntry({ unitId: UNIT, columnId: 'su-gov', rowId: 'access', strengthId: 'none-yet' });
    expect(entryMeta(entry, options)).toBe('None yet');
  });
});
