import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { templateSchema, type Template, type TemplateInput } from '../template/schema';
import type { Card, QuizAnswer, QuizTally, Theme } from '../run/schema';
import type { Delegate, Session, Unit } from '../session/schema';
import { emptyActionInput } from '../work/action-input';
import type { Action, Channel, MapEntry } from '../work/schema';
import { idLabels } from '../test-support/option-lists';
import {
  actionsCsv,
  channelsCsv,
  discussionCardsCsv,
  mapEntriesCsv,
  quizAnswersCsv,
  quizTalliesCsv,
  sessionCsvFiles,
  type CsvFile,
  type SessionData,
} from './session-csv';

const SESSION_ID = '00000000-0000-4000-8000-000000000000';
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const base = { sessionId: SESSION_ID, createdAt: 1, updatedAt: 1 };

const phaseBase = { minutes: 10, audiencePrompt: '', facilitatorNotes: '' };

/** A small template with wording unlike the built-in ones, so labels visibly come from it. */
function makeTemplate(overrides: Partial<TemplateInput> = {}): Template {
  return templateSchema.parse({
    id: 'test-template',
    revision: 1,
    title: 'Test workshop',
    description: 'For tests',
    durationMinutes: 60,
    phases: [
      {
        ...phaseBase,
        id: 'quiz',
        kind: 'quiz',
        title: 'Quiz',
        statements: [
          { id: 's1', text: 'Unions are charities', answer: true, explanation: 'e', source: 's' },
          { id: 's2', text: 'Every student is a member, "always"', answer: false, explanation: 'e', source: 's' },
          { id: 's3', text: 'Not used today', answer: true, explanation: 'e', source: 's' },
        ],
        selectedStatementIds: ['s2', 's1'],
      },
      {
        ...phaseBase,
        id: 'talk-1',
        kind: 'discussion',
        title: 'First talk',
        topics: [{ id: 'tp-structures', title: 'Structures', prompt: '' }],
      },
      {
        ...phaseBase,
        id: 'map',
        kind: 'mapping',
        title: 'Map',
        columns: idLabels({ 'col-formal': 'Formal, official', 'col-informal': '+Informal' }),
        rows: idLabels({ 'row-access': 'Getting in', 'row-success': 'Getting on' }),
        strengths: [
          { id: 'st-none', level: 0, label: 'Not yet' },
          { id: 'st-told', level: 1, label: 'Told' },
          { id: 'st-made', level: 3, label: 'Made together' },
        ],
        gapBelowLevel: 2,
        frequencies: idLabels({ 'fr-year': 'Yearly' }),
        partnerLabel: 'Partner group',
        suggestions: [],
      },
      { ...phaseBase, id: 'talk-2', kind: 'discussion', title: 'Second talk', topics: [] },
      { ...phaseBase, id: 'reach', kind: 'channels', title: 'Channels', suggestions: [] },
      {
        ...phaseBase,
        id: 'plan',
        kind: 'action-plan',
        title: 'Plan',
        fieldLabels: {
          what: 'Our action',
          why: 'Because',
          owner: 'Lead',
          partner: 'With',
          firstStep: 'Start',
          byWhen: 'Deadline',
          stage: 'Stage of study',
          success: 'We will know when',
          priority: 'Urgency',
          livedExperience: 'Lived experience involved',
        },
        priorities: [{ id: 'pr-top', label: 'Top' }],
      },
    ],
    ...overrides,
  });
}

function makeSession(template: Template, quizMode: Session['quizMode'] = 'per-delegate'): Session {
  return {
    id: SESSION_ID,
    title: 'Spring workshop',
    campus: 'North',
    venue: '',
    date: '',
    startTime: '',
    facilitators: [],
    caseStudy: '',
    unitMode: 'tables',
    quizMode,
    quizRepeatAtClose: true,
    template,
    status: 'finished',
    createdAt: 1,
    updatedAt: 1,
  };
}

const UNIT_A = id(101);
const UNIT_B = id(102);
const ANA = id(1);
const BEN = id(2);
const GONE = id(999);

const units: Unit[] = [
  // Stored out of order to show that `order`, not array position, decides.
  { id: UNIT_B, sessionId: SESSION_ID, kind: 'table', name: 'Table B', order: 1, createdAt: 1, updatedAt: 1 },
  { id: UNIT_A, sessionId: SESSION_ID, kind: 'table', name: 'Table A', order: 0, createdAt: 1, updatedAt: 1 },
];

