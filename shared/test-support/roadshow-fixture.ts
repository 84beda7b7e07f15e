/**
 * Three campuses of one roadshow (the students' union template) with known answers, map entries,
 * channels, actions and cards, and missing sections: South has no actions or cards, East no quiz
 * answers and no run. The comparison's unit tests and the roadshow end-to-end test both use them.
 * Test support only: nothing in the app imports this module.
 */
import type { ArchiveBundle } from '../archive';
import type { Template } from '../template/schema';
import { buildSessionFixture, type FixtureQuizAnswer, type FixtureSpec } from './session-fixture';

/** One statement's answers in one round, by delegate name in the order written. */
function answersTo(statementId: string, round: FixtureQuizAnswer['round'], byDelegate: Record<string, FixtureQuizAnswer['answer']>): FixtureQuizAnswer[] {
  return Object.entries(byDelegate).map(([delegate, answer]) => ({ delegate, statementId, round, answer }));
}

const D1 = 'su-discussion-1';

export const NORTH: FixtureSpec = {
  seed: 0x101,
  title: 'Union roadshow',
  campus: 'North campus',
  date: '2026-11-02',
  facilitators: ['Priya Shah'],
  unitMode: 'groups',
  quizMode: 'per-delegate',
  units: [
    {
      name: 'Group A',
      kind: 'group',
      delegates: [
        { name: 'Ana Silva', email: 'ana.silva@north.example.ac.uk', role: 'Widening participation officer' },
        { name: 'Ben Okafor', email: 'ben.okafor@north.example.ac.uk', role: 'SU vice-president' },
      ],
      entries: [
        { columnId: 'col-inst-governance', rowId: 'row-access', what: 'Access committee seat', strengthId: 'str-co-created', note: 'Private: ring the chair before 5pm' },
        { columnId: 'col-su-governance', rowId: 'row-access', what: 'Outreach working group', strengthId: 'str-consulted' },
        { columnId: 'col-unofficial', rowId: 'row-progression', what: 'Alumni mentoring', strengthId: 'str-consulted' },
      ],
      channels: [{ name: 'Course representatives', suggestionId: 'ch-course-reps' }, { name: 'Instagram' }],
      actions: [
        { what: 'Invite the SU to the access committee', owner: 'Ana Silva', stageId: 'row-access', priorityId: 'pri-high', livedExperience: 'yes' },
        { what: 'Publish the outreach calendar', owner: 'Ben Okafor', stageId: null, priorityId: 'pri-low', livedExperience: 'no' },
      ],
    },
    {
      name: 'Group B',
      kind: 'group',
      delegates: [
        { name: 'Chloé Martin', email: 'chloe.martin@north.example.ac.uk' },
        { name: 'Dev Patel', email: 'dev.patel@north.example.ac.uk' },
      ],
      entries: [{ columnId: 'col-inst-governance', rowId: 'row-success', what: 'Student success survey', strengthId: 'str-informed' }],
      channels: [{ name: 'instagram ' }],
      actions: [{ what: 'Co-design the success survey', owner: 'Dev Patel', stageId: 'row-success', priorityId: 'pri-high', livedExperience: 'yes' }],
    },
  ],
  quizAnswers: [
    ...answersTo('su-q-governing-body', 'before', { 'Ana Silva': 'true', 'Ben Okafor': 'true', 'Chloé Martin': 'false', 'Dev Patel': 'unsure' }),
    ...answersTo('su-q-opt-out', 'before', { 'Ana Silva': 'false', 'Ben Okafor': 'false', 'Chloé Martin': 'false', 'Dev Patel': 'true' }),
    ...answersTo('su-q-governing-body', 'after', { 'Ana Silva': 'true', 'Ben Okafor': 'true', 'Chloé Martin': 'true', 'Dev Patel': 'true' }),
  ],
  cards: [
    { phaseId: D1, text: 'Nobody knows who the reps are', theme: 'Representation', votes: 3 },
    { phaseId: D1, text: 'Turnout in SU ballots is low', theme: 'Voting', votes: 5 },
    { phaseId: D1, text: 'Ask Ana Silva about the bursary panel' },
  ],
  run: { actualMinutes: { 'su-welcome': 4, 'su-quiz': 10, 'su-discussion-1': 12, 'su-engagement-map': 11 } },
};

