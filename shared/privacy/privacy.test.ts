import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates';
import { buildSessionFixture } from '../test-support/session-fixture';
import { NORTH } from '../test-support/roadshow-fixture';
import { anonymiseRecords } from './anonymise';
import { backupExpiryNote, eraseDelegate, ERASED_TEXT } from './erase';

const template = builtInTemplates.find((t) => t.id === 'students-union-co-creation')!;
const north = buildSessionFixture(NORTH, template);
const people = NORTH.units.flatMap((u) => u.delegates);
const ana = north.delegates.find((d) => d.name === 'Ana Silva')!;
// A card attributed to Ana, as the console records one.
const withAttribution = { ...north, cards: north.cards.map((c, i) => (i === 0 ? { ...c, delegateId: ana.id } : c)) };

describe('anonymised export', () => {
  it('holds none of the names, emails or roles in any whole field, numbers the delegates and removes card attributions', () => {
    const out = anonymiseRecords(withAttribution);
    expect(out.delegates.map((d) => [d.name, d.email, d.role, d.institution])).toEqual([
      ['Delegate 1', '', '', ''],
      ['Delegate 2', '', '', ''],
      ['Delegate 3', '', '', ''],
      ['Delegate 4', '', '', ''],
    ]);
    expect(out.session.facilitators).toEqual(['Facilitator 1']);
    expect(out.cards.every((c) => c.delegateId === null)).toBe(true);
    // Action owners that were a delegate's name get the delegate's number.
    expect(out.actions.map((a) => a.owner)).toEqual(['Delegate 1', 'Delegate 2', 'Delegate 4']);
    const text = JSON.stringify(out);
    for (const p of people) for (const word of [p.name, p.email, p.role].filter(Boolean)) expect(text).not.toContain(word);
    expect(text).not.toContain('Priya Shah');
    // Free text is kept, with a listed person's name replaced by their number.
    expect(out.cards.map((c) => c.text)).toContain('Ask Delegate 1 about the bursary panel');
  });
});