const delegate = (n: string, did: string, unitId: string | null, order: number): Delegate => ({
  id: did,
  sessionId: SESSION_ID,
  name: n,
  role: '',
  institution: '',
  email: '',
  unitId,
  walkIn: false,
  order,
  createdAt: 1,
  updatedAt: 1,
});
const delegates: Delegate[] = [delegate('Ben Okafor', BEN, UNIT_B, 1), delegate('Ana Silva', ANA, UNIT_A, 0)];

const answer = (n: number, statementId: string, delegateId: string, round: QuizAnswer['round'], value: QuizAnswer['answer']): QuizAnswer => ({
  id: id(200 + n),
  sessionId: SESSION_ID,
  statementId,
  delegateId,
  round,
  answer: value,
  answeredAt: 1,
});

const tally = (n: number, statementId: string, round: QuizTally['round'], t: number, f: number, u: number): QuizTally => ({
  id: id(300 + n),
  sessionId: SESSION_ID,
  statementId,
  round,
  trueCount: t,
  falseCount: f,
  unsureCount: u,
  updatedAt: 1,
});

const mapEntry = (n: number, unitId: string, columnId: string, rowId: string, fields: Partial<MapEntry>): MapEntry => ({
  ...base,
  id: id(400 + n),
  unitId,
  columnId,
  rowId,
  what: `entry ${n}`,
  partner: '',
  frequencyId: null,
  strengthId: 'st-told',
  livedExperience: 'unsure',
  note: '',
  suggestionId: null,
  order: n,
  ...fields,
});

const CHANNEL_1 = id(501);
const channels: Channel[] = [
  {
    ...base,
    id: id(502),
    unitId: UNIT_B,
    suggestionId: null,
    name: 'Outreach ambassadors',
    reaches: 'Year 12 pupils',
    livedExperience: 'yes',
    unionSupport: 'Recognise their time',
    note: '',
    order: 0,
  },
  {
    ...base,
    id: CHANNEL_1,
    unitId: UNIT_A,
    suggestionId: null,
    name: 'Course reps',
    reaches: 'All students, "in theory"',
    livedExperience: 'no',
    unionSupport: '',
    note: '-check numbers',
    order: 0,
  },
];

const THEME = id(601);
const themes: Theme[] = [{ id: THEME, sessionId: SESSION_ID, phaseId: 'talk-1', name: 'Money', order: 0, createdAt: 1, updatedAt: 1 }];

const CARD_1 = id(701);
const card = (cid: string, phaseId: string, text: string, fields: Partial<Card>): Card => ({
  ...base,
  id: cid,
  phaseId,
  text,
  delegateId: null,
  unitId: null,
  topicId: null,
  themeId: null,
  votes: 0,
  actionCandidate: false,
  order: 0,
  ...fields,
});
const cards: Card[] = [
  card(id(702), 'talk-2', 'Later card', { unitId: UNIT_B, order: 0 }),
  card(CARD_1, 'talk-1', 'Bursaries are hard to find', { delegateId: ANA, unitId: UNIT_A, topicId: 'tp-structures', themeId: THEME, votes: 4, actionCandidate: true, order: 2 }),
  card(id(703), 'talk-1', '=HYPERLINK("http://evil")', { delegateId: GONE, order: 1 }),
];

const action = (n: number, unitId: string, fields: Partial<Action>): Action => ({
  ...base,
  id: id(800 + n),
  unitId,
  ...emptyActionInput({ what: `action ${n}`, owner: 'Someone' }),
  livedExperience: 'unsure', // the form's blank, as the record's type
  order: n,
  ...fields,
});

