import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepUnchanged, pendingAfter, withCommitted, type Committed } from './committed-overlay';

const rec = (id: string, text: string = id) => ({ id, text });
const at = <T,>(record: T, time = 10): Committed<T> => ({ record, at: time });

describe('withCommitted', () => {
  it('is the live list itself when nothing is pending', () => {
    const live = [rec('a'), rec('b')];
    expect(withCommitted(live, [])).toBe(live);
    expect(withCommitted(undefined, [at(rec('a'))])).toBeUndefined();
  });

  it('adds the pending records at the end, each taking the place of a live record in its slot', () => {
    expect(withCommitted([rec('a'), rec('b')], [at(rec('c'))])).toEqual([rec('a'), rec('b'), rec('c')]);
    // A quiz answer's slot is its delegate: the new answer replaces the old one still in the list.
    const answer = (id: string, delegateId: string, value: string) => ({ id, delegateId, value });
    const live = [answer('x1', 'ann', 'true'), answer('x2', 'bo', 'false')];
    const shown = withCommitted(live, [at(answer('x3', 'ann', 'false'))], (a) => a.delegateId);
    expect(shown).toEqual([answer('x2', 'bo', 'false'), answer('x3', 'ann', 'false')]);
  });

  it('shows one record per slot: the live ones not taken, then the pending ones', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, (liveIds, freshIds) => {
        const shown = withCommitted(liveIds.map((id) => rec(id, 'live')), freshIds.map((id) => at(rec(id, 'fresh'))))!;
        expect(new Set(shown.map((r) => r.id)).size).toBe(shown.length);
        expect(new Set(shown.map((r) => r.id))).toEqual(new Set([...liveIds, ...freshIds]));
        for (const r of shown) expect(r.text).toBe((freshIds as string[]).includes(r.id) ? 'fresh' : 'live');
      }),
    );
  });
});

describe('pendingAfter', () => {
  const fresh = [at(rec('a'), 10), at(rec('b'), 20)];
  it('keeps what the live list has neither read back nor read since', () => {
    expect(pendingAfter(undefined, fresh)).toBe(fresh);
    expect(pendingAfter({ value: [], at: 5 }, fresh)).toBe(fresh);
  });
  it('drops a record the live list has read back', () => {
    expect(pendingAfter({ value: [rec('a')], at: 5 }, fresh)).toEqual([fresh[1]]);
  });
  it('drops every record committed before the live list’s result: that result was read after them', () => {
    // Read after "a" was committed and without it: something since replaced or removed it.
    expect(pendingAfter({ value: [], at: 15 }, fresh)).toEqual([fresh[1]]);
    expect(pendingAfter({ value: [], at: 25 }, fresh)).toEqual([]);
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
