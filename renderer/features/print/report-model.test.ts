import { describe, it, expect } from 'vitest';
import { buildSessionFixture, type FixtureSpec } from '../../../shared/test-support/session-fixture';
import { agendaAsRun, buildSessionReport } from './report-model';
import { getBuiltInTemplate } from '../../../shared/templates';

const fixture = (spec: FixtureSpec) => buildSessionFixture(spec, getBuiltInTemplate('students-union-co-creation')!);

const spec: FixtureSpec = {
  title: 'Roadshow',
  campus: 'North',
  quizMode: 'tally',
  units: [
    {
      name: 'Table 1',
      delegates: [{ name: 'Ana Silva' }],
      entries: [
        { columnId: 'col-inst-governance', rowId: 'row-access', what: 'Governing body', strengthId: 'str-informed' },
        { columnId: 'col-inst-governance', rowId: 'row-access', what: 'APP working group', strengthId: 'str-co-created' },
      ],
      channels: [{ name: 'Student ambassadors', suggestionId: 'ch-student-ambassadors', unionSupport: 'Promote it', livedExperience: 'yes' }],
      actions: [
        { what: 'Invite officers', owner: 'Ana', stageId: 'row-success' },
        { what: 'Pay partners', owner: 'Ana', stageId: null },
      ],
      planComplete: true,
    },
    {
      name: 'Table 2',
      delegates: [{ name: 'Ben Okafor' }, { name: 'Chloé Martin' }],
      entries: [{ columnId: 'col-unofficial', rowId: 'row-progression', what: 'Coffee', strengthId: 'str-consulted' }],
      channels: [{ name: 'student ambassadors ', unionSupport: 'promote it' }, { name: 'Surveys' }],
      actions: [{ what: 'Map access work', owner: 'Ben', stageId: 'row-access' }],
      planComplete: false,
    },
    { name: 'Table 3', delegates: [] },
  ],
  quizTallies: [
    { statementId: 'su-q-governing-body', round: 'before', trueCount: 3, falseCount: 1, unsureCount: 0 },
    { statementId: 'su-q-governing-body', round: 'after', trueCount: 4, falseCount: 0, unsureCount: 0 },
  ],
  cards: [
    { phaseId: 'su-discussion-1', text: 'Officers change yearly', votes: 2, theme: 'Continuity' },
    { phaseId: 'su-discussion-1', text: 'Handover notes', votes: 5, theme: 'Continuity' },
    { phaseId: 'su-discussion-1', text: 'Pay students', votes: 9, theme: 'Recognition' },
    { phaseId: 'su-discussion-1', text: 'Loose idea', votes: 1 },
  ],
  run: { actualMinutes: { 'su-welcome': 4, 'su-quiz': 7.5 }, currentPhaseId: 'su-discussion-1' },
};

