import 'fake-indexeddb/auto';
// eslint-disable-next-line no-restricted-imports -- a test reads the stored fixture files from disk
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArchiveFile, writeArchive, type Archive } from '../../shared/archive';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../shared/archive/fixtures/${path}`, import.meta.url)));
const open = (path: string): Archive => {
  const read = readArchiveFile(fixture(path));
  if (!read.ok) throw new Error(read.message);
  return read.archive;
};

/** What the stored files must always open as (the session written on 2026-11-29; see fixtures/README.md). */
function expectSpringRoadshow(a: Archive) {
  expect(a.session).toMatchObject({ id: '000001f1-0000-4000-8000-000000000001', title: 'Spring Roadshow', campus: 'North Campus', date: '2026-11-23', facilitators: ['Rosa Díaz'], unitMode: 'tables', quizMode: 'per-delegate', status: 'finished' });
  expect(a.exportedAt).toBe(Date.UTC(2026, 10, 23, 12, 0));
  expect(a.units.map((u) => [u.name, u.kind, u.updatedAt === u.createdAt])).toEqual([['Table 1', 'table', true], ['Table 2', 'table', true]]);
  expect(a.delegates.map((d) => [d.name, d.unitId === null ? null : a.units.findIndex((u) => u.id === d.unitId)])).toEqual([['Ana Silva', 0], ['Ben Okafor', 0], ['Chloé Martin', 1]]);
  expect(a.quizAnswers.map((q) => [q.statementId, q.round, q.answer])).toEqual([['su-q-governing-body', 'before', 'true'], ['su-q-governing-body', 'before', 'unsure'], ['su-q-opt-out', 'after', 'false']]);
  expect(a.quizTallies).toMatchObject([{ statementId: 'su-q-opt-out', trueCount: 5, falseCount: 2, unsureCount: 1 }]);
  expect(a.themes.map((t) => t.name).sort()).toEqual(['Continuity', 'Recognition']);
  expect(a.cards.map((c) => c.text).sort()).toEqual(['Card typed in the console by hand', 'Officers change every year', 'Pay students for their time', 'Progression is the weakest row']);
  expect(a.mapEntries.map((e) => e.note)).toContain('Raised in «spring» – see minutes');
  expect(a.actions.map((x) => x.link?.kind ?? null)).toEqual(['gap', 'channel', null, 'card']);
  expect(a.actions[1]!.link).toEqual({ kind: 'channel', channelId: a.channels[0]!.id });
  expect(a.actions[3]!.link).toEqual({ kind: 'card', cardId: a.cards.find((c) => c.actionCandidate)!.id });
  expect(a.plans).toMatchObject([{ unitId: a.units[0]!.id, complete: true }]);
  expect(a.runState?.completedPhaseIds.length).toBeGreaterThan(0);
  // Defaults that formats 1 and 2 leave optional are filled in by migrate().
  const discussion = a.session.template.phases.find((p) => p.kind === 'discussion');
  expect(discussion && 'topics' in discussion && Array.isArray(discussion.topics)).toBe(true);
  expect(Array.isArray(a.session.template.readingList)).toBe(true);
}

describe('stored archive fixtures (these files never change)', () => {
  it('opens the format-1 file written by the app before format 2, migrated forward', () => {
    const a = open('v1/spring-roadshow.cocreate');
    expectSpringRoadshow(a);
    expect(a.delegates.every((d) => d.updatedAt === d.createdAt)).toBe(true);
    expect(a.tombstones).toEqual([]);
  });

  it('opens the format-2 file, with its edit times and deletion notes', () => {
    const a = open('v2/spring-roadshow.cocreate');
    expectSpringRoadshow(a);
    expect(a.delegates[0]!.updatedAt).toBe(a.delegates[0]!.createdAt + 60_000);
    expect(a.tombstones).toEqual([{ id: '000001f1-0000-4000-8000-0000000000ff', sessionId: a.session.id, kind: 'cards', deletedAt: a.exportedAt - 1000 }]);
  });

  it('reads back exactly what it writes', () => {
    const a = open('v2/spring-roadshow.cocreate');
    const again = readArchiveFile(writeArchive(a, { appVersion: 'test', level: 0 }));
    expect(again).toEqual({ ok: true, archive: a, formatVersion: 2 });
  });
});
