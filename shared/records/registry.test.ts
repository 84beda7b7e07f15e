import { describe, expect, it } from 'vitest';
import { recordKindList, recordKinds } from './registry';
import { readPath, rewritePath } from './paths';

describe('the record-kind registry', () => {
  it('names each kind after its table and points references at kinds that exist', () => {
    for (const [key, kind] of Object.entries(recordKinds)) {
      expect(kind.table).toBe(key);
      for (const ref of kind.references) if ('kind' in ref.to) expect(Object.keys(recordKinds)).toContain(ref.to.kind);
    }
  });

  it('indexes every kind by its key first and by its session field, alone or leading a compound index', () => {
    for (const kind of recordKindList) {
      const indexes = kind.indexes.split(/,(?![^[]*\])/).map((s) => s.trim());
      expect(indexes[0]).toBe(kind.idField);
      const bySession = kind.sessionIndex ?? kind.sessionField;
      expect(indexes).toContain(bySession);
      if (kind.sessionIndex !== undefined) {
        expect(kind.sessionIndex.startsWith(`[${kind.sessionField}+`)).toBe(true);
        // The compound one serves: a single-field session index would only cost writes.
        expect(indexes).not.toContain(kind.sessionField);
      }
    }
  });

  it('lists a referenced kind before the kinds that refer to it, so imports write in a safe order', () => {
    const position = new Map(recordKindList.map((k, i) => [k.table, i]));
    for (const kind of recordKindList) {
      for (const ref of kind.references) {
        if ('kind' in ref.to && ref.to.kind !== kind.table) expect(position.get(ref.to.kind)!).toBeLessThan(position.get(kind.table)!);
      }
    }
  });
});

describe('reference paths', () => {
  const runState = { completedPhaseIds: ['a', 'b'], phaseActualMs: { a: 1, c: 2 }, timer: { phaseId: 'a' }, link: null };
  it('reads values, lists and object keys, and skips null and missing fields', () => {
    expect(readPath(runState, 'completedPhaseIds[]')).toEqual(['a', 'b']);
    expect(readPath(runState, 'phaseActualMs{}')).toEqual(['a', 'c']);
    expect(readPath(runState, 'timer.phaseId')).toEqual(['a']);
    expect(readPath(runState, 'link.channelId')).toEqual([]);
    expect(readPath({ link: { kind: 'gap' } }, 'link.channelId')).toEqual([]);
  });
  it('rewrites without touching the original', () => {
    const up = (s: string) => s.toUpperCase();
    const out = rewritePath(rewritePath(runState, 'phaseActualMs{}', up), 'completedPhaseIds[]', up);
    expect(out).toEqual({ ...runState, completedPhaseIds: ['A', 'B'], phaseActualMs: { A: 1, C: 2 } });
    expect(runState.completedPhaseIds).toEqual(['a', 'b']);
    expect(rewritePath({ link: null }, 'link.channelId', up)).toEqual({ link: null });
  });
});