/** South and East ran the roadshow at tables with the quiz by show of hands. */
const AT_TABLES_BY_HANDS = { title: 'Union roadshow', unitMode: 'tables', quizMode: 'tally' } as const satisfies Partial<FixtureSpec>;

export const SOUTH: FixtureSpec = {
  ...AT_TABLES_BY_HANDS,
  seed: 0x102,
  campus: 'South campus',
  date: '2026-11-09',
  facilitators: ['Priya Shah', 'Tom Reed'],
  units: [
    {
      name: 'Table 1',
      delegates: [{ name: 'Eve Jones', email: 'eve.jones@south.example.ac.uk' }],
      entries: [{ columnId: 'col-inst-governance', rowId: 'row-access', what: 'Access board', strengthId: 'str-consulted' }],
      channels: [{ name: 'Course reps', suggestionId: 'ch-course-reps' }, { name: 'Instagram' }],
    },
    {
      name: 'Table 2',
      delegates: [{ name: 'Femi Ade', email: 'femi.ade@south.example.ac.uk' }],
      entries: [{ columnId: 'col-su-governance', rowId: 'row-access', what: 'SU council', strengthId: 'str-none' }],
      channels: [{ name: 'Societies', suggestionId: 'ch-societies' }],
    },
  ],
  quizTallies: [
    { statementId: 'su-q-governing-body', round: 'before', trueCount: 6, falseCount: 2, unsureCount: 2 },
    { statementId: 'su-q-opt-out', round: 'before', trueCount: 1, falseCount: 9, unsureCount: 0 },
    { statementId: 'su-q-charity', round: 'before', trueCount: 3, falseCount: 3, unsureCount: 4 },
  ],
  run: { actualMinutes: { 'su-welcome': 3, 'su-quiz': 8, 'su-engagement-map': 10 } },
};

export const EAST: FixtureSpec = {
  ...AT_TABLES_BY_HANDS,
  seed: 0x103,
  campus: 'East campus',
  date: '2026-11-16',
  units: [
    {
      name: 'Table 1',
      delegates: [{ name: 'Gus Hale', email: 'gus.hale@east.example.ac.uk' }],
      entries: [{ columnId: 'col-su-governance', rowId: 'row-access', what: 'Liberation officers', strengthId: 'str-co-created' }],
      channels: [{ name: 'Instagram' }],
      actions: [{ what: 'Mentoring for final-year students', owner: 'Gus Hale', stageId: 'row-progression', priorityId: 'pri-medium', livedExperience: 'unsure' }],
    },
  ],
  cards: [{ phaseId: D1, text: 'Reps are not trained', theme: 'Representation', votes: 2 }],
};

export const ROADSHOW_CAMPUSES: readonly FixtureSpec[] = [NORTH, SOUTH, EAST];

/** The roadshow the three campuses form in the stored format-3 fixture (fixtures/v3/autumn-roadshow.cocreate). */
export const AUTUMN_ROADSHOW = { id: '0000a075-0000-4000-8000-000000000001', name: 'Autumn union roadshow' } as const;

/** The three campuses grouped as AUTUMN_ROADSHOW, each with its membership, as a format-3 file holds them. */
export function buildRoadshowBundle(template: Template, joinedAt = Date.UTC(2026, 10, 20, 9)): ArchiveBundle {
  const sessions = ROADSHOW_CAMPUSES.map((spec, i) => {
    const { exportedAt: _exportedAt, ...records } = buildSessionFixture(spec, template);
    const member = { sessionId: records.session.id, roadshowId: AUTUMN_ROADSHOW.id, roadshowName: AUTUMN_ROADSHOW.name, templateId: template.id, joinedAt: joinedAt + i, updatedAt: joinedAt };
    return { ...records, roadshowMembers: [member] };
  });
  return {
    exportedAt: joinedAt + 3_600_000,
    sessions,
    roadshow: { ...AUTUMN_ROADSHOW, templateId: template.id, sessionIds: sessions.map((s) => s.session.id) },
  };
}
