/**
 * A whole recorded session as an archive, built from a short description: for the output tests
 * (vitest builds documents from it, Playwright opens it through "Open archive…"). The result is
 * parsed with the archive schema, so a fixture that the app would refuse fails here, loudly.
 * Test support only: nothing in the app imports this module.
 */
import { readJsonText, type Archive } from '../archive';
import { archiveV1Schema, type ArchiveV1 } from '../archive/v1/schema';
import type { QuizAnswerValue, QuizRound } from '../run/schema';
import type { QuizMode, UnitKind, UnitMode } from '../session/schema';
import type { Template } from '../template/schema';
import type { ActionLink, LivedExperience } from '../work/schema';

export interface FixtureEntry {
  columnId: string;
  rowId: string;
  what: string;
  strengthId: string;
  partner?: string;
  frequencyId?: string | null;
  livedExperience?: LivedExperience;
  note?: string;
}

export interface FixtureChannel {
  name: string;
  reaches?: string;
  unionSupport?: string;
  livedExperience?: LivedExperience;
  suggestionId?: string | null;
}

export interface FixtureAction {
  what: string;
  owner: string;
  why?: string;
  partner?: string;
  firstStep?: string;
  byWhen?: string;
  stageId?: string | null;
  success?: string;
  priorityId?: string | null;
  livedExperience?: LivedExperience;
  /** A gap link by ids, or the name of one of this unit's channels. */
  link?: Extract<ActionLink, { kind: 'gap' }> | { kind: 'channel'; channelName: string } | null;
}

export interface FixtureUnit {
  name: string;
  kind?: UnitKind;
  delegates: { name: string; role?: string; institution?: string; email?: string }[];
  entries?: FixtureEntry[];
  channels?: FixtureChannel[];
  actions?: FixtureAction[];
  planComplete?: boolean;
}

export type FixtureQuizAnswer = { delegate: string; statementId: string; round: QuizRound; answer: QuizAnswerValue };

/** Quiz answers written as a grid: per round, each delegate's answer per statement, in that order. */
export function answerGrid(round: QuizRound, rows: Record<string, Record<string, QuizAnswerValue>>): FixtureQuizAnswer[] {
  return Object.entries(rows).flatMap(([delegate, answers]) => Object.entries(answers).map(([statementId, answer]) => ({ delegate, statementId, round, answer })));
}

export interface FixtureSpec {
  /** Distinguishes the ids of several fixtures opened in one profile (0 to 0xffffffff). */
  seed?: number;
  title: string;
  campus?: string;
  venue?: string;
  date?: string;
  startTime?: string;
  facilitators?: string[];
  unitMode?: UnitMode;
  quizMode?: QuizMode;
  units: FixtureUnit[];
  /** Per-delegate answers, by delegate name. */
  quizAnswers?: FixtureQuizAnswer[];
  quizTallies?: { statementId: string; round: QuizRound; trueCount: number; falseCount: number; unsureCount: number }[];
  /** Cards by phase id; `theme` names a theme of that phase (created on first use). */
  cards?: { phaseId: string; text: string; votes?: number; theme?: string; actionCandidate?: boolean }[];
  /** Minutes actually spent per phase id; the run is finished unless `currentPhaseId` is given. */
  run?: { actualMinutes: Record<string, number>; currentPhaseId?: string };
}

const START = Date.UTC(2026, 10, 23, 10, 10);

/**
 * `template` is the session's template (e.g. a built-in one). It is passed in rather than imported,
 * so Node-run tests can load the template JSON themselves.
 */
