/**
 * CSV files of a session's work for the facilitator's own analysis. Every label that names
 * workshop content (statements, map columns and rows, strengths, action field names, phase
 * titles) comes from the session's copy of the template, so another template's wording flows through.
 */
import type { Archive } from '../archive';
import type { QuizRound } from '../run/schema';
import type { Delegate, Unit } from '../session/schema';
import type { ActionPlanPhase, Labelled, MappingPhase, Phase, QuizStatement, Strength, Template } from '../template/schema';
import {
  actionLabels,
  ANSWER_WORDS,
  answerWord,
  describeActionLink,
  LIVED_EXPERIENCE_WORDS,
  ROUND_WORDS,
  TALLY_WORDS,
  yesNo,
} from '../vocabulary';
import { toCsv, type CsvColumn, type CsvRow } from './csv';

export type SessionData = Pick<
  Archive,
  'session' | 'delegates' | 'units' | 'quizAnswers' | 'quizTallies' | 'cards' | 'themes' | 'mapEntries' | 'channels' | 'actions'
>;

export interface CsvFile {
  fileName: string;
  text: string;
}

export const SESSION_CSV_FILE_NAMES = {
  quizAnswers: 'quiz-answers.csv',
  quizTallies: 'quiz-tallies.csv',
  mapEntries: 'map-entries.csv',
  channels: 'channels.csv',
  actions: 'actions.csv',
  cards: 'discussion-cards.csv',
} as const;

const ROUND_ORDER: Record<QuizRound, number> = { before: 0, after: 1 };

interface StatementInfo {
  statement: QuizStatement;
  /** 1-based position among the statements this session uses; null when it was not selected. */
  number: number | null;
  /** Position among all the template's statements, to order unselected ones. */
  position: number;
}

/** Lookups into the session's template, built once per export. */
interface TemplateIndex {
  statements: Map<string, StatementInfo>;
  phases: Map<string, { phase: Phase; index: number }>;
  topics: Map<string, string>;
  columns: Map<string, { label: string; index: number }>;
  rows: Map<string, { label: string; index: number }>;
  strengths: Map<string, Strength>;
  frequencies: Map<string, string>;
  priorities: Map<string, string>;
  partnerLabel: string;
  /** The first action-plan phase, whose field labels name the action columns; null without one. */
  actionPlan: Pick<ActionPlanPhase, 'fieldLabels'> | null;
  hasPhase: (kind: Phase['kind']) => boolean;
}

function indexLabels(list: readonly Labelled[], into: Map<string, { label: string; index: number }>): void {
  list.forEach((item, index) => {
    if (!into.has(item.id)) into.set(item.id, { label: item.label, index });
  });
}

function indexTemplate(template: Template): TemplateIndex {
  const index: TemplateIndex = {
    statements: new Map(),
    phases: new Map(),
    topics: new Map(),
    columns: new Map(),
    rows: new Map(),
    strengths: new Map(),
    frequencies: new Map(),
    priorities: new Map(),
    partnerLabel: 'Partner',
    actionPlan: null,
    hasPhase: (kind) => template.phases.some((phase) => phase.kind === kind),
  };
  let statementNumber = 0;
  let statementPosition = 0;
  let firstMapping = true;
  template.phases.forEach((phase, phaseIndex) => {
    index.phases.set(phase.id, { phase, index: phaseIndex });
    switch (phase.kind) {
      case 'quiz': {
        const selected = new Map<string, number>();
        for (const id of phase.selectedStatementIds) if (!selected.has(id)) selected.set(id, ++statementNumber);
        for (const statement of phase.statements) {
          if (index.statements.has(statement.id)) continue;
          index.statements.set(statement.id, { statement, number: selected.get(statement.id) ?? null, position: statementPosition++ });
        }
        break;
      }
      case 'discussion':
        for (const topic of phase.topics) if (!index.topics.has(topic.id)) index.topics.set(topic.id, topic.title);
        break;
      case 'mapping':
        // Map entries do not name their phase; the first mapping phase's wording wins.
        if (firstMapping) index.partnerLabel = phase.partnerLabel;
        firstMapping = false;
        indexLabels(phase.columns, index.columns);
        indexLabels(phase.rows, index.rows);
        for (const s of phase.strengths) if (!index.strengths.has(s.id)) index.strengths.set(s.id, s);
        for (const f of phase.frequencies) if (!index.frequencies.has(f.id)) index.frequencies.set(f.id, f.label);
        break;
      case 'action-plan':
        index.actionPlan ??= phase;
        for (const p of phase.priorities) if (!index.priorities.has(p.id)) index.priorities.set(p.id, p.label);
        break;
      default:
        break;
    }
  });
  return index;
}

