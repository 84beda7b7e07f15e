import { readPath } from './paths';
import { recordKindList, type RecordKind } from './registry';
import { idOf, recordsOf, withRecords, type SessionRecords } from './session-records';
import type { Tombstone } from './tombstone';

/*
 * Merging two copies of one session (e.g. two laptops on a roadshow), as pure functions so they can
 * later sit behind a replication engine. `joinRecords` is a join: records meet by id, the newer
 * `updatedAt` wins (a tie goes to the larger serialised record, so the result never depends on
 * order), tombstones are unioned and win over any edit not newer than the deletion. It is
 * idempotent, commutative and associative (fast-check properties in merge.test.ts).
 * `mergeSessions` then tidies references to deleted records (a card in a deleted theme goes back to
 * the unthemed pile; an entry of a deleted unit goes) and reports what changed.
 */

export interface MergeReport {
  added: Record<string, number>;
  updated: Record<string, number>;
  removed: Record<string, number>;
  /** Records that differed between the copies: which one was kept, in a plain sentence. */
  conflicts: string[];
}

const updatedOf = (kind: RecordKind<unknown>, record: unknown) => (record as Record<string, number>)[kind.updatedField] ?? 0;
const serial = (record: unknown) => JSON.stringify(record);

/** The copy of one record that wins: newer first, then the larger serialisation (deterministic). */
function winner(kind: RecordKind<unknown>, a: unknown, b: unknown): unknown {
  const ta = updatedOf(kind, a);
  const tb = updatedOf(kind, b);
  if (ta !== tb) return ta > tb ? a : b;
  return serial(a) >= serial(b) ? a : b;
}

function joinLists(kind: RecordKind<unknown>, a: unknown[], b: unknown[]): unknown[] {
  const byId = new Map<string, unknown>();
  for (const record of [...a, ...b]) {
    const id = idOf(kind, record);
    const current = byId.get(id);
    byId.set(id, current === undefined ? record : winner(kind, current, record));
  }
  return [...byId.keys()].sort().map((id) => byId.get(id));
}

/** The join of two copies of one session (same session id). Deleted records stay out while their tombstone is newer. */
export function joinRecords(a: SessionRecords, b: SessionRecords): SessionRecords {
  let out = a;
  for (const kind of recordKindList) out = withRecords(out, kind, joinLists(kind, recordsOf(a, kind), recordsOf(b, kind)));
  const tombstones = new Map((out.tombstones as Tombstone[]).map((t) => [`${t.kind}:${t.id}`, t]));
  for (const kind of recordKindList) {
    if (kind.table === 'tombstones' || kind.cardinality !== 'many') continue;
    const kept = recordsOf(out, kind).filter((r) => {
      const t = tombstones.get(`${kind.table}:${idOf(kind, r)}`);
      return !t || updatedOf(kind, r) > t.deletedAt;
    });
    out = withRecords(out, kind, kept);
  }
  return out;
}

/** Clears or drops references to records that are no longer there, as the repositories do on delete. */
export function tidyReferences(records: SessionRecords): SessionRecords {
  let out = records;
  // Repeat until stable: dropping a unit drops its entries, which may drop an action's link.
  for (let pass = 0; pass < recordKindList.length; pass++) {
    let changed = false;
    const ids = new Map(recordKindList.map((k) => [k.table, new Map(recordsOf(out, k).map((r) => [idOf(k, r), r as Record<string, unknown>]))]));
    for (const kind of recordKindList) {
      const refs = kind.references.filter((r) => 'kind' in r.to);
      if (refs.length === 0) continue;
      const list: unknown[] = [];
      for (const record of recordsOf(out, kind)) {
        let next: unknown = record;
        let drop = false;
        for (const ref of refs) {
          const target = ids.get((ref.to as { kind: string }).kind)!;
          const broken = readPath(next, ref.path).some((id) => {
            const t = target.get(id);
            return !t || (ref.sameField !== undefined && t[ref.sameField] !== (next as Record<string, unknown>)[ref.sameField]);
          });
          if (!broken) continue;
          changed = true;
          if (ref.onMissing === 'clear') next = { ...(next as object), [ref.path.split('.')[0]!]: null };
          else drop = true;
        }
        if (!drop) list.push(next);
      }
      out = withRecords(out, kind, list);
    }
    if (!changed) break;
  }
  return out;
}

/** Merges `incoming` into `local` (one session) and says what changed. */
export function mergeSessions(local: SessionRecords, incoming: SessionRecords): { merged: SessionRecords; report: MergeReport } {
  const merged = tidyReferences(joinRecords(local, incoming));
  const report: MergeReport = { added: {}, updated: {}, removed: {}, conflicts: [] };
  for (const kind of recordKindList) {
    if (kind.table === 'tombstones') continue;
    const before = new Map(recordsOf(local, kind).map((r) => [idOf(kind, r), r]));
    const theirs = new Map(recordsOf(incoming, kind).map((r) => [idOf(kind, r), r]));
    const after = new Map(recordsOf(merged, kind).map((r) => [idOf(kind, r), r]));
    let added = 0;
    let updated = 0;
    for (const [id, record] of after) {
      const mine = before.get(id);
      if (!mine) added++;
      else if (serial(mine) !== serial(record)) updated++;
      const other = theirs.get(id);
      if (mine && other && serial(mine) !== serial(other) && updatedOf(kind, mine) !== 0) {
        const kept = serial(record) === serial(mine) ? 'the one on this computer' : 'the one in the file';
        report.conflicts.push(`A ${kind.one} differed between the two copies; the later change (${kept}) was kept.`);
      }
    }
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    if (added) report.added[kind.table] = added;
    if (updated) report.updated[kind.table] = updated;
    if (removed) report.removed[kind.table] = removed;
  }
  return { merged, report };
}

