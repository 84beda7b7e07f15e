import { describe, it, expect } from 'vitest';
import { buildSessionFixture, type FixtureSpec } from '../../../shared/test-support/session-fixture';
import { quizSheetNames, worksheetSets } from './worksheet-model';
import { getBuiltInTemplate } from '../../../shared/templates';

const fixture = (spec: FixtureSpec) => buildSessionFixture(spec, getBuiltInTemplate('students-union-co-creation')!);

const bundle = fixture({
  title: 'Roadshow',
  units: [
    { name: 'Table 1', delegates: [{ name: 'Ana Silva' }, { name: 'Dev Patel' }] },
    { name: 'Table 2', delegates: [] },
  ],
});

describe('worksheetSets', () => {
  it('gives one set per unit, in unit order, with the delegates’ names', () => {
    const sets = worksheetSets({ ...bundle, units: [...bundle.units].reverse() }, null);
    expect(sets.map((s) => [s.unit?.name, s.delegateNames])).toEqual([
      ['Table 1', ['Ana Silva', 'Dev Patel']],
      ['Table 2', []],
    ]);
  });

  it('gives the chosen number of blank sets', () => {
    const sets = worksheetSets(bundle, 3);
    expect(sets).toHaveLength(3);
    expect(sets.every((s) => s.unit === null && s.delegateNames.length === 0)).toBe(true);
    expect(new Set(sets.map((s) => s.key)).size).toBe(3);
  });

  it('gives one blank set when there are no units yet', () => {
    expect(worksheetSets({ units: [], delegates: [] }, null)).toEqual([{ key: 'blank-1', unit: null, delegateNames: [] }]);
  });
});

describe('quizSheetNames', () => {
  const [table1, table2] = worksheetSets(bundle, null);
  it('gives each delegate a named sheet when answers are recorded per delegate', () => {
    expect(quizSheetNames(table1!, 'per-delegate')).toEqual(['Ana Silva', 'Dev Patel']);
    expect(quizSheetNames(table2!, 'per-delegate')).toEqual([null]);
  });
  it('gives a unit one shared sheet for a room tally', () => {
    expect(quizSheetNames(table1!, 'tally')).toEqual([null]);
  });
});
