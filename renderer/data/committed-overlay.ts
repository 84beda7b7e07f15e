import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Stamped } from './live-query';

/**
 * A live list, plus the records this view has itself just committed and the live list has not
 * read back yet. A live query re-reads after a write commits: a round trip to the database on the
 * path of every typed card or recorded answer. The write already hands back the stored record, so
 * it is shown at commit (never before: only `commit`ted records are added).
 *
 * A committed record stands in for any live record in the same slot (`slotOf`: by default its id;
 * a quiz answer's slot is its delegate, statement and round, since a new answer replaces the old).
 * It goes as soon as the live list hands over a result read after the commit: Dexie restarts a
 * query that was reading when a write committed, so that result includes the write, or whatever
 * replaced it since. `forget` drops one at once (an undo, a cleared answer).
 *
 * Records equal to the ones shown before keep their identity, and so does the list when none
 * changed: the re-read that follows a commit (every record a fresh copy) then redraws nothing.
 */
export function useCommittedOverlay<T extends { id: string }>(live: Stamped<readonly T[]> | undefined, slotOf: (record: T) => string = idOf) {
  const [fresh, setFresh] = useState<readonly Committed<T>[]>([]);
  const before = useRef<readonly T[] | undefined>(undefined);
  const slot = useRef(slotOf);
  slot.current = slotOf;
  const shown = useMemo(
    () => (before.current = keepUnchanged(before.current, withCommitted(live?.value, pendingAfter(live, fresh), slot.current))),
    [live, fresh],
  );
  useEffect(() => {
    if (live === undefined || fresh.length === 0) return;
    const left = pendingAfter(live, fresh);
    if (left.length !== fresh.length) setFresh(left);
  }, [live, fresh]);
  const commit = useCallback((record: T) => {
    const at = performance.now();
    setFresh((now) => [...now.filter((c) => slot.current(c.record) !== slot.current(record)), { record, at }]);
  }, []);
  const forget = useCallback((slots: readonly string[]) => {
    setFresh((now) => (now.some((c) => slots.includes(slot.current(c.record))) ? now.filter((c) => !slots.includes(slot.current(c.record))) : now));
  }, []);
  return { shown, commit, forget };
}

/** A record as committed here, and when (performance.now()). */
export interface Committed<T> {
  record: T;
  at: number;
}

const idOf = (record: { id: string }) => record.id;

/** The committed records the live list has not yet caught up with: it has not read them back, nor read anything since. */
export function pendingAfter<T extends { id: string }>(live: Stamped<readonly T[]> | undefined, fresh: readonly Committed<T>[]): readonly Committed<T>[] {
  if (live === undefined || fresh.length === 0) return fresh;
  const ids = new Set(live.value.map(idOf));
  const left = fresh.filter((c) => live.at <= c.at && !ids.has(c.record.id));
  return left.length === fresh.length ? fresh : left;
}

/**
 * `live` with each pending record in its slot: a live record in the same slot gives way, and the
 * pending ones go at the end (the newest); `live` itself when nothing is pending.
 */
export function withCommitted<T extends { id: string }>(
  live: readonly T[] | undefined,
  pending: readonly Committed<T>[],
  slotOf: (record: T) => string = idOf,
): readonly T[] | undefined {
  if (live === undefined || pending.length === 0) return live;
  const taken = new Set(pending.map((c) => slotOf(c.record)));
  return [...live.filter((r) => !taken.has(slotOf(r))), ...pending.map((c) => c.record)];
}

/**
 * `next`, reusing the objects of `previous` that are field for field the same (flat records: every
 * field a primitive), and `previous` itself when nothing differs.
 */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[] | undefined, next: readonly T[] | undefined): readonly T[] | undefined {
  if (previous === undefined || next === undefined || previous === next) return next;
  const byId = new Map(previous.map((r) => [r.id, r]));
  let same = previous.length === next.length;
  const kept = next.map((record, index) => {
    const old = byId.get(record.id);
    const use = old !== undefined && sameFields(old, record) ? old : record;
    if (use !== previous[index]) same = false;
    return use;
  });
  return same ? previous : kept;
}

function sameFields(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
