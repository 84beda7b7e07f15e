import { describe, expect, it } from 'vitest';
import { delegateSchema, sessionSchema, unitSchema, type Delegate, type Session, type Unit } from '../session/schema';
import type { TemplateInput } from '../template/schema';
import { builtInTemplates } from '../templates';
import { channelSchema, mapEntrySchema, type Channel, type MapEntry } from '../work/schema';
import { projectorSnapshot, projectorSnapshotSchema, roomViewsShown, type ProjectorInput } from './projector-view';
import { goToPhase, revealAnswer, setQuizRound, setQuizStatement, startRun, startRunTimer, toggleBlank } from './run-state';
import { cardSchema, quizAnswerSchema, quizTallySchema, themeSchema, type Card, type QuizAnswer, type QuizTally, type Theme } from './schema';
import { idLabels, strengthLevels } from '../test-support/option-lists';
import { NORTHTOWN_SETUP, SESSION_ID, T0, TEST_TEMPLATE_HEADER, uuid } from '../test-support/run-fixtures';

const SECRET = 'SECRET-NOTE';

const templateInput: TemplateInput = {
  ...TEST_TEMPLATE_HEADER,
  durationMinutes: 60,
  phases: [
    { id: 'intro', kind: 'intro', title: 'Welcome', minutes: 5, audiencePrompt: 'Find a seat', facilitatorNotes: `${SECRET} intro`, points: ['Why we are here'] },
    {
      id: 'quiz',
      kind: 'quiz',
      title: 'True or false?',
      minutes: 10,
      audiencePrompt: 'Hands up for true',
      facilitatorNotes: `${SECRET} quiz`,
      statements: [
        { id: 's1', text: 'Every SU is a registered charity', answer: false, explanation: 'Some are exempt charities.', source: 'Charity Commission 2024' },
        { id: 's2', text: 'SUs run WP projects', answer: true, explanation: 'Many run outreach.', source: 'NUS survey' },
      ],
      selectedStatementIds: ['s2', 's1'],
    },
    {
      id: 'discuss',
      kind: 'discussion',
      title: 'What surprised you?',
      minutes: 10,
      audiencePrompt: 'Talk at your table',
      facilitatorNotes: `${SECRET} discussion`,
      topics: [{ id: 'surprises', title: 'Surprises', prompt: 'What was new?' }],
      showCaseStudy: true,
    },
    {
      id: 'map',
      kind: 'mapping',
      title: 'Map your engagement',
      minutes: 15,
      audiencePrompt: 'Place your activities',
      facilitatorNotes: SECRET,
      columns: idLabels({ gov: 'Official governance' }),
      rows: idLabels({ access: 'Access' }),
      strengths: strengthLevels({ none: 'None yet', informed: 'Informed' }),
      gapBelowLevel: 1,
      frequencies: idLabels({ termly: 'Termly' }),
      partnerLabel: 'Union partner',
      suggestions: [],
    },
    { id: 'close', kind: 'close', title: 'Close', minutes: 5, audiencePrompt: '', facilitatorNotes: SECRET, points: [] },
  ],
};

const session: Session = sessionSchema.parse({
  ...NORTHTOWN_SETUP,
  unitMode: 'individual',
  quizMode: 'per-delegate',
  quizRepeatAtClose: true,
  template: templateInput,
  status: 'running',
  createdAt: T0,
  updatedAt: T0,
});

const delegates: Delegate[] = [
  ['Alice Attributed', 'alice@uni.example'],
  ['Bob Byline', 'bob@su.example'],
  ['Carol Credited', 'carol@uni.example'],
].map(([name, email], i) =>
  delegateSchema.parse({ id: uuid(i + 1), sessionId: SESSION_ID, name, role: 'Officer', institution: 'Northtown', email, unitId: uuid(50), walkIn: false, order: i, createdAt: T0, updatedAt: T0 }),
);
const units: Unit[] = [unitSchema.parse({ id: uuid(50), sessionId: SESSION_ID, kind: 'table', name: 'Table of Alice Attributed', order: 0, createdAt: T0, updatedAt: T0 })];

