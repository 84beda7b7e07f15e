import type { SessionRecords } from '../records/session-records';
import { DEFAULT_BACKUP_POLICY } from '../backup/rotation';
import { plural } from '../vocabulary';

export const ERASED_TEXT = '[erased]';

export interface EraseResult {
  records: SessionRecords;
  /** Ids of records to delete from the database (the delegate and their quiz answers). */
  deleted: { delegates: string[]; quizAnswers: string[] };
  /** Plain sentences saying exactly what was removed: a summary, then each text field changed. */
  removed: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A letter or digit of any script: a name only counts where it is a whole word ("Ana" is not in "Banana").
const WORD = '[\\p{L}\\p{N}_]';

/**
 * What finds the person in a text: their name as whole words (any case, any spacing between its
 * parts), and their email anywhere in a text (any case). Shorter than two characters: never matched.
 */
export function personPatterns(person: { name: string; email: string }): RegExp[] {
  const out: RegExp[] = [];
  const parts = person.name.trim().split(/\s+/).filter(Boolean);
  if (parts.join(' ').length >= 2) out.push(new RegExp(`(?<!${WORD})${parts.map(escape).join('\\s+')}(?!${WORD})`, 'giu'));
  const email = person.email.trim();
  if (email.length >= 2) out.push(new RegExp(escape(email), 'giu'));
  // The email first: a name inside an address ("ana.silva@…") must not leave half an address behind.
  return out.reverse();
}

/** Replaces every occurrence of the person in a text; counts replacements. */
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

// Ids, keys and fields chosen from fixed lists are never free text that can hold a name. Another
// delegate's email is their own address (a shared mailbox stays theirs), so it is left as it is.
const NOT_TEXT = new Set(['email', 'id', 'sessionId', 'unitId', 'delegateId', 'themeId', 'phaseId', 'topicId', 'columnId', 'rowId', 'strengthId', 'frequencyId', 'suggestionId', 'stageId', 'priorityId', 'statementId', 'channelId', 'cardId', 'status', 'kind', 'unitMode', 'quizMode', 'livedExperience', 'round', 'answer', 'date', 'startTime', 'byWhen', 'selectedStatementIds']);

/** Every text inside a value (objects and lists walked), scrubbed; the names of the fields changed. */
function scrubDeep(value: unknown, needles: readonly RegExp[], field: string, changed: string[]): unknown {
  if (typeof value === 'string') {
    const s = scrub(value, needles);
    if (s.hits > 0) changed.push(field);
    return s.hits > 0 ? s.text : value;
  }
  if (Array.isArray(value)) {
    const list = value.map((v) => scrubDeep(v, needles, field, changed));
    return list.some((v, i) => v !== value[i]) ? list : value;
  }
  if (typeof value === 'object' && value !== null) {
    let any = false;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = NOT_TEXT.has(key) ? v : scrubDeep(v, needles, field === '' ? key : field, changed);
      if (out[key] !== v) any = true;
    }
    return any ? out : value;
  }
  return value;
}

/** How a field is called in the list of what was removed. */
const FIELD_WORDS: Record<string, string> = {
  caseStudy: 'case study',
  template: 'agenda (prompts, notes or quiz)',
  firstStep: 'first step',
  unionSupport: 'union support',
  what: 'what',
  name: 'name',
  text: 'text',
};
const fieldWord = (key: string) => FIELD_WORDS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase();

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Erases one delegate from a session: their delegate record, their quiz answers, their attribution on
 * cards, and their name (whole words) or email wherever a text of the session holds it, the session's
 * own agenda copy included (replaced by "[erased]"). Pure: returns the new records, what to delete,
 * and sentences saying exactly what was removed, field by field. The session is always marked as
 * changed, so the next backup is written without the person.
 */
