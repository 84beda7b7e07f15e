import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generateSession } from '../../shared/test-support/generate-session';
import { buildSessionFixture } from '../../shared/test-support/session-fixture';
import { builtInTemplates } from '../../shared/templates';
import { importArchive } from './archive-repo';
import type { CoCreateDb } from './db';
import { loadDelegateBundle, loadSessionBundle } from './output-repo';
import { freshDbEachTest } from './test-support/fresh-db';
import { buildDelegateDoc, type DelegateDoc } from '../features/print/delegate-model';

let db: CoCreateDb;
freshDbEachTest('delegate-bundle', (fresh) => {
  db = fresh;
});

const template = builtInTemplates.find((t) => t.id === 'students-union') ?? builtInTemplates[0]!;

/** The document with its map's cells read out (the map view answers through a function). */
function comparable(doc: DelegateDoc | null) {
  if (!doc?.map) return doc;
  const { phase, map, entriesIn } = doc.map;
  const cells = phase.columns.flatMap((c) => phase.rows.map((r) => entriesIn(c.id, r.id)));
  return { ...doc, map: { phase, map, cells } };
}

describe("one delegate's part of the session", () => {
  it('prints the same document as the whole session, for every delegate, while reading a fraction of it', async () => {
    for (const [i, unitMode] of (['tables', 'individual'] as const).entries()) {
      const archive = buildSessionFixture({ ...generateSession({ units: 6, delegatesPerUnit: unitMode === 'tables' ? 2 : 1, seed: 3 + i, currentPhaseId: 'su-action-plan', cards: 5 }), unitMode }, template);
      await importArchive(db, archive, 'new');
      const whole = (await loadSessionBundle(db, archive.session.id, 7))!;
      for (const delegate of archive.delegates) {
        const part = (await loadDelegateBundle(db, archive.session.id, delegate.id, 7))!;
        expect(comparable(buildDelegateDoc(part, delegate.id))).toEqual(comparable(buildDelegateDoc(whole, delegate.id)));
        expect(part.mapEntries.length).toBeLessThan(whole.mapEntries.length);
      }
    }
  });

  it('says the session is missing, and finds no document for a delegate of another session', async () => {
    expect(await loadDelegateBundle(db, 'no-such-session', 'no-one')).toBeNull();
    const archive = buildSessionFixture(generateSession({ units: 2, seed: 9 }), template);
    await importArchive(db, archive, 'new');
    const part = (await loadDelegateBundle(db, archive.session.id, 'someone-else'))!;
    expect(buildDelegateDoc(part, 'someone-else')).toBeNull();
  });
});