const answers: QuizAnswer[] = [
  ['s2', 1, 'true'],
  ['s2', 2, 'unsure'],
  ['s2', 3, 'false'],
  ['s1', 1, 'false'],
].map(([statementId, d, answer], i) =>
  quizAnswerSchema.parse({ id: uuid(300 + i), sessionId: SESSION_ID, statementId, delegateId: uuid(d as number), round: 'before', answer, answeredAt: T0 }),
);

const themes: Theme[] = [themeSchema.parse({ id: uuid(400), sessionId: SESSION_ID, phaseId: 'discuss', name: 'Money matters', order: 0, createdAt: T0, updatedAt: T0 })];

const card = (n: number, text: string, themeId: string | null, votes: number, phaseId = 'discuss'): Card =>
  cardSchema.parse({
    id: uuid(500 + n),
    sessionId: SESSION_ID,
    phaseId,
    text,
    delegateId: uuid(n),
    unitId: uuid(50),
    topicId: 'surprises',
    themeId,
    votes,
    actionCandidate: false,
    order: n,
    createdAt: T0 + n,
    updatedAt: T0 + n,
  });
const cards: Card[] = [
  card(1, 'SU sabbaticals sit on access committees', uuid(400), 4),
  card(2, 'We never asked the SU about outreach', null, 2),
  card(3, 'Bursary design with student reps', uuid(400), 3),
  card(4, 'A card from another phase', null, 9, 'map'),
];

/** Everything the console holds, including what must never reach the projector. */
const consoleData = {
  session,
  delegates,
  units,
  quizAnswers: answers,
  quizTallies: [] as QuizTally[],
  cards,
  themes,
  scores: [{ delegateId: uuid(1), name: 'Alice Attributed', correct: 2 }],
};

function inputAt(run: ProjectorInput['run']): ProjectorInput {
  // The console passes its whole store; extra fields are allowed in, never out.
  const data: ProjectorInput & typeof consoleData = { ...consoleData, run };
  return data;
}

const privateStrings = [
  SECRET,
  'Alice Attributed',
  'Bob Byline',
  'Carol Credited',
  'alice@uni.example',
  'bob@su.example',
  'carol@uni.example',
  'Fiona Facilitator',
  'Officer',
  uuid(1),
  uuid(2),
  uuid(3),
  uuid(50),
  uuid(300),
];

function expectNothingPrivate(json: string) {
  for (const s of privateStrings) expect(json).not.toContain(s);
  expect(json).not.toMatch(/delegateId|unitId|email|facilitatorNotes|answeredAt|"answer":"(true|false|unsure)"/);
}