/** Record lookups; a reference to a removed record becomes an empty cell rather than a UUID. */
interface RecordIndex {
  delegates: Map<string, Delegate>;
  units: Map<string, Unit>;
  unitName: (id: string | null) => string;
  unitOrder: (id: string | null) => number;
  delegateOrder: (id: string | null) => number;
}

function indexRecords(data: SessionData): RecordIndex {
  const delegates = new Map(data.delegates.map((d) => [d.id, d]));
  const units = new Map(data.units.map((u) => [u.id, u]));
  return {
    delegates,
    units,
    unitName: (id) => (id === null ? '' : (units.get(id)?.name ?? '')),
    unitOrder: (id) => (id === null ? Infinity : (units.get(id)?.order ?? Infinity)),
    delegateOrder: (id) => (id === null ? Infinity : (delegates.get(id)?.order ?? Infinity)),
  };
}

/** Sorts by several numeric keys in turn (Infinity sorts last and ties with itself). */
function byKeys<T>(keys: (item: T) => number[]): (a: T, b: T) => number {
  return (a, b) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i] ?? 0;
      const y = kb[i] ?? 0;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** Every mapping phase's columns and rows, for naming a gap an action is linked to. */
function mapAxes(template: TemplateIndex): Pick<MappingPhase, 'columns' | 'rows'> {
  const list = (labels: Map<string, { label: string }>) => [...labels].map(([id, { label }]) => ({ id, label }));
  return { columns: list(template.columns), rows: list(template.rows) };
}

/** Content ids are readable slugs, so an id missing from the template is shown rather than dropped. */
const labelOr = (entry: { label: string } | undefined, id: string) => entry?.label ?? id;

function file(fileName: string, columns: CsvColumn[], rows: CsvRow[]): CsvFile {
  return { fileName, text: toCsv(columns, rows) };
}

function statementColumns(): CsvColumn[] {
  return [
    { key: 'number', header: 'Statement number' },
    { key: 'statement', header: 'Statement' },
    { key: 'correctAnswer', header: 'Correct answer' },
    { key: 'round', header: 'Round' },
  ];
}

function statementCells(template: TemplateIndex, statementId: string, round: QuizRound): CsvRow {
  const info = template.statements.get(statementId);
  return {
    number: info?.number ?? null,
    statement: info?.statement.text ?? statementId,
    correctAnswer: info ? answerWord(info.statement.answer) : '',
    round: ROUND_WORDS[round],
  };
}

/** Selected statements in session order, then unselected ones in template order, then unknown ones. */
function statementSortKeys(template: TemplateIndex, statementId: string): number[] {
  const info = template.statements.get(statementId);
  return [info?.number ?? Infinity, info?.position ?? Infinity];
}

/** One row per delegate answer (per-delegate quiz mode). "Not sure" counts as not correct. */
export function quizAnswersCsv(data: SessionData): CsvFile {
  const template = indexTemplate(data.session.template);
  const records = indexRecords(data);
  const answers = [...data.quizAnswers].sort(
    byKeys((a) => [...statementSortKeys(template, a.statementId), ROUND_ORDER[a.round], records.delegateOrder(a.delegateId)]),
  );
  return file(
    SESSION_CSV_FILE_NAMES.quizAnswers,
    [
      ...statementColumns(),
      { key: 'delegate', header: 'Delegate' },
      { key: 'unit', header: 'Unit' },
      { key: 'answer', header: 'Answer' },
      { key: 'correct', header: 'Correct?' },
    ],
    answers.map((a) => {
      const info = template.statements.get(a.statementId);
      const delegate = records.delegates.get(a.delegateId);
      return {
        ...statementCells(template, a.statementId, a.round),
        delegate: delegate?.name ?? '',
        unit: records.unitName(delegate?.unitId ?? null),
        answer: ANSWER_WORDS[a.answer],
        correct: info ? yesNo(a.answer === (info.statement.answer ? 'true' : 'false')) : '',
      };
    }),
  );
}

