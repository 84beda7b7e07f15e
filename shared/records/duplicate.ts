import { reidentifyRecords } from '../archive/reidentify';
import { newId } from '../ids';
import { tidyReferences } from './merge';
import { recordKindList } from './registry';
import { recordsOf, withRecords, type SessionRecords } from './session-records';

/*
 * Duplicating a session for the next campus, driven by each kind's `duplicate` rule in the
 * registry: the rules say what carries over; this gives the copies new ids (references follow),
 * stamps them as new, and tidies references to whatever was left behind.
 */

/** The records of a new session copied from `records`; only what the kinds' rules carry. */
export function duplicateRecords(records: SessionRecords, now: number, makeId: () => string = newId): SessionRecords {
  let out = records;
  for (const kind of recordKindList) {
    const rule = kind.duplicate;
    const copies =
      rule === 'leave'
        ? []
        : recordsOf(records, kind)
            .map((record) => rule(record, records.session))
            .filter((record) => record !== null)
            .map((record) => stamp(record as Record<string, unknown>, kind.updatedField, now));
    out = withRecords(out, kind, copies);
  }
  if (!out.session) throw new Error('The session itself must carry over when it is duplicated.');
  return reidentifyRecords(tidyReferences(out), makeId);
}

function stamp(record: Record<string, unknown>, updatedField: string, now: number): Record<string, unknown> {
  return { ...record, ...('createdAt' in record ? { createdAt: now } : {}), [updatedField]: now };
}
