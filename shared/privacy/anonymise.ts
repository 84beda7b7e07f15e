import type { SessionRecords } from '../records/session-records';

/** Shown beside every anonymised export: free text is kept, and people write names into it. */
export const FREE_TEXT_WARNING =
  'Free text (cards, map entries, channels, actions, notes) is kept as it was typed and may still name people. Read it before sharing the file.';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A copy of a session with no delegate or facilitator named: each delegate becomes "Delegate N"
 * (in the session's order) with no email, role or institution; units named after a person become
 * "Delegate N"'s own map; facilitators become "Facilitator N"; cards lose their attribution; and a
 * field that holds nothing but a listed person's name or email (an action's owner) gets that label.
 * Free text is otherwise kept (see FREE_TEXT_WARNING).
 */
export function anonymiseRecords(records: SessionRecords): SessionRecords {
  const labels = new Map<string, string>();
  const delegates = records.delegates.map((d, i) => {
    const label = `Delegate ${i + 1}`;
    for (const key of [d.name, d.email]) if (key.trim()) labels.set(key.trim().toLowerCase(), label);
    return { ...d, name: label, email: '', role: '', institution: '' };
  });
  const facilitators = records.session.facilitators.map((f, i) => {
    const label = `Facilitator ${i + 1}`;
    labels.set(f.trim().toLowerCase(), label);
    return label;
  });
  const unitIndex = new Map(records.units.map((u, i) => [u.id, i]));
  const relabel = (text: string) => labels.get(text.trim().toLowerCase()) ?? text;
  // An own-map unit is named after its delegate: give it the delegate's number instead.
  const units = records.units.map((u) => {
    if (u.kind !== 'delegate') return u;
    const owner = records.delegates.findIndex((d) => d.unitId === u.id);
    return { ...u, name: owner >= 0 ? `Delegate ${owner + 1}` : `Unit ${(unitIndex.get(u.id) ?? 0) + 1}` };
  });
  // Whole-field names only: a name inside a sentence is free text, kept and warned about.
  const names = [...labels.keys()].filter((k) => k.length >= 2).map((k) => new RegExp(`^\\s*${escape(k)}\\s*$`, 'iu'));
  const whole = (text: string) => (names.some((re) => re.test(text)) ? relabel(text) : text);
  return {
    ...records,
    session: { ...records.session, facilitators },
    delegates,
    units,
    cards: records.cards.map((c) => ({ ...c, delegateId: null })),
    mapEntries: records.mapEntries.map((e) => ({ ...e, partner: whole(e.partner) })),
    actions: records.actions.map((a) => ({ ...a, owner: whole(a.owner), partner: whole(a.partner) })),
  };
}
