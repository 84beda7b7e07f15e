import type { RunState } from '../run/schema';
import type { Session } from '../session/schema';
import { recordKindList, type RecordKind, type RecordKindName, type RecordOf } from './registry';

export type ListKindName = Exclude<RecordKindName, 'sessions' | 'runStates'>;

/** Everything recorded for one session, as export, import, integrity and merge see it. */
export type SessionRecords = {
  session: Session;
  runState: RunState | null;
} & { [K in ListKindName]: RecordOf<K>[] };

/** Where a kind's records sit in SessionRecords (the session and run state are single records). */
export function recordsField(kind: RecordKind<unknown>): string {
  if (kind.table === 'sessions') return 'session';
  if (kind.table === 'runStates') return 'runState';
  return kind.table;
}

/** A kind's records as a list, whatever its cardinality. */
export function recordsOf(records: SessionRecords, kind: RecordKind<unknown>): unknown[] {
  const value = (records as unknown as Record<string, unknown>)[recordsField(kind)];
  if (kind.cardinality === 'many') return (value as unknown[] | undefined) ?? [];
  return value === null || value === undefined ? [] : [value];
}

/** A copy of `records` with this kind's records replaced. */
export function withRecords<T extends SessionRecords>(records: T, kind: RecordKind<unknown>, list: unknown[]): T {
  const value = kind.cardinality === 'many' ? list : (list[0] ?? null);
  return { ...records, [recordsField(kind)]: value };
}

/** Builds SessionRecords from one list per kind (e.g. read from the database). */
export function assembleRecords(lists: ReadonlyMap<RecordKind<unknown>, unknown[]>): SessionRecords {
  let out = {} as SessionRecords;
  for (const kind of recordKindList) {
    const list = [...(lists.get(kind) ?? [])];
    if (kind.order) list.sort(kind.order as (a: unknown, b: unknown) => number);
    out = withRecords(out, kind, list);
  }
  return out;
}

export const idOf = (kind: RecordKind<unknown>, record: unknown): string => (record as Record<string, string>)[kind.idField] as string;
export const sessionIdOf = (kind: RecordKind<unknown>, record: unknown): string => (record as Record<string, string>)[kind.sessionField] as string;