function makeData(template = makeTemplate(), quizMode: Session['quizMode'] = 'per-delegate'): SessionData {
  return {
    session: makeSession(template, quizMode),
    delegates,
    units,
    quizAnswers: [
      answer(1, 's1', BEN, 'before', 'true'),
      answer(2, 's1', ANA, 'before', 'false'),
      answer(3, 's2', ANA, 'after', 'unsure'),
      answer(4, 's2', ANA, 'before', 'false'),
    ],
    quizTallies: [tally(1, 's1', 'after', 20, 3, 1), tally(2, 's1', 'before', 10, 8, 6), tally(3, 's2', 'before', 5, 15, 4)],
    cards,
    themes,
    mapEntries: [
      mapEntry(1, UNIT_B, 'col-formal', 'row-access', {}),
      mapEntry(2, UNIT_A, 'col-informal', 'row-access', { what: 'Society fair', partner: 'Societies officer', frequencyId: 'fr-year', strengthId: 'st-made', livedExperience: 'yes', note: 'line one\nline two' }),
      mapEntry(3, UNIT_A, 'col-formal', 'row-success', { strengthId: 'st-none', livedExperience: 'no' }),
      mapEntry(4, UNIT_A, 'col-formal', 'row-access', { what: 'Committee, termly' }),
    ],
    channels,
    actions: [
      action(2, UNIT_A, { link: { kind: 'channel', channelId: CHANNEL_1 }, stageId: 'row-success', priorityId: 'pr-top', livedExperience: 'yes' }),
      action(1, UNIT_A, { what: 'Fill the gap', why: 'Nobody informal', link: { kind: 'gap', columnId: 'col-informal', rowId: 'row-success' }, partner: 'VP Education', firstStep: 'Email', byWhen: 'Spring term 2027', success: 'A plan', livedExperience: 'no' }),
      action(3, UNIT_B, { link: { kind: 'card', cardId: CARD_1 } }),
      action(4, UNIT_B, { link: { kind: 'channel', channelId: GONE }, stageId: 'row-unknown' }),
    ],
  };
}

