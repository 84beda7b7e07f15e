import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * A live list, plus the records this view has itself just committed and the live list has not
 * read back yet. A live query re-reads after a write commits, a round trip to the database on the
 * path of every typed card; the write already returns the stored record, so it is shown at commit
 * (never before: only `commit`ted records are added). Once the list includes a record, the list's
 * own copy is used. Dexie re-runs a live query that was reading when a write committed, so every
 * result after the commit includes it; `forget` drops a record deleted before that (an undo).
 *
 * Records equal to the ones shown before keep their identity, and so does the list when none
 * changed: the re-read that follows a commit (every record a fresh copy) then redraws nothing.
 */
export function useCommittedOverlay<T extends { id: string }>(live: readonly T[] | undefined) {
  const [fresh, setFresh] = useState<readonly T[]>([]);
  const before = useRef<readonly T[] | undefined>(undefined);
  const shown = useMemo(() => (before.current = keepUnchanged(before.current, withCommitted(live, fresh))), [live, fresh]);
  useEffect(() => {
    if (live === undefined || fresh.length === 0) return;
    const left = notYetRead(live, fresh);
    if (left.length !== fresh.length) setFresh(left);
  }, [live, fresh]);
  const commit = useCallback((record: T) => setFresh((now) => [...now.filter((r) => r.id !== record.id), record]), []);
  const forget = useCallback((ids: readonly string[]) => setFresh((now) => (now.some((r) => ids.includes(r.id)) ? now.filter((r) => !ids.includes(r.id)) : now)), []);
  return { shown, commit, forget };
}

/** `live` with the committed records it lacks at the end (their order is the newest); `live` itself when it lacks none. */
export function withCommitted<T extends { id: string }>(live: readonly T[] | undefined, fresh: readonly T[]): readonly T[] | undefined {
  if (live === undefined || fresh.length === 0) return live;
  const missing = notYetRead(live, fresh);
  return missing.length === 0 ? live : [...live, ...missing];
}

function notYetRead<T extends { id: string }>(live: readonly T[], fresh: readonly T[]): readonly T[] {
  const ids = new Set(live.map((r) => r.id));
  return fresh.filter((r) => !ids.has(r.id));
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