describe('erasing a delegate', () => {
  it('removes the delegate, their answers, their card attributions and their name in text, says exactly where, and nothing else', () => {
    const { records, deleted, removed } = eraseDelegate(withAttribution, ana.id, 9_000_000);
    expect(records.delegates.map((d) => d.name)).toEqual(['Ben Okafor', 'Chloé Martin', 'Dev Patel']);
    expect(deleted.delegates).toEqual([ana.id]);
    expect(deleted.quizAnswers).toHaveLength(3);
    expect(records.quizAnswers).toHaveLength(north.quizAnswers.length - 3);
    expect(records.quizAnswers.some((a) => a.delegateId === ana.id)).toBe(false);
    expect(records.cards[0]).toEqual({ ...withAttribution.cards[0], delegateId: null, updatedAt: 9_000_000 });
    expect(records.cards[2]?.text).toBe(`Ask ${ERASED_TEXT} about the bursary panel`);
    expect(records.actions[0]?.owner).toBe(ERASED_TEXT);
    expect(JSON.stringify(records)).not.toMatch(/Ana Silva|ana\.silva@/i);
    // Nothing else changed: the other records are the same objects.
    expect(records.actions.slice(1)).toEqual(north.actions.slice(1));
    expect(records.mapEntries).toEqual(north.mapEntries);
    expect(records.channels).toEqual(north.channels);
    expect(records.tombstones.map((t) => [t.kind, t.id])).toEqual([['delegates', ana.id], ...deleted.quizAnswers.map((id) => ['quizAnswers', id])]);
    // The session counts as changed, so the next backup is written without her.
    expect(records.session.updatedAt).toBe(north.session.updatedAt + 1);
    expect({ ...records.session, updatedAt: 0 }).toEqual({ ...north.session, updatedAt: 0 });
    expect(removed).toEqual([
      'The delegate record of Ana Silva (ana.silva@north.example.ac.uk).',
      '3 quiz answers they gave.',
      'Their name on 1 discussion card (the cards are kept without a name).',
      'Their name or email in 2 text fields of this session, replaced by "[erased]":',
      'Discussion card "Ask [erased] about the bursary panel": text.',
      'Action "Invite the SU to the access committee" (Group A): owner.',
    ]);
  });

  it('finds the name in any case as whole words, and the email anywhere, in every text of the session (its agenda copy too)', () => {
    const phases = north.session.template.phases.map((p, i) => (i === 0 ? { ...p, facilitatorNotes: 'Thank ANA  silva for hosting.' } : p));
    const session = { ...north.session, caseStudy: 'Written with ana silva; ask Anastasia, not Banana Silva.', facilitators: ['Priya Shah', 'Ana Silva'], template: { ...north.session.template, phases } };
    const entries = north.mapEntries.map((e, i) => (i === 1 ? { ...e, note: 'Mail ANA.SILVA@north.example.ac.uk first', partner: 'Ana Silvas' } : e));
    const channels = north.channels.map((c, i) => (i === 0 ? { ...c, unionSupport: 'Contact: ana.silva@north.example.ac.uk.' } : c));
    const input = { ...north, session, mapEntries: entries, channels };
    const { records, removed } = eraseDelegate(input, ana.id, 9_000_000);
    expect(records.session.caseStudy).toBe(`Written with ${ERASED_TEXT}; ask Anastasia, not Banana Silva.`);
    expect(records.session.facilitators).toEqual(['Priya Shah', ERASED_TEXT]);
    expect(records.session.template.phases[0]?.facilitatorNotes).toBe(`Thank ${ERASED_TEXT} for hosting.`);
    expect(records.session.template.phases.slice(1)).toEqual(north.session.template.phases.slice(1));
    expect(records.mapEntries[1]?.note).toBe(`Mail ${ERASED_TEXT} first`);
    // "Ana Silvas" is another word: kept.
    expect(records.mapEntries[1]?.partner).toBe('Ana Silvas');
    expect(records.channels[0]?.unionSupport).toBe(`Contact: ${ERASED_TEXT}.`);
    expect(records.mapEntries[0]).toBe(input.mapEntries[0]);
    expect(JSON.stringify(records)).not.toMatch(/(?<!\p{L})ana\s+silva(?!\p{L})|ana\.silva@/iu);
    expect(removed).toContain('The session: facilitators, case study, agenda (prompts, notes or quiz).');
    expect(removed).toContain('Map entry "Outreach working group" (Group A): note.');
    expect(removed).toContain('Channel "Course representatives" (Group A): union support.');
    expect(removed[3]).toBe('Their name or email in 7 text fields of this session, replaced by "[erased]":');
  });

  it("leaves another delegate's email address alone, even when it is the same mailbox", () => {
    const shared = { ...north, delegates: north.delegates.map((d) => (d.name === 'Ben Okafor' ? { ...d, email: ana.email } : d)) };
    const { records } = eraseDelegate(shared, ana.id, 9_000_000);
    expect(records.delegates.find((d) => d.name === 'Ben Okafor')?.email).toBe(ana.email);
  });

  it('says when nothing was in any text', () => {
    const ben = north.delegates.find((d) => d.name === 'Ben Okafor')!;
    const { removed } = eraseDelegate(north, ben.id, 9_000_000);
    expect(removed.slice(3)).toEqual(['Their name or email in 1 text field of this session, replaced by "[erased]":', 'Action "Publish the outreach calendar" (Group A): owner.']);
    const chloe = north.delegates.find((d) => d.name === 'Chloé Martin')!;
    expect(eraseDelegate(north, chloe.id, 9_000_000).removed.slice(3)).toEqual(['Their name or email in 0 text fields of this session, replaced by "[erased]".']);
  });

  it('says when older backups expire by rotation', () => {
    expect(backupExpiryNote()).toContain('the 10 newest older backups of each session and one a day for the 30 most recent days with backups');
  });
});
