import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonText } from '../archive';
import v1Text from '../archive/fixtures/v1/spring-roadshow.cocreate?raw';
import { checkArchiveIntegrity } from '../archive/integrity';
import { joinRecords, mergeSessions } from './merge';
import type { SessionRecords } from './session-records';

const base = (): SessionRecords => {
  const read = readJsonText(v1Text);
  if (!read.ok) throw new Error(read.message);
  const { exportedAt: _e, ...records } = read.archive;
  return records;
};
const BASE = base();
const T0 = BASE.session.updatedAt;

/** One laptop's copy: the shared starting point plus its own tables, entries, edits and deletions. */
const laptopCopy = fc
  .record({
    units: fc.array(fc.record({ id: fc.uuid({ version: 4 }), name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0), entries: fc.nat({ max: 2 }) }), { maxLength: 200 }),
    edits: fc.array(fc.record({ index: fc.nat(), name: fc.constantFrom('Ana S.', 'Ana Silva-Okafor', 'A. Silva'), at: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 4 }),
    deletions: fc.array(fc.record({ index: fc.nat(), at: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 3 }),
    entryIds: fc.array(fc.uuid({ version: 4 }), { minLength: 2, maxLength: 2 }),
  })
  .map(({ units, edits, deletions, entryIds }): SessionRecords => {
    const copy = structuredClone(BASE);
    const seen = new Set<string>();
    for (const u of units) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      copy.units.push({ id: u.id, sessionId: copy.session.id, kind: 'table', name: u.name, order: copy.units.length, createdAt: T0 + 1, updatedAt: T0 + 1 });
      for (let i = 0; i < u.entries; i++) {
        copy.mapEntries.push({ ...BASE.mapEntries[0]!, id: `${u.id.slice(0, 24)}${entryIds[i]!.slice(24)}`, unitId: u.id, what: `${u.name} ${i}`, createdAt: T0 + 1, updatedAt: T0 + 1 });
      }
    }
    for (const e of edits) {
      const d = copy.delegates[e.index % copy.delegates.length]!;
      Object.assign(d, { name: e.name, updatedAt: T0 + e.at });
    }
    for (const del of deletions) {
      const card = copy.cards[del.index % copy.cards.length];
      if (!card) continue;
      copy.cards = copy.cards.filter((c) => c.id !== card.id);
      copy.actions = copy.actions.map((a) => (a.link?.kind === 'card' && a.link.cardId === card.id ? { ...a, link: null } : a));
      copy.tombstones.push({ id: card.id, sessionId: copy.session.id, kind: 'cards', deletedAt: T0 + del.at });
    }
    return copy;
  });

const runs = { numRuns: 25 };

describe('merging copies of one session', () => {
  it('join is idempotent, commutative and associative (up to 200 units per copy)', () => {
    fc.assert(
      fc.property(laptopCopy, laptopCopy, laptopCopy, (a, b, c) => {
        const ab = joinRecords(a, b);
        expect(joinRecords(ab, ab)).toEqual(ab);
        expect(joinRecords(ab, b)).toEqual(ab);
        expect(joinRecords(a, b)).toEqual(joinRecords(b, a));
        expect(joinRecords(joinRecords(a, b), c)).toEqual(joinRecords(a, joinRecords(b, c)));
      }),
      runs,
    );
  });

  it('merge changes nothing the second time, does not depend on order, and leaves a session that passes every check', () => {
    fc.assert(
      fc.property(laptopCopy, laptopCopy, (a, b) => {
        const { merged, report } = mergeSessions(a, b);
        expect(mergeSessions(merged, b).merged).toEqual(merged);
        expect(mergeSessions(merged, b).report).toMatchObject({ added: {}, updated: {}, removed: {} });
        expect(mergeSessions(b, a).merged).toEqual(merged);
        expect(checkArchiveIntegrity(merged)).toEqual([]);
        expect(report.added.units ?? 0).toBe(merged.units.length - a.units.length);
      }),
      runs,
    );
  });

  it('a deletion wins over an older edit, and a newer edit wins over a deletion', () => {
    const card = BASE.cards[0]!;
    const deleted: SessionRecords = { ...BASE, cards: BASE.cards.filter((c) => c.id !== card.id), tombstones: [{ id: card.id, sessionId: BASE.session.id, kind: 'cards', deletedAt: T0 + 100 }] };
    const olderEdit: SessionRecords = { ...BASE, cards: BASE.cards.map((c) => (c.id === card.id ? { ...c, text: 'Edited', updatedAt: T0 + 50 } : c)) };
    const newerEdit: SessionRecords = { ...BASE, cards: BASE.cards.map((c) => (c.id === card.id ? { ...c, text: 'Edited later', updatedAt: T0 + 200 } : c)) };
    expect(mergeSessions(olderEdit, deleted).merged.cards.some((c) => c.id === card.id)).toBe(false);
    expect(mergeSessions(olderEdit, deleted).report.removed).toEqual({ cards: 1 });
    expect(mergeSessions(newerEdit, deleted).merged.cards.find((c) => c.id === card.id)?.text).toBe('Edited later');
  });

  it('reports added records and conflicts in plain words', () => {
    const mine: SessionRecords = { ...BASE, delegates: BASE.delegates.map((d, i) => (i === 0 ? { ...d, name: 'Ana (here)', updatedAt: T0 + 10 } : d)) };
    const theirs: SessionRecords = {
      ...BASE,
      delegates: BASE.delegates.map((d, i) => (i === 0 ? { ...d, name: 'Ana (there)', updatedAt: T0 + 20 } : d)),
      units: [...BASE.units, { ...BASE.units[0]!, id: '0000bbbb-0000-4000-8000-000000000001', name: 'Table 9', order: 9 }],
    };
    const { merged, report } = mergeSessions(mine, theirs);
    expect(merged.delegates[0]?.name).toBe('Ana (there)');
    expect(report.added).toEqual({ units: 1 });
    expect(report.updated).toEqual({ delegates: 1 });
    expect(report.conflicts).toEqual(['A delegate differed between the two copies; the later change (the one in the file) was kept.']);
  });
});