/** One row per statement and round with the room's counts (tally quiz mode). */
export function quizTalliesCsv(data: SessionData): CsvFile {
  const template = indexTemplate(data.session.template);
  const tallies = [...data.quizTallies].sort(byKeys((t) => [...statementSortKeys(template, t.statementId), ROUND_ORDER[t.round]]));
  return file(
    SESSION_CSV_FILE_NAMES.quizTallies,
    [
      ...statementColumns(),
      { key: 'trueCount', header: 'Answered true' },
      { key: 'falseCount', header: 'Answered false' },
      { key: 'unsureCount', header: TALLY_WORDS.unsureCount },
      { key: 'total', header: 'Total' },
      { key: 'correctCount', header: 'Correct' },
    ],
    tallies.map((t) => {
      const info = template.statements.get(t.statementId);
      return {
        ...statementCells(template, t.statementId, t.round),
        trueCount: t.trueCount,
        falseCount: t.falseCount,
        unsureCount: t.unsureCount,
        total: t.trueCount + t.falseCount + t.unsureCount,
        correctCount: info ? (info.statement.answer ? t.trueCount : t.falseCount) : null,
      };
    }),
  );
}

/** The template's own wording for "lived experience" when it has an action plan; a plain default otherwise. */
function livedExperienceHeader(template: TemplateIndex): string {
  return actionLabels(template.actionPlan).livedExperience;
}

export function mapEntriesCsv(data: SessionData): CsvFile {
  const template = indexTemplate(data.session.template);
  const records = indexRecords(data);
  const entries = [...data.mapEntries].sort(
    byKeys((e) => [
      records.unitOrder(e.unitId),
      template.columns.get(e.columnId)?.index ?? Infinity,
      template.rows.get(e.rowId)?.index ?? Infinity,
      e.order,
    ]),
  );
  return file(
    SESSION_CSV_FILE_NAMES.mapEntries,
    [
      { key: 'unit', header: 'Unit' },
      { key: 'column', header: 'Map column' },
      // Map rows are what an action's "stage" refers to, so the template's stage label names them.
      { key: 'row', header: template.actionPlan?.fieldLabels.stage ?? 'Map row' },
      { key: 'what', header: 'What' },
      { key: 'partner', header: template.partnerLabel },
      { key: 'frequency', header: 'How often' },
      { key: 'strength', header: 'Strength' },
      { key: 'strengthLevel', header: 'Strength level' },
      { key: 'livedExperience', header: livedExperienceHeader(template) },
      { key: 'note', header: 'Note' },
    ],
    entries.map((e) => {
      const strength = template.strengths.get(e.strengthId);
      return {
        unit: records.unitName(e.unitId),
        column: labelOr(template.columns.get(e.columnId), e.columnId),
        row: labelOr(template.rows.get(e.rowId), e.rowId),
        what: e.what,
        partner: e.partner,
        frequency: e.frequencyId === null ? '' : (template.frequencies.get(e.frequencyId) ?? e.frequencyId),
        strength: labelOr(strength, e.strengthId),
        strengthLevel: strength?.level ?? null,
        livedExperience: LIVED_EXPERIENCE_WORDS[e.livedExperience],
        note: e.note,
      };
    }),
  );
}

export function channelsCsv(data: SessionData): CsvFile {
  const template = indexTemplate(data.session.template);
  const records = indexRecords(data);
  const channels = [...data.channels].sort(byKeys((c) => [records.unitOrder(c.unitId), c.order]));
  return file(
    SESSION_CSV_FILE_NAMES.channels,
    [
      { key: 'unit', header: 'Unit' },
      { key: 'name', header: 'Channel' },
      { key: 'reaches', header: 'Who it reaches' },
      { key: 'livedExperience', header: livedExperienceHeader(template) },
      { key: 'unionSupport', header: 'How the union could support it' },
      { key: 'note', header: 'Note' },
    ],
    channels.map((c) => ({
      unit: records.unitName(c.unitId),
      name: c.name,
      reaches: c.reaches,
      livedExperience: LIVED_EXPERIENCE_WORDS[c.livedExperience],
      unionSupport: c.unionSupport,
      note: c.note,
    })),
  );
}