describe('buildSessionReport', () => {
  const bundle = fixture(spec);
  const report = buildSessionReport(bundle);

  it('counts delegates, units, entries, channels, actions, cards and complete plans', () => {
    expect(report.counts).toEqual({
      delegates: 3,
      units: 3,
      unitsWithEntries: 2,
      entries: 3,
      channels: 3,
      actions: 3,
      unitsWithActions: 2,
      cards: 4,
      plansComplete: 1,
    });
  });

  it('groups every action under the map row it is for, in the map’s row order, and the rest last', () => {
    expect(report.actionGroups.map((g) => [g.label, g.actions.map((a) => a.what)])).toEqual([
      ['Access', ['Map access work']],
      ['Success', ['Invite officers']],
      ['Progression', []],
      ['Lifecycle stage not given', ['Pay partners']],
    ]);
  });

  it('aggregates the room map with gaps', () => {
    const cell = report.roomMap?.map.cells[0]?.[0];
    expect(cell).toMatchObject({ rowId: 'row-access', columnId: 'col-inst-governance', count: 2, meanStrength: 2, isGap: false });
    expect(report.roomMap?.map.cells[1]?.[1]).toMatchObject({ count: 0, isGap: true });
  });

  it('ranks channels by units, grouping spellings and suggestions', () => {
    expect(report.channels?.ranked.map((c) => [c.name, c.unitCount, c.unionSupportIdeas])).toEqual([
      ['Student ambassadors', 2, ['Promote it']],
      ['Surveys', 1, []],
    ]);
  });

  it('puts themes with the most votes first and the unthemed cards last', () => {
    const discussion = report.discussions.find((d) => d.phase.id === 'su-discussion-1');
    expect(discussion?.groups.map((g) => [g.theme?.name ?? null, g.totalVotes, g.cards.map((c) => c.text)])).toEqual([
      ['Recognition', 9, ['Pay students']],
      ['Continuity', 7, ['Officers change yearly', 'Handover notes']],
      [null, 1, ['Loose idea']],
    ]);
    expect(report.discussions.find((d) => d.phase.id === 'su-discussion-2')?.groups).toEqual([]);
  });

  it('reports the quiz per statement, and before/after when it ran twice', () => {
    expect(report.quiz?.statements).toHaveLength(6);
    expect(report.quiz?.before.summaries[0]).toMatchObject({ statementId: 'su-q-governing-body', correctCount: 3, shareCorrect: 0.75 });
    expect(report.quiz?.after?.summaries[0]).toMatchObject({ correctCount: 4, shareCorrect: 1 });
    expect(report.quiz?.comparison?.[0]).toEqual({ statementId: 'su-q-governing-body', before: 0.75, after: 1, change: 0.25 });
    expect(report.quiz?.comparison?.[1]).toEqual({ statementId: 'su-q-opt-out', before: null, after: null, change: null });
  });

  it('has no after round when the quiz ran once', () => {
    const once = buildSessionReport(fixture({ ...spec, quizTallies: spec.quizTallies?.filter((t) => t.round === 'before') }));
    expect(once.quiz?.after).toBeNull();
    expect(once.quiz?.comparison).toBeNull();
  });

  it('uses per-delegate answers when the session records them', () => {
    const perDelegate = buildSessionReport(
      fixture({
        ...spec,
        quizMode: 'per-delegate',
        quizTallies: [],
        quizAnswers: [
          { delegate: 'Ana Silva', statementId: 'su-q-opt-out', round: 'before', answer: 'false' },
          { delegate: 'Ben Okafor', statementId: 'su-q-opt-out', round: 'before', answer: 'unsure' },
        ],
      }),
    );
    expect(perDelegate.quiz?.before.summaries[1]?.counts).toEqual({ trueCount: 0, falseCount: 1, unsureCount: 1, total: 2 });
    expect(perDelegate.quiz?.after).toBeNull();
  });
});

describe('agendaAsRun', () => {
  it('gives planned and actual time per phase; unreached phases have no actual time', () => {
    const bundle = fixture(spec);
    const agenda = agendaAsRun(bundle.session, bundle.runState, bundle.exportedAt);
    expect(agenda.rows.slice(0, 4).map((r) => [r.phase.id, r.plannedMs / 60_000, r.actualMs === null ? null : r.actualMs / 60_000])).toEqual([
      ['su-welcome', 3, 4],
      ['su-quiz', 8, 7.5],
      // The current phase counts from 0 when its timer is stopped.
      ['su-discussion-1', 10, 0],
      ['su-engagement-map', 10, null],
    ]);
    expect(agenda.plannedTotalMs).toBe(60 * 60_000);
    expect(agenda.actualTotalMs).toBe(11.5 * 60_000);
  });

  it('counts a running timer into the current phase', () => {
    const bundle = fixture(spec);
    const run = bundle.runState!;
    const running = { ...run, timer: { ...run.timer, phaseId: 'su-discussion-1', elapsedBeforeMs: 60_000, runningSince: 1_000_000 } };
    const agenda = agendaAsRun(bundle.session, running, 1_000_000 + 30_000);
    expect(agenda.rows[2]?.actualMs).toBe(90_000);
  });

  it('has no actual times before the run', () => {
    const bundle = fixture({ ...spec, run: undefined });
    const agenda = agendaAsRun(bundle.session, bundle.runState, bundle.exportedAt);
    expect(agenda.rows.every((r) => r.actualMs === null)).toBe(true);
    expect(agenda.actualTotalMs).toBe(0);
  });
});