function rowsOf(file: CsvFile): string[][] {
  expect(file.text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(file.text.slice(1), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('quizAnswersCsv', () => {
  it('lists each answer with its statement, round and whether it was right, in statement order', () => {
    const file = quizAnswersCsv(makeData());
    expect(file.fileName).toBe('quiz-answers.csv');
    expect(rowsOf(file)).toEqual([
      ['Statement number', 'Statement', 'Correct answer', 'Round', 'Delegate', 'Unit', 'Answer', 'Correct?'],
      ['1', 'Every student is a member, "always"', 'False', 'Before', 'Ana Silva', 'Table A', 'False', 'Yes'],
      ['1', 'Every student is a member, "always"', 'False', 'After', 'Ana Silva', 'Table A', 'Not sure', 'No'],
      ['2', 'Unions are charities', 'True', 'Before', 'Ana Silva', 'Table A', 'False', 'No'],
      ['2', 'Unions are charities', 'True', 'Before', 'Ben Okafor', 'Table B', 'True', 'Yes'],
    ]);
  });

  it('keeps answers to a statement or delegate that no longer exists', () => {
    const data = makeData();
    data.quizAnswers = [answer(9, 'gone-statement', GONE, 'before', 'true'), answer(8, 's3', ANA, 'after', 'true')];
    expect(rowsOf(quizAnswersCsv(data)).slice(1)).toEqual([
      ['', 'Not used today', 'True', 'After', 'Ana Silva', 'Table A', 'True', 'Yes'],
      ['', 'gone-statement', '', 'Before', '', '', 'True', ''],
    ]);
  });
});

describe('quizTalliesCsv', () => {
  it('gives counts, total and the number correct per statement and round', () => {
    const file = quizTalliesCsv(makeData());
    expect(file.fileName).toBe('quiz-tallies.csv');
    expect(rowsOf(file)).toEqual([
      ['Statement number', 'Statement', 'Correct answer', 'Round', 'Answered true', 'Answered false', 'Not sure', 'Total', 'Correct'],
      ['1', 'Every student is a member, "always"', 'False', 'Before', '5', '15', '4', '24', '15'],
      ['2', 'Unions are charities', 'True', 'Before', '10', '8', '6', '24', '10'],
      ['2', 'Unions are charities', 'True', 'After', '20', '3', '1', '24', '20'],
    ]);
  });
});

describe('mapEntriesCsv', () => {
  it('uses the template labels for cells and headers, ordered by unit, column, row and entry', () => {
    const file = mapEntriesCsv(makeData());
    expect(file.fileName).toBe('map-entries.csv');
    expect(rowsOf(file)).toEqual([
      ['Unit', 'Map column', 'Stage of study', 'What', 'Partner group', 'How often', 'Strength', 'Strength level', 'Lived experience involved', 'Note'],
      ['Table A', 'Formal, official', 'Getting in', 'Committee, termly', '', '', 'Told', '1', 'Not sure', ''],
      ['Table A', 'Formal, official', 'Getting on', 'entry 3', '', '', 'Not yet', '0', 'No', ''],
      // The "+Informal" label from the template is neutralised like any other text.
      ['Table A', "'+Informal", 'Getting in', 'Society fair', 'Societies officer', 'Yearly', 'Made together', '3', 'Yes', 'line one\nline two'],
      ['Table B', 'Formal, official', 'Getting in', 'entry 1', '', '', 'Told', '1', 'Not sure', ''],
    ]);
  });

  it('falls back to plain headers when the template has no action plan', () => {
    const full = makeTemplate();
    const template = makeTemplate({ phases: full.phases.filter((p) => p.kind !== 'action-plan') });
    const [header] = rowsOf(mapEntriesCsv(makeData(template)));
    expect(header).toEqual(['Unit', 'Map column', 'Map row', 'What', 'Partner group', 'How often', 'Strength', 'Strength level', 'Involves students with lived experience', 'Note']);
  });
});

describe('channelsCsv', () => {
  it('lists channels by unit order', () => {
    const file = channelsCsv(makeData());
    expect(file.fileName).toBe('channels.csv');
    expect(rowsOf(file)).toEqual([
      ['Unit', 'Channel', 'Who it reaches', 'Lived experience involved', 'How the union could support it', 'Note'],
      ['Table A', 'Course reps', 'All students, "in theory"', 'No', '', "'-check numbers"],
      ['Table B', 'Outreach ambassadors', 'Year 12 pupils', 'Yes', 'Recognise their time', ''],
    ]);
  });
});

describe('actionsCsv', () => {
  it("uses the template's action field labels as headers and resolves stages, priorities and links", () => {
    const file = actionsCsv(makeData());
    expect(file.fileName).toBe('actions.csv');
    expect(rowsOf(file)).toEqual([
      ['Unit', 'Our action', 'Because', 'Linked to', 'Lead', 'With', 'Start', 'Deadline', 'Stage of study', 'We will know when', 'Urgency', 'Lived experience involved'],
      ['Table A', 'Fill the gap', 'Nobody informal', 'Gap: +Informal × Getting on', 'Someone', 'VP Education', 'Email', 'Spring term 2027', '', 'A plan', '', 'No'],
      ['Table A', 'action 2', '', 'Channel: Course reps', 'Someone', '', '', '', 'Getting on', '', 'Top', 'Yes'],
      ['Table B', 'action 3', '', 'Discussion point: Bursaries are hard to find', 'Someone', '', '', '', '', '', '', 'Not sure'],
      ['Table B', 'action 4', '', '', 'Someone', '', '', '', 'row-unknown', '', '', 'Not sure'],
    ]);
  });
});

describe('discussionCardsCsv', () => {
  it('lists cards in agenda order with phase, topic, theme, votes and attribution', () => {
    const file = discussionCardsCsv(makeData());
    expect(file.fileName).toBe('discussion-cards.csv');
    expect(rowsOf(file)).toEqual([
      ['Phase', 'Topic', 'Card', 'Theme', 'Votes', 'Action candidate', 'From'],
      ['First talk', '', `'=HYPERLINK("http://evil")`, '', '0', 'No', ''],
      ['First talk', 'Structures', 'Bursaries are hard to find', 'Money', '4', 'Yes', 'Ana Silva'],
      ['Second talk', '', 'Later card', '', '0', 'No', 'Table B'],
    ]);
  });
});

describe('sessionCsvFiles', () => {
  const fileNames = (data: SessionData) => sessionCsvFiles(data).map((f) => f.fileName);

  it('gives the files the template and quiz mode call for', () => {
    const data = makeData();
    data.quizTallies = [];
    expect(fileNames(data)).toEqual(['quiz-answers.csv', 'discussion-cards.csv', 'map-entries.csv', 'channels.csv', 'actions.csv']);
  });

  it('adds the other quiz file when it holds data, and leaves out phases the template lacks', () => {
    const full = makeTemplate();
    const template = makeTemplate({ phases: full.phases.filter((p) => p.kind !== 'channels') });
    const data = makeData(template, 'tally');
    data.channels = [];
    expect(fileNames(data)).toEqual(['quiz-answers.csv', 'quiz-tallies.csv', 'discussion-cards.csv', 'map-entries.csv', 'actions.csv']);
    data.quizAnswers = [];
    expect(fileNames(data)).not.toContain('quiz-answers.csv');
  });

  it('each file matches its own builder', () => {
    const data = makeData();
    const byName = new Map(sessionCsvFiles(data).map((f) => [f.fileName, f.text]));
    expect(byName.get('actions.csv')).toBe(actionsCsv(data).text);
    expect(byName.get('quiz-tallies.csv')).toBe(quizTalliesCsv(data).text);
  });
});