export function eraseDelegate(records: SessionRecords, delegateId: string, now: number): EraseResult {
  const person = records.delegates.find((d) => d.id === delegateId);
  if (!person) throw new Error('This delegate is not in the session.');
  const needles = personPatterns(person);
  const answers = records.quizAnswers.filter((a) => a.delegateId === delegateId);
  const details: string[] = [];
  let textFields = 0;

  /** Scrubs one record; records a line naming it and the fields changed. */
  const scrubOne = <T extends object>(record: T, describe: (r: T) => string, stamp: boolean): T => {
    const changed: string[] = [];
    const out = scrubDeep(record, needles, '', changed) as T;
    if (changed.length === 0) return record;
    textFields += changed.length;
    const fields = [...new Set(changed)].map(fieldWord);
    details.push(`${describe(out)}: ${fields.join(', ')}.`);
    return stamp ? { ...out, updatedAt: now } : out;
  };
  const scrubAll = <T extends object>(list: readonly T[], describe: (r: T) => string): T[] => list.map((r) => scrubOne(r, describe, true));

  let attributions = 0;
  const cards = records.cards.map((c) => {
    if (c.delegateId !== delegateId) return c;
    attributions += 1;
    return { ...c, delegateId: null, updatedAt: now };
  });
  const unitName = new Map(records.units.map((u) => [u.id, u.name]));
  const session = scrubOne(records.session, () => 'The session', false);
  const out: SessionRecords = {
    ...records,
    // Later than its last change even with a clock set back, so the next backup pass writes it again.
    session: { ...session, updatedAt: Math.max(now, records.session.updatedAt + 1) },
    delegates: scrubAll(
      records.delegates.filter((d) => d.id !== delegateId),
      (d) => `Delegate "${shorten(d.name)}"`,
    ),
    quizAnswers: records.quizAnswers.filter((a) => a.delegateId !== delegateId),
    units: scrubAll(records.units, (u) => `Unit "${shorten(u.name)}"`),
    cards: scrubAll(cards, (c) => `Discussion card "${shorten(c.text)}"`),
    themes: scrubAll(records.themes, (t) => `Theme "${shorten(t.name)}"`),
    mapEntries: scrubAll(records.mapEntries, (e) => `Map entry "${shorten(e.what)}" (${unitName.get(e.unitId) ?? 'a unit'})`),
    channels: scrubAll(records.channels, (c) => `Channel "${shorten(c.name)}" (${unitName.get(c.unitId) ?? 'a unit'})`),
    actions: scrubAll(records.actions, (a) => `Action "${shorten(a.what)}" (${unitName.get(a.unitId) ?? 'a unit'})`),
    tombstones: [
      ...records.tombstones.filter((t) => t.id !== delegateId && !answers.some((a) => a.id === t.id)),
      { id: delegateId, sessionId: records.session.id, kind: 'delegates', deletedAt: now },
      ...answers.map((a) => ({ id: a.id, sessionId: records.session.id, kind: 'quizAnswers' as const, deletedAt: now })),
    ],
  };
  const removed = [
    `The delegate record of ${person.name}${person.email ? ` (${person.email})` : ''}.`,
    `${plural(answers.length, 'quiz answer')} they gave.`,
    `Their name on ${plural(attributions, 'discussion card')} (the cards are kept without a name).`,
    `Their name or email in ${plural(textFields, 'text field')} of this session, replaced by "${ERASED_TEXT}"${textFields > 0 ? ':' : '.'}`,
    ...details,
  ];
  return { records: out, deleted: { delegates: [delegateId], quizAnswers: answers.map((a) => a.id) }, removed };
}

/** What happens to backups made before an erase, in plain words, from the rotation policy. */
export function backupExpiryNote(policy = DEFAULT_BACKUP_POLICY): string {
  return `Archives and backups made from now on do not hold this person (this session's backup was written again just now where the app keeps backups). Backups made before now still do until rotation removes them: the app keeps the ${policy.keepRecent} newest older backups of each session and one a day for the ${policy.keepDays} most recent days with backups, so they are gone once this session has been backed up on ${policy.keepDays} more days and ${policy.keepRecent} more times. Archive files saved elsewhere are not changed.`;
}
