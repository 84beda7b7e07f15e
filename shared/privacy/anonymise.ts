import type { SessionRecords } from '../records/session-records';

/** Shown beside every anonymised export: free text is kept, and people write names into it. */
export const FREE_TEXT_WARNING =
  'Free text (cards, map entries, channels, actions, notes) is kept as it was typed and may still name people. Read it before sharing the file.';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A copy of a session with no delegate or facilitator named: each delegate becomes "Delegate N"
 * (in the session's order) with no email, role or institution; units named after a person become
 * "Delegate N"'s own map; facilitators become "Facilitator N"; cards lose their attribution; and a
 * listed person's name or email in any text becomes their label. Free text is otherwise kept, and
 * may still name people who are not listed (see FREE_TEXT_WARNING).
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
  // A listed person's name or email inside free text becomes their label too (longest first, so an
  // email is replaced before the name in it); other words are kept, and warned about.
  const keys = [...labels.keys()].filter((k) => k.length >= 2).sort((a, b) => b.length - a.length);
  const pattern = keys.length === 0 ? null : new RegExp(keys.map(escape).join('|'), 'giu');
  const replaceNames = (text: string) => (pattern ? text.replace(pattern, (m) => relabel(m)) : text);
  const texts = <T extends object>(record: T, fields: readonly (keyof T)[]): T =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fields.includes(k as keyof T) && typeof v === 'string' ? replaceNames(v) : v])) as T;
  return {
    ...records,
    session: { ...texts(records.session, ['title', 'venue', 'caseStudy']), facilitators },
    delegates,
    units,
    cards: records.cards.map((c) => texts({ ...c, delegateId: null }, ['text'])),
    themes: records.themes.map((t) => texts(t, ['name'])),
    mapEntries: records.mapEntries.map((e) => texts(e, ['what', 'partner', 'note'])),
    channels: records.channels.map((c) => texts(c, ['name', 'reaches', 'unionSupport', 'note'])),
    actions: records.actions.map((a) => texts(a, ['what', 'why', 'owner', 'partner', 'firstStep', 'success'])),
  };
}
