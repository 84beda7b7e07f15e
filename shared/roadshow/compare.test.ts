import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates';
import { buildSessionFixture } from '../test-support/session-fixture';
import { ROADSHOW_CAMPUSES } from '../test-support/roadshow-fixture';
import { compareRoadshow } from './compare';

const template = builtInTemplates.find((t) => t.id === 'students-union-co-creation')!;
const [north, south, east] = ROADSHOW_CAMPUSES.map((spec) => buildSessionFixture(spec, template));
const campuses = [north!, south!, east!];
const result = compareRoadshow(campuses, Date.UTC(2027, 0, 1));
const N = { sessionId: north!.session.id, campus: 'North campus' };
const S = { sessionId: south!.session.id, campus: 'South campus' };
const E = { sessionId: east!.session.id, campus: 'East campus' };

describe('roadshow comparison', () => {
  it('counts delegates and units per campus', () => {
    expect(result.people).toEqual([
      { ...N, value: { delegates: 4, units: 2 } },
      { ...S, value: { delegates: 2, units: 2 } },
      { ...E, value: { delegates: 1, units: 1 } },
    ]);
  });

  it('gives actual phase times per campus, and no data where a campus did not run a phase or has no run', () => {
    const byId = new Map(result.phases.map((p) => [p.phaseId, p.campuses.map((c) => c.value)]));
    expect(result.phases.map((p) => p.phaseId)).toEqual(template.phases.map((p) => p.id));
    expect(byId.get('su-welcome')).toEqual([4 * 60_000, 3 * 60_000, null]);
    expect(byId.get('su-quiz')).toEqual([10 * 60_000, 8 * 60_000, null]);
    expect(byId.get('su-discussion-1')).toEqual([12 * 60_000, null, null]);
    expect(byId.get('su-engagement-map')).toEqual([11 * 60_000, 10 * 60_000, null]);
    expect(byId.get('su-action-plan')).toEqual([null, null, null]);
    expect(result.phases[0]?.campuses.map((c) => c.sessionId)).toEqual([N.sessionId, S.sessionId, E.sessionId]);
  });

  it('gives share correct per statement per campus, before and after, from answers and tallies alike', () => {
    const row = (id: string) => result.quiz.statements.find((s) => s.statementId === id)!;
    const governing = row('su-q-governing-body');
    expect(governing.campuses).toEqual([
      { ...N, before: 0.5, after: 1, change: 0.5, beforeAnswers: 4, afterAnswers: 4 },
      { ...S, before: 0.6, after: null, change: null, beforeAnswers: 10, afterAnswers: 0 },
      { ...E, before: null, after: null, change: null, beforeAnswers: 0, afterAnswers: 0 },
    ]);
    expect(governing.combinedBefore).toBe(8 / 14);
    expect(governing.combinedAfter).toBe(1);
    expect(governing.spread).toBeCloseTo(0.1, 12);
    const optOut = row('su-q-opt-out');
    expect(optOut.campuses.map((c) => c.before)).toEqual([0.75, 0.9, null]);
    expect(optOut.combinedBefore).toBe(12 / 14);
    expect(optOut.spread).toBeCloseTo(0.15, 12);
    // Only one campus answered: no spread to speak of.
    const charity = row('su-q-charity');
    expect(charity.campuses.map((c) => c.before)).toEqual([null, 0.3, null]);
    expect(charity.spread).toBeNull();
    // Statements nobody answered are no data everywhere, never 0%.
    expect(row('su-q-what-works').campuses.map((c) => c.before)).toEqual([null, null, null]);
    expect(row('su-q-what-works').combinedBefore).toBeNull();
    expect(result.quiz.differMost).toEqual(['su-q-opt-out', 'su-q-governing-body']);
  });

  it('puts every campus map on one scale, with the combined map, shared gaps and the cells where one campus differs', () => {
    const map = result.map!;
    expect(map.topLevel).toBe(3);
    expect(map.campuses.map((c) => c.value?.totalEntries)).toEqual([4, 2, 1]);
    expect(map.combined.totalEntries).toBe(7);
    const access = map.combined.cells[0]![0]!;
    expect([access.columnId, access.rowId, access.count, access.unitCount, access.meanStrength, access.isGap]).toEqual([
      'col-inst-governance',
      'row-access',
      2,
      2,
      2.5,
      false,
    ]);
    expect(map.sharedGaps.map((g) => [g.columnId, g.rowId, g.campuses.map((c) => c.campus), g.ofCampuses])).toEqual([
      ['col-unofficial', 'row-access', ['North campus', 'South campus', 'East campus'], 3],
      ['col-inst-governance', 'row-success', ['North campus', 'South campus', 'East campus'], 3],
      ['col-su-governance', 'row-success', ['North campus', 'South campus', 'East campus'], 3],
      ['col-unofficial', 'row-success', ['North campus', 'South campus', 'East campus'], 3],
      ['col-inst-governance', 'row-progression', ['North campus', 'South campus', 'East campus'], 3],
      ['col-su-governance', 'row-progression', ['North campus', 'South campus', 'East campus'], 3],
      ['col-unofficial', 'row-progression', ['South campus', 'East campus'], 3],
    ]);
    expect(map.oddCells).toEqual([
      { columnId: 'col-inst-governance', rowId: 'row-access', campus: E, isGap: true },
      { columnId: 'col-su-governance', rowId: 'row-access', campus: S, isGap: true },
      { columnId: 'col-unofficial', rowId: 'row-progression', campus: N, isGap: false },
    ]);
  });

  it('says no data for a campus without a map, and leaves it out of shared gaps', () => {
    const withoutEastMap = compareRoadshow([north!, south!, { ...east!, mapEntries: [] }], 0).map!;
    expect(withoutEastMap.campuses[2]).toEqual({ ...E, value: null });
    expect(withoutEastMap.sharedGaps.every((g) => g.ofCampuses === 2 && g.campuses.every((c) => c.campus !== 'East campus'))).toBe(true);
    expect(withoutEastMap.oddCells).toEqual([]);
  });

  it('ranks channels across campuses, counting one channel together by suggestion or normalised name', () => {
    expect(result.channels.channels.map((c) => [c.name, c.unitCount, c.campuses.map((x) => [x.campus, x.unitCount])])).toEqual([
      ['Instagram', 4, [['North campus', 2], ['South campus', 1], ['East campus', 1]]],
      ['Course representatives', 2, [['North campus', 1], ['South campus', 1]]],
      ['Societies', 1, [['South campus', 1]]],
    ]);
    expect(result.channels.campuses.map((c) => c.value)).toEqual([3, 3, 1]);
  });

  it('counts actions by stage, priority and lived experience; no data for a campus without actions', () => {
    expect(result.actions.stages.map((s) => s.id)).toEqual(['row-access', 'row-success', 'row-progression']);
    expect(result.actions.priorities.map((p) => p.id)).toEqual(['pri-high', 'pri-medium', 'pri-low']);
    expect(result.actions.campuses.map((c) => c.value)).toEqual([
      { total: 3, byStage: { 'row-access': 1, '': 1, 'row-success': 1 }, byPriority: { 'pri-high': 2, 'pri-low': 1 }, byLivedExperience: { yes: 2, no: 1, unsure: 0 } },
      null,
      { total: 1, byStage: { 'row-progression': 1 }, byPriority: { 'pri-medium': 1 }, byLivedExperience: { yes: 0, no: 0, unsure: 1 } },
    ]);
    expect(result.actions.combined).toEqual({
      total: 4,
      byStage: { 'row-access': 1, '': 1, 'row-success': 1, 'row-progression': 1 },
      byPriority: { 'pri-high': 2, 'pri-low': 1, 'pri-medium': 1 },
      byLivedExperience: { yes: 2, no: 1, unsure: 1 },
    });
  });

  it('lists discussion themes per campus by votes; no data for a campus without cards', () => {
    expect(result.themes.map((t) => t.value)).toEqual([
      { themes: [{ name: 'Voting', cardCount: 1, votes: 5 }, { name: 'Representation', cardCount: 1, votes: 3 }], cardsWithoutTheme: 1 },
      null,
      { themes: [{ name: 'Representation', cardCount: 1, votes: 2 }], cardsWithoutTheme: 0 },
    ]);
  });
});
