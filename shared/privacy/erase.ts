import type { SessionRecords } from '../records/session-records';
import { DEFAULT_BACKUP_POLICY } from '../backup/rotation';
import { plural } from '../vocabulary';

export const ERASED_TEXT = '[erased]';

export interface EraseResult {
  records: SessionRecords;
  /** Ids of records to delete from the database (the delegate and their quiz answers). */
  deleted: { delegates: string[]; quizAnswers: string[] };
  /** Plain sentences saying exactly what was removed. */
  removed: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every occurrence of the person's name or email (any case) in a text; counts replacements. */
function scrub(text: string, needles: readonly RegExp[]): { text: string; hits: number } {
  let hits = 0;
  let out = text;
  for (const re of needles) {
    out = out.replace(re, () => {
      hits += 1;
      return ERASED_TEXT;
    });
  }
  return { text: out, hits };
}

/** Every string field of a record, scrubbed; other fields left as they are. */
function scrubRecord<T>(record: T, needles: readonly RegExp[], skip: ReadonlySet<string>): { record: T; fields: number } {
  let fields = 0;
  const out = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) {
    if (skip.has(key)) continue;
    if (typeof value === 'string') {
      const s = scrub(value, needles);
      if (s.hits > 0) {
        out[key] = s.text;
        fields += 1;
      }
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      let changed = 0;
      const list = (value as string[]).map((v) => {
        const s = scrub(v, needles);
        if (s.hits > 0) changed += 1;
        return s.text;
      });
      if (changed > 0) {
        out[key] = list;
        fields += changed;
      }
    }
  }
  return { record: out as T, fields };
}

// Ids, keys and template-defined fields are never free text that can hold a name.
const NOT_TEXT = new Set(['id', 'sessionId', 'unitId', 'delegateId', 'themeId', 'phaseId', 'topicId', 'columnId', 'rowId', 'strengthId', 'frequencyId', 'suggestionId', 'stageId', 'priorityId', 'statementId', 'status', 'kind', 'unitMode', 'quizMode', 'livedExperience', 'round', 'answer', 'date', 'startTime']);

/**
 * Erases one delegate from a session: their delegate record, their quiz answers, their attribution on
 * cards, and their name or email wherever a text field of the session holds it (replaced by "[erased]").
 * Pure: returns the new records, what to delete, and a sentence per kind of thing removed.
 */
export function eraseDelegate(records: SessionRecords, delegateId: string, now: number): EraseResult {
  const person = records.delegates.find((d) => d.id === delegateId);
  if (!person) throw new Error('This delegate is not in the session.');
  const needles = [person.name, person.email]
    .map((s) => s.trim())
    .filter((s) => s.length >= 2)
    .map((s) => new RegExp(escape(s), 'giu'));
  const answers = records.quizAnswers.filter((a) => a.delegateId === delegateId);
  let attributions = 0;
  let textFields = 0;
  const scrubAll = <T>(list: readonly T[], stamp: (r: T) => T): T[] =>
    list.map((r) => {
      const s = scrubRecord(r, needles, NOT_TEXT);
      textFields += s.fields;
      return s.fields > 0 ? stamp(s.record) : r;
    });
  const touch = <T extends { updatedAt: number }>(r: T): T => ({ ...r, updatedAt: now });
  const cards = records.cards.map((c) => {
    if (c.delegateId !== delegateId) return c;
    attributions += 1;
    return { ...c, delegateId: null, updatedAt: now };
  });
  const session = scrubRecord(records.session, needles, new Set([...NOT_TEXT, 'template']));
  textFields += session.fields;
  const out: SessionRecords = {
    ...records,
    session: session.fields > 0 ? { ...session.record, updatedAt: now } : records.session,
    delegates: scrubAll(records.delegates.filter((d) => d.id !== delegateId), touch),
    quizAnswers: records.quizAnswers.filter((a) => a.delegateId !== delegateId),
    units: scrubAll(records.units, touch),
    cards: scrubAll(cards, touch),
    themes: scrubAll(records.themes, touch),
    mapEntries: scrubAll(records.mapEntries, touch),
    channels: scrubAll(records.channels, touch),
    actions: scrubAll(records.actions, touch),
    tombstones: [
      ...records.tombstones,
      { id: delegateId, sessionId: records.session.id, kind: 'delegates', deletedAt: now },
      ...answers.map((a) => ({ id: a.id, sessionId: records.session.id, kind: 'quizAnswers' as const, deletedAt: now })),
    ],
  };
  const removed = [
    `The delegate record of ${person.name}${person.email ? ` (${person.email})` : ''}.`,
    `${plural(answers.length, 'quiz answer')} they gave.`,
    `Their name on ${plural(attributions, 'discussion card')} (the cards are kept without a name).`,
    `Their name or email in ${plural(textFields, 'text field')} of this session, replaced by "${ERASED_TEXT}".`,
  ];
  return { records: out, deleted: { delegates: [delegateId], quizAnswers: answers.map((a) => a.id) }, removed };
}

/** What happens to backups made before an erase, in plain words, from the rotation policy. */
export function backupExpiryNote(policy = DEFAULT_BACKUP_POLICY): string {
  return `Archives and backups made from now on do not hold this person. Backups made before now still do until rotation removes them: the app keeps the ${policy.keepRecent} newest backups and one a day for the ${policy.keepDays} most recent days with backups, so they are gone once the app has been used on ${policy.keepDays} more days (and made ${policy.keepRecent} more backups). Archive files saved elsewhere are not changed.`;
}