export function buildSessionFixtureV1(spec: FixtureSpec, template: Template): ArchiveV1 {
  const seed = (spec.seed ?? 0).toString(16).padStart(8, '0');
  let counter = 0;
  const nextId = () => `${seed}-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;
  const sessionId = nextId();
  const at = (minutes: number) => START + minutes * 60_000;
  const base = { sessionId };

  const units: ArchiveV1['units'] = [];
  const delegates: ArchiveV1['delegates'] = [];
  const mapEntries: ArchiveV1['mapEntries'] = [];
  const channels: ArchiveV1['channels'] = [];
  const actions: ArchiveV1['actions'] = [];
  const plans: ArchiveV1['plans'] = [];

  spec.units.forEach((u, unitIndex) => {
    const unitId = nextId();
    units.push({ ...base, id: unitId, kind: u.kind ?? 'table', name: u.name, order: unitIndex, createdAt: at(0) });
    for (const d of u.delegates) {
      delegates.push({
        ...base,
        id: nextId(),
        name: d.name,
        role: d.role ?? '',
        institution: d.institution ?? '',
        email: d.email ?? '',
        unitId,
        walkIn: false,
        order: delegates.length,
        createdAt: at(0),
      });
    }
    (u.entries ?? []).forEach((e, order) => {
      mapEntries.push({
        ...base,
        id: nextId(),
        unitId,
        columnId: e.columnId,
        rowId: e.rowId,
        what: e.what,
        partner: e.partner ?? '',
        frequencyId: e.frequencyId ?? null,
        strengthId: e.strengthId,
        livedExperience: e.livedExperience ?? 'unsure',
        note: e.note ?? '',
        suggestionId: null,
        order,
        createdAt: at(30),
        updatedAt: at(30),
      });
    });
    const unitChannels = (u.channels ?? []).map((c, order) => {
      const channel: ArchiveV1['channels'][number] = {
        ...base,
        id: nextId(),
        unitId,
        suggestionId: c.suggestionId ?? null,
        name: c.name,
        reaches: c.reaches ?? '',
        livedExperience: c.livedExperience ?? 'unsure',
        unionSupport: c.unionSupport ?? '',
        note: '',
        order,
        createdAt: at(40),
        updatedAt: at(40),
      };
      return channel;
    });
    channels.push(...unitChannels);
    (u.actions ?? []).forEach((a, order) => {
      let link: ActionLink | null = null;
      if (a.link?.kind === 'gap') link = a.link;
      if (a.link?.kind === 'channel') {
        const name = a.link.channelName;
        const channel = unitChannels.find((c) => c.name === name);
        if (!channel) throw new Error(`No channel "${name}" in unit "${u.name}"`);
        link = { kind: 'channel', channelId: channel.id };
      }
      actions.push({
        ...base,
        id: nextId(),
        unitId,
        what: a.what,
        why: a.why ?? '',
        link,
        owner: a.owner,
        partner: a.partner ?? '',
        firstStep: a.firstStep ?? '',
        byWhen: a.byWhen ?? '',
        stageId: a.stageId ?? null,
        success: a.success ?? '',
        priorityId: a.priorityId ?? null,
        livedExperience: a.livedExperience ?? 'unsure',
        order,
        createdAt: at(50),
        updatedAt: at(50),
      });
    });
    if (u.planComplete !== undefined) plans.push({ ...base, unitId, complete: u.planComplete, updatedAt: at(58) });
  });

  const delegateByName = (name: string) => {
    const delegate = delegates.find((d) => d.name === name);
    if (!delegate) throw new Error(`No delegate "${name}"`);
    return delegate;
  };

  const themes: ArchiveV1['themes'] = [];
  const cards: ArchiveV1['cards'] = (spec.cards ?? []).map((c, order) => {
    let theme = c.theme === undefined ? undefined : themes.find((t) => t.phaseId === c.phaseId && t.name === c.theme);
    if (c.theme !== undefined && !theme) {
      theme = { ...base, id: nextId(), phaseId: c.phaseId, name: c.theme, order: themes.length, createdAt: at(20) };
      themes.push(theme);
    }
    return {
      ...base,
      id: nextId(),
      phaseId: c.phaseId,
      text: c.text,
      delegateId: null,
      unitId: null,
      topicId: null,
      themeId: theme?.id ?? null,
      votes: c.votes ?? 0,
      actionCandidate: c.actionCandidate ?? false,
      order,
      createdAt: at(20),
      updatedAt: at(20),
    };
  });

  const firstPhase = template.phases[0];
  if (!firstPhase) throw new Error('The template has no phases');
  const run = spec.run;
  const runState: ArchiveV1['runState'] = run
    ? {
        sessionId,
        currentPhaseId: run.currentPhaseId ?? template.phases[template.phases.length - 1]?.id ?? firstPhase.id,
        phaseActualMs: Object.fromEntries(Object.entries(run.actualMinutes).map(([id, minutes]) => [id, Math.round(minutes * 60_000)])),
        completedPhaseIds: Object.keys(run.actualMinutes),
        timer: { phaseId: run.currentPhaseId ?? firstPhase.id, plannedMs: 0, addedMs: 0, elapsedBeforeMs: 0, runningSince: null },
        quiz: { round: 'before', statementIndex: 0, revealed: false },
        projector: { blank: false, frozen: false, theme: 'dark' },
        startedAt: at(0),
        finishedAt: run.currentPhaseId ? null : at(62),
        updatedAt: at(62),
      }
    : null;

  return archiveV1Schema.parse({
    formatVersion: 1,
    app: 'co-create-studio',
    exportedAt: at(70),
    session: {
      id: sessionId,
      title: spec.title,
      campus: spec.campus ?? '',
      venue: spec.venue ?? '',
      date: spec.date ?? '',
      startTime: spec.startTime ?? '',
      facilitators: spec.facilitators ?? [],
      caseStudy: '',
      unitMode: spec.unitMode ?? 'tables',
      quizMode: spec.quizMode ?? 'tally',
      quizRepeatAtClose: (spec.quizAnswers ?? []).some((a) => a.round === 'after') || (spec.quizTallies ?? []).some((t) => t.round === 'after'),
      template,
      status: run ? (run.currentPhaseId ? 'running' : 'finished') : 'draft',
      createdAt: at(-60 * 24),
      updatedAt: at(62),
    },
    delegates,
    units,
    runState,
    quizAnswers: (spec.quizAnswers ?? []).map((a) => ({
      ...base,
      id: nextId(),
      statementId: a.statementId,
      delegateId: delegateByName(a.delegate).id,
      round: a.round,
      answer: a.answer,
      answeredAt: at(a.round === 'before' ? 5 : 59),
    })),
    quizTallies: (spec.quizTallies ?? []).map((t) => ({ ...base, id: nextId(), ...t, updatedAt: at(t.round === 'before' ? 6 : 59) })),
    cards,
    themes,
    mapEntries,
    channels,
    actions,
    plans,
  });
}

/** The same session as the app holds it after opening the format-1 file (what output code reads). */
export function buildSessionFixture(spec: FixtureSpec, template: Template): Archive {
  const read = readJsonText(JSON.stringify(buildSessionFixtureV1(spec, template)));
  if (!read.ok) throw new Error(`The fixture would not open: ${read.message}`);
  return read.archive;
}
