import type { ConsoleSnapshot, OwnQuizAnswer, TableWork } from '../../shared/join';
import { isClosingPhase } from '../../shared/run/closing-phase';
import type { QuizAnswer, RunState } from '../../shared/run/schema';
import type { Delegate, Session, Unit } from '../../shared/session/schema';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf, quizPhaseOf, selectedStatements } from '../../shared/template/agenda';
import { actionToInput } from '../../shared/work/action-input';
import { channelToInput } from '../../shared/work/channel-input';
import { mapEntryToInput } from '../../shared/work/map-entry-input';
import type { Action, Channel, MapEntry } from '../../shared/work/schema';
import type { CoCreateDb } from './db';
import { listDelegates } from './delegates-repo';
import { getRunState, listQuizAnswers } from './run-repo';
import { getSession } from './sessions-repo';
import { listUnits } from './units-repo';
import { listActions, listChannels, listMapEntries } from './work-repo';

export interface JoinSnapshotInput {
  session: Session;
  run: RunState;
  units: Unit[];
  delegates: Delegate[];
  quizAnswers: QuizAnswer[];
  mapEntries: MapEntry[];
  channels: Channel[];
  actions: Action[];
  /** The laptop can make a delegate's PDF (or its printable page) now. */
  pdfAvailable: boolean;
}

/**
 * The console's snapshot for the relay, built from the same records the console shows. Everything
 * per person is here keyed by delegate or unit; the relay's `viewForDevice` cuts one phone's part
 * out of it, so no phone ever receives another delegate's answers. No notes, emails or roles.
 */
export function buildJoinSnapshot(input: JoinSnapshotInput): ConsoleSnapshot {
  const { session, run } = input;
  const template = session.template;
  const phase = template.phases.find((p) => p.id === run.currentPhaseId) ?? template.phases[0]!;
  const finished = session.status === 'finished' || run.finishedAt !== null;

  const quizPhase = quizPhaseOf(template);
  const quizLive = phase.kind === 'quiz' || (session.quizRepeatAtClose && run.quiz.round === 'after' && isClosingPhase(template, phase.id));
  const statement = quizPhase ? selectedStatements(quizPhase)[run.quiz.statementIndex] : undefined;

  const mapping = mappingPhaseOf(template);
  const channels = channelsPhaseOf(template);
  const plan = actionPlanPhaseOf(template);

  const tables: Record<string, TableWork> = {};
  for (const unit of input.units) tables[unit.id] = { entries: [], channels: [], actions: [] };
  for (const e of input.mapEntries) tables[e.unitId]?.entries.push({ id: e.id, ...mapEntryToInput(e) });
  for (const c of input.channels) tables[c.unitId]?.channels.push({ id: c.id, ...channelToInput(c) });
  for (const a of input.actions) tables[a.unitId]?.actions.push({ id: a.id, ...actionToInput(a) });

  const quizAnswers: Record<string, OwnQuizAnswer[]> = {};
  for (const a of input.quizAnswers) (quizAnswers[a.delegateId] ??= []).push({ statementId: a.statementId, round: a.round, answer: a.answer });

  return {
    sessionId: session.id,
    sessionTitle: session.title,
    finished,
    phase: { id: phase.id, kind: phase.kind, title: phase.title, prompt: phase.audiencePrompt },
    quiz:
      quizLive && statement && !finished
        ? { statementId: statement.id, round: run.quiz.round, text: statement.text, acceptsAnswers: session.quizMode === 'per-delegate' }
        : null,
    forms: {
      mapping: mapping
        ? {
            columns: mapping.columns.map(({ id, label }) => ({ id, label })),
            rows: mapping.rows.map(({ id, label }) => ({ id, label })),
            strengths: mapping.strengths.map(({ id, level, label }) => ({ id, level, label })),
            frequencies: mapping.frequencies.map(({ id, label }) => ({ id, label })),
            partnerLabel: mapping.partnerLabel,
            suggestions: mapping.suggestions.map(({ id, columnId, label }) => ({ id, columnId, label })),
          }
        : null,
      channels: channels ? { suggestions: channels.suggestions.map(({ id, label }) => ({ id, label })) } : null,
      actionPlan: plan ? { fieldLabels: { ...plan.fieldLabels }, priorities: plan.priorities.map(({ id, label }) => ({ id, label })) } : null,
    },
    units: input.units.map((u) => ({ id: u.id, name: u.name })),
    delegates: input.delegates.map((d) => ({ id: d.id, name: d.name, unitId: d.unitId })),
    tables,
    quizAnswers,
    pdfAvailable: input.pdfAvailable,
  };
}

/** Reads what the snapshot needs; null when the session is gone or not started. */
export async function loadJoinSnapshot(db: CoCreateDb, sessionId: string, pdfAvailable: boolean): Promise<ConsoleSnapshot | null> {
  const [session, run] = await Promise.all([getSession(db, sessionId), getRunState(db, sessionId)]);
  if (!session || !run) return null;
  const [units, delegates, quizAnswers, mapEntries, channels, actions] = await Promise.all([
    listUnits(db, sessionId),
    listDelegates(db, sessionId),
    listQuizAnswers(db, sessionId),
    listMapEntries(db, sessionId),
    listChannels(db, sessionId),
    listActions(db, sessionId),
  ]);
  return buildJoinSnapshot({ session, run, units, delegates, quizAnswers, mapEntries, channels, actions, pdfAvailable });
}