/** Headers are the template's action field labels, so each template's own wording is kept. */
export function actionsCsv(data: SessionData): CsvFile {
  const template = indexTemplate(data.session.template);
  const records = indexRecords(data);
  const labels = actionLabels(template.actionPlan);
  const linkContext = { mapping: mapAxes(template), channels: data.channels, cards: data.cards };
  const actions = [...data.actions].sort(byKeys((a) => [records.unitOrder(a.unitId), a.order]));
  return file(
    SESSION_CSV_FILE_NAMES.actions,
    [
      { key: 'unit', header: 'Unit' },
      { key: 'what', header: labels.what },
      { key: 'why', header: labels.why },
      { key: 'link', header: 'Linked to' },
      { key: 'owner', header: labels.owner },
      { key: 'partner', header: labels.partner },
      { key: 'firstStep', header: labels.firstStep },
      { key: 'byWhen', header: labels.byWhen },
      { key: 'stage', header: labels.stage },
      { key: 'success', header: labels.success },
      { key: 'priority', header: labels.priority },
      { key: 'livedExperience', header: labels.livedExperience },
    ],
    actions.map((a) => ({
      unit: records.unitName(a.unitId),
      what: a.what,
      why: a.why,
      link: describeActionLink(a.link, linkContext),
      owner: a.owner,
      partner: a.partner,
      firstStep: a.firstStep,
      byWhen: a.byWhen,
      stage: a.stageId === null ? '' : labelOr(template.rows.get(a.stageId), a.stageId),
      success: a.success,
      priority: a.priorityId === null ? '' : (template.priorities.get(a.priorityId) ?? a.priorityId),
      livedExperience: LIVED_EXPERIENCE_WORDS[a.livedExperience],
    })),
  );
}

/** Cards in agenda order. Attribution is the delegate, or the unit when no delegate is named. */
export function discussionCardsCsv(data: SessionData): CsvFile {
  const template = indexTemplate(data.session.template);
  const records = indexRecords(data);
  const themes = new Map(data.themes.map((t) => [t.id, t.name]));
  const cards = [...data.cards].sort(byKeys((c) => [template.phases.get(c.phaseId)?.index ?? Infinity, c.order]));
  return file(
    SESSION_CSV_FILE_NAMES.cards,
    [
      { key: 'phase', header: 'Phase' },
      { key: 'topic', header: 'Topic' },
      { key: 'text', header: 'Card' },
      { key: 'theme', header: 'Theme' },
      { key: 'votes', header: 'Votes' },
      { key: 'actionCandidate', header: 'Action candidate' },
      { key: 'attribution', header: 'From' },
    ],
    cards.map((c) => {
      const delegate = c.delegateId === null ? undefined : records.delegates.get(c.delegateId);
      return {
        phase: template.phases.get(c.phaseId)?.phase.title ?? c.phaseId,
        topic: c.topicId === null ? '' : (template.topics.get(c.topicId) ?? c.topicId),
        text: c.text,
        theme: c.themeId === null ? '' : (themes.get(c.themeId) ?? ''),
        votes: c.votes,
        actionCandidate: yesNo(c.actionCandidate),
        attribution: delegate?.name ?? records.unitName(c.unitId),
      };
    }),
  );
}

/**
 * Every CSV file that applies to the session: a file is included when the template has the phase
 * it belongs to or the session holds data for it. Quiz answers or tallies follow the quiz mode,
 * plus the other one if it holds data (the mode can change during setup).
 */
export function sessionCsvFiles(data: SessionData): CsvFile[] {
  const template = indexTemplate(data.session.template);
  const hasQuiz = template.hasPhase('quiz');
  const files: CsvFile[] = [];
  if ((hasQuiz && data.session.quizMode === 'per-delegate') || data.quizAnswers.length > 0) files.push(quizAnswersCsv(data));
  if ((hasQuiz && data.session.quizMode === 'tally') || data.quizTallies.length > 0) files.push(quizTalliesCsv(data));
  if (template.hasPhase('discussion') || data.cards.length > 0) files.push(discussionCardsCsv(data));
  if (template.hasPhase('mapping') || data.mapEntries.length > 0) files.push(mapEntriesCsv(data));
  if (template.hasPhase('channels') || data.channels.length > 0) files.push(channelsCsv(data));
  if (template.hasPhase('action-plan') || data.actions.length > 0) files.push(actionsCsv(data));
  return files;
}
