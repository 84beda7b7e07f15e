import { newId } from '../ids';
import { recordKindList } from '../records/registry';
import { rewritePath } from '../records/paths';
import { recordsOf, withRecords, type SessionRecords } from '../records/session-records';

/**
 * Gives every record a new id and rewrites every reference to it, so a session can be opened next
 * to the one it came from. One id map serves all kinds, so a plan keyed by its unit's id and a run
 * state keyed by its session's id follow their owners. Template content ids are left alone.
 */
export function reidentifyRecords<T extends SessionRecords>(records: T, makeId: () => string = newId): T {
  const ids = new Map<string, string>();
  const map = (id: string) => {
    let next = ids.get(id);
    if (!next) {
      next = makeId();
      ids.set(id, next);
    }
    return next;
  };
  let out = records;
  for (const kind of recordKindList) {
    // A set: a field that is both key and reference (a plan's unitId) must be mapped once, not twice.
    const paths = [...new Set([kind.idField, kind.sessionField, ...kind.references.filter((r) => 'kind' in r.to).map((r) => r.path)])];
    const list = recordsOf(records, kind).map((record) => paths.reduce((r, path) => rewritePath(r, path, map), record));
    out = withRecords(out, kind, list);
  }
  return out;
}
