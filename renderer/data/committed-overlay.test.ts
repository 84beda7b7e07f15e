import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepUnchanged, withCommitted } from './committed-overlay';

const rec = (id: string, text = id) => ({ id, text });

describe('withCommitted', () => {
  it('is the live list itself when nothing was committed here, or the list already has it all', () => {
    const live = [rec('a'), rec('b')];
    expect(withCommitted(live, [])).toBe(live);
    expect(withCommitted(live, [rec('b', 'old copy')])).toBe(live);
    expect(withCommitted(undefined, [rec('a')])).toBeUndefined();
  });

  it('adds the committed records the live list has not read back, at the end, and prefers the list’s own copy', () => {
    const shown = withCommitted([rec('a'), rec('b', 'stored')], [rec('b', 'committed'), rec('c')]);
    expect(shown).toEqual([rec('a'), rec('b', 'stored'), rec('c')]);
  });

  it('shows every id once: the live ones, then the committed ones missing from it', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, (liveIds, freshIds) => {
        const shown = withCommitted(liveIds.map((id) => rec(id)), freshIds.map((id) => rec(id)))!.map((r) => r.id);
        expect(new Set(shown).size).toBe(shown.length);
        expect(shown.slice(0, liveIds.length)).toEqual(liveIds);
        expect(new Set(shown)).toEqual(new Set([...liveIds, ...freshIds]));
      }),
    );
  });
});

describe('keepUnchanged', () => {
  it('keeps the previous list when a re-read brings equal copies', () => {
    const previous = [rec('a'), rec('b')];
    expect(keepUnchanged(previous, [rec('a'), rec('b')])).toBe(previous);
  });

  it('keeps the unchanged records and takes the changed, added and reordered ones', () => {
    const previous = [rec('a'), rec('b'), rec('c')];
    const next = keepUnchanged(previous, [rec('c'), rec('b', 'edited'), rec('d')])!;
    expect(next).toEqual([rec('c'), rec('b', 'edited'), rec('d')]);
    expect(next[0]).toBe(previous[2]);
    expect(next[1]).not.toBe(previous[1]);
    expect(keepUnchanged(previous, [rec('b'), rec('a'), rec('c')])).not.toBe(previous);
    expect(keepUnchanged(previous, previous.slice(0, 2))).toEqual(previous.slice(0, 2));
  });

  it('never changes what is shown: the result equals the new list', () => {
    const record = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), text: fc.constantFrom('x', 'y'), votes: fc.integer({ min: 0, max: 2 }) });
    const list = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 4 });
    fc.assert(
      fc.property(list, list, (previous, next) => {
        expect(keepUnchanged(previous, next)).toEqual(next);
      }),
    );
  });
});