describe('projectorSnapshot', () => {
  const started = startRunTimer(startRun(session, T0), T0);

  it('shows the phase title, prompt, points and timer facts only', () => {
    const snapshot = projectorSnapshot(inputAt(started));
    expect(snapshot.phase).toEqual({ id: 'intro', kind: 'intro', title: 'Welcome', audiencePrompt: 'Find a seat', points: ['Why we are here'] });
    expect(snapshot.timer).toEqual(started.timer);
    expect(snapshot.timer).not.toBe(started.timer);
    expect(snapshot).toMatchObject({ blank: false, frozen: false, theme: 'dark', caseStudy: null, quiz: null, discussion: null });
    expectNothingPrivate(JSON.stringify(snapshot));
    expect(projectorSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('shows the quiz statement without the answer until it is revealed, then the answer, source and counts', () => {
    let run = goToPhase(started, session.template, 'quiz', T0 + 60_000);
    const hidden = projectorSnapshot(inputAt(run));
    expect(hidden.quiz).toEqual({ round: 'before', index: 0, total: 2, statementText: 'SUs run WP projects', reveal: null });
    const hiddenJson = JSON.stringify(hidden);
    expect(hiddenJson).not.toContain('Many run outreach.');
    expect(hiddenJson).not.toContain('NUS survey');
    expectNothingPrivate(hiddenJson);

    run = revealAnswer(run, T0 + 61_000);
    const shown = projectorSnapshot(inputAt(run));
    expect(shown.quiz?.reveal).toEqual({
      answer: true,
      explanation: 'Many run outreach.',
      source: 'NUS survey',
      counts: { trueCount: 1, falseCount: 1, unsureCount: 1, total: 3 },
      shareCorrect: 1 / 3,
    });
    expectNothingPrivate(JSON.stringify(shown));
    expect(projectorSnapshotSchema.safeParse(shown).success).toBe(true);

    const second = projectorSnapshot(inputAt(revealAnswer(setQuizStatement(run, session.template, 1, T0 + 62_000), T0 + 63_000)));
    expect(second.quiz).toMatchObject({ index: 1, total: 2, statementText: 'Every SU is a registered charity' });
    expect(second.quiz?.reveal?.counts).toEqual({ trueCount: 0, falseCount: 1, unsureCount: 0, total: 1 });
  });

  it('uses room tallies in tally mode', () => {
    const tallySession = { ...session, quizMode: 'tally' as const };
    const tally = quizTallySchema.parse({ id: uuid(600), sessionId: SESSION_ID, statementId: 's2', round: 'before', trueCount: 14, falseCount: 4, unsureCount: 2, updatedAt: T0 });
    const run = revealAnswer(goToPhase(started, session.template, 'quiz', T0 + 1), T0 + 2);
    const snapshot = projectorSnapshot({ ...inputAt(run), session: tallySession, quizTallies: [tally] });
    expect(snapshot.quiz?.reveal?.counts).toEqual({ trueCount: 14, falseCount: 4, unsureCount: 2, total: 20 });
    expect(snapshot.quiz?.reveal?.shareCorrect).toBe(0.7);
  });

  it('shows the quiz again at the close for the after round', () => {
    const atClose = goToPhase(started, session.template, 'close', T0 + 1);
    expect(projectorSnapshot(inputAt(atClose)).quiz).toBeNull();
    const afterRound = setQuizRound(atClose, 'after', T0 + 2);
    expect(projectorSnapshot(inputAt(afterRound)).quiz).toMatchObject({ round: 'after', index: 0, reveal: null });
    const noRepeat = { ...inputAt(afterRound), session: { ...session, quizRepeatAtClose: false } };
    expect(projectorSnapshot(noRepeat).quiz).toBeNull();
  });

  it('shows discussion topics, the case study and the cards grouped by theme, without attribution', () => {
    const run = goToPhase(started, session.template, 'discuss', T0 + 1);
    const snapshot = projectorSnapshot(inputAt(run));
    expect(snapshot.caseStudy).toBe('Northtown SU runs a mentoring scheme.');
    expect(snapshot.discussion).toEqual({
      topics: [{ id: 'surprises', title: 'Surprises', prompt: 'What was new?' }],
      groups: [
        {
          themeName: 'Money matters',
          totalVotes: 7,
          cards: [
            { id: uuid(501), text: 'SU sabbaticals sit on access committees', themeName: 'Money matters', votes: 4, topicTitle: 'Surprises' },
            { id: uuid(503), text: 'Bursary design with student reps', themeName: 'Money matters', votes: 3, topicTitle: 'Surprises' },
          ],
        },
        {
          themeName: null,
          totalVotes: 2,
          cards: [{ id: uuid(502), text: 'We never asked the SU about outreach', themeName: null, votes: 2, topicTitle: 'Surprises' }],
        },
      ],
    });
    const json = JSON.stringify(snapshot);
    expect(json).toContain('We never asked the SU about outreach');
    expect(json).not.toContain('A card from another phase');
    expectNothingPrivate(json);
    expect(projectorSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('keeps the case study off screen when the phase does not show it or there is none', () => {
    const run = goToPhase(started, session.template, 'discuss', T0 + 1);
    expect(projectorSnapshot({ ...inputAt(run), session: { ...session, caseStudy: '' } }).caseStudy).toBeNull();
    const noCase = { ...session, template: { ...session.template, phases: session.template.phases.map((p) => (p.kind === 'discussion' ? { ...p, showCaseStudy: false } : p)) } };
    expect(projectorSnapshot({ ...inputAt(run), session: noCase }).caseStudy).toBeNull();
  });

  it('never leaks private data in any phase, revealed or not, blank or not', () => {
    let run = revealAnswer(started, T0 + 1);
    for (const phase of session.template.phases) {
      run = goToPhase(run, session.template, phase.id, T0 + 2);
      for (const state of [run, toggleBlank(run, T0 + 3), setQuizRound(run, 'after', T0 + 4)]) {
        const snapshot = projectorSnapshot(inputAt(state));
        expectNothingPrivate(JSON.stringify(snapshot));
        expect(projectorSnapshotSchema.safeParse(snapshot).success).toBe(true);
      }
    }
  });

  it('the strict schema refuses a snapshot carrying anything extra', () => {
    const snapshot = projectorSnapshot(inputAt(started));
    expect(projectorSnapshotSchema.safeParse({ ...snapshot, notes: SECRET }).success).toBe(false);
    expect(projectorSnapshotSchema.safeParse({ ...snapshot, phase: { ...snapshot.phase, facilitatorNotes: SECRET } }).success).toBe(false);
  });
});

describe('projectorSnapshot: room views of delegates’ work', () => {
  const union = sessionSchema.parse({ ...session, id: SESSION_ID, template: builtInTemplates[0] });
  const mapUnits = [uuid(60), uuid(61), uuid(62)];
  const entry = (n: number, unitId: string, columnId: string, rowId: string, strengthId: string, what: string): MapEntry =>
    mapEntrySchema.parse({
      id: uuid(700 + n),
      sessionId: SESSION_ID,
      unitId,
      columnId,
      rowId,
      what,
      partner: 'Bob Byline',
      frequencyId: null,
      strengthId,
      livedExperience: 'yes',
      note: `${SECRET} about Alice Attributed`,
      suggestionId: null,
      order: n,
      createdAt: T0,
      updatedAt: T0,
    });
  const mapEntries: MapEntry[] = [
    entry(1, mapUnits[0]!, 'col-inst-governance', 'row-access', 'str-consulted', 'Governing body'),
    entry(2, mapUnits[1]!, 'col-inst-governance', 'row-access', 'str-informed', 'Senate'),
    entry(3, mapUnits[1]!, 'col-unofficial', 'row-success', 'str-none', 'Coffee'),
    { ...entry(4, mapUnits[2]!, 'col-inst-governance', 'row-access', 'str-co-created', 'Another session'), sessionId: uuid(999) },
  ];
  const channel = (n: number, unitId: string, name: string, unionSupport: string): Channel =>
    channelSchema.parse({
      id: uuid(800 + n),
      sessionId: SESSION_ID,
      unitId,
      suggestionId: null,
      name,
      reaches: 'Alice Attributed’s students',
      livedExperience: n % 2 === 0 ? 'yes' : 'no',
      unionSupport,
      note: SECRET,
      order: n,
      createdAt: T0,
      updatedAt: T0,
    });
  const channels: Channel[] = [
    channel(1, mapUnits[0]!, 'Peer mentors', 'Train mentors'),
    channel(2, mapUnits[1]!, 'peer  mentors', 'train mentors'),
    channel(3, mapUnits[1]!, 'Student ambassadors', ''),
  ];
  const workUnits: Unit[] = mapUnits.map((id, i) => unitSchema.parse({ id, sessionId: SESSION_ID, kind: 'group', name: `Unit of Carol Credited ${i}`, order: i, createdAt: T0, updatedAt: T0 }));
  const at = (phaseId: string): ProjectorInput => {
    const run = goToPhase(startRun(union, T0), union.template, phaseId, T0 + 1);
    const data: ProjectorInput & { units: Unit[]; delegates: Delegate[] } = { ...consoleData, session: union, run, mapEntries, channels, units: workUnits };
    return data;
  };

  it('shows the combined map in the mapping phase and the discussion after it, with counts only', () => {
    for (const phaseId of ['su-engagement-map', 'su-discussion-2']) {
      const snapshot = projectorSnapshot(at(phaseId));
      expect(projectorSnapshotSchema.safeParse(snapshot).success).toBe(true);
      const map = snapshot.roomMap!;
      expect(map.columns.map((c) => c.id)).toEqual(['col-inst-governance', 'col-su-governance', 'col-unofficial']);
      expect(map.cells[0]![0]).toEqual({ rowId: 'row-access', columnId: 'col-inst-governance', count: 2, unitCount: 2, meanStrength: 1.5, maxLevel: 2, isGap: false });
      expect(map.cells[1]![2]).toMatchObject({ count: 1, meanStrength: null, isGap: true });
      expect(map).toMatchObject({ totalEntries: 3, unitsWithEntries: 2, gapBelowLevel: 2 });
      expect(snapshot.channelRanking).toBeNull();
      const json = JSON.stringify(snapshot);
      expectNothingPrivate(json);
      for (const hidden of ['Governing body', 'Senate', 'Unit of Carol', 'entryIds', uuid(701), uuid(60)]) expect(json).not.toContain(hidden);
    }
  });

  it('shows the channel ranking with union-support ideas in the channels phase and the discussion after it', () => {
    for (const phaseId of ['su-channels', 'su-discussion-3']) {
      const snapshot = projectorSnapshot(at(phaseId));
      expect(projectorSnapshotSchema.safeParse(snapshot).success).toBe(true);
      expect(snapshot.channelRanking).toEqual([
        { key: 'suggestion:ch-peer-mentors', name: 'Peer mentors', unitCount: 2, livedExperienceCount: 1, unionSupportIdeas: ['Train mentors'] },
        { key: 'suggestion:ch-student-ambassadors', name: 'Student ambassadors', unitCount: 1, livedExperienceCount: 0, unionSupportIdeas: [] },
      ]);
      expect(snapshot.roomMap).toBeNull();
      const json = JSON.stringify(snapshot);
      expectNothingPrivate(json);
      for (const hidden of ['Unit of Carol', '’s students', uuid(801), uuid(61)]) expect(json).not.toContain(hidden);
    }
  });

  it('tells callers in which phases to read map entries and channels', () => {
    const phases = union.template.phases;
    expect(roomViewsShown(phases, 'su-engagement-map')).toEqual({ mapping: true, channels: false, actions: false });
    expect(roomViewsShown(phases, 'su-discussion-2')).toEqual({ mapping: true, channels: false, actions: false });
    expect(roomViewsShown(phases, 'su-channels')).toEqual({ mapping: false, channels: true, actions: false });
    expect(roomViewsShown(phases, 'su-discussion-3')).toEqual({ mapping: false, channels: true, actions: false });
    expect(roomViewsShown(phases, 'su-discussion-1')).toEqual({ mapping: false, channels: false, actions: false });
    expect(roomViewsShown(phases, 'su-action-plan')).toEqual({ mapping: false, channels: false, actions: true });
    expect(roomViewsShown(phases, 'no-such-phase')).toEqual({ mapping: false, channels: false, actions: false });
  });

  it('shows neither in other phases, and the strict schema refuses names smuggled into a cell', () => {
    for (const phaseId of ['su-welcome', 'su-quiz', 'su-discussion-1', 'su-action-plan']) {
      const snapshot = projectorSnapshot(at(phaseId));
      expect(snapshot.roomMap).toBeNull();
      expect(snapshot.channelRanking).toBeNull();
    }
    const snapshot = projectorSnapshot(at('su-engagement-map'));
    const map = snapshot.roomMap!;
    const leaky = { ...map, cells: [[{ ...map.cells[0]![0]!, entryIds: [uuid(701)] }]] };
    expect(projectorSnapshotSchema.safeParse({ ...snapshot, roomMap: leaky }).success).toBe(false);
    const ranking = projectorSnapshot(at('su-channels')).channelRanking!;
    expect(projectorSnapshotSchema.safeParse({ ...snapshot, channelRanking: [{ ...ranking[0]!, units: ['Unit of Carol Credited 0'] }] }).success).toBe(false);
  });
});
