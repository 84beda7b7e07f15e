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
  it('removes the delegate, their answers, their card attributions and their name in text, and nothing else', () => {
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
    expect(removed).toEqual([
      'The delegate record of Ana Silva (ana.silva@north.example.ac.uk).',
      '3 quiz answers they gave.',
      'Their name on 1 discussion card (the cards are kept without a name).',
      'Their name or email in 2 text fields of this session, replaced by "[erased]".',
    ]);
  });

  it('says when older backups expire by rotation', () => {
    expect(backupExpiryNote()).toContain('the 10 newest backups and one a day for the 30 most recent days with backups');
  });
});
