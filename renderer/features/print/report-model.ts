import {
  compareRounds,
  overallShareCorrect,
  statementSummaries,
  type RoundComparison,
  type StatementSummary,
} from '../../../shared/run/quiz-scoring';
import { phaseTimes, type PhaseTimeRow, type PhaseTimes } from '../../../shared/run/phase-time';
import type { Card, QuizRound, RunState } from '../../../shared/run/schema';
import { groupCardsByTheme, type ThemeGroup } from '../../../shared/run/themes';
import type { Session, Unit } from '../../../shared/session/schema';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf, quizPhaseOf, selectedStatements } from '../../../shared/template/agenda';
import type { ActionPlanPhase, ChannelsPhase, DiscussionPhase, MappingPhase, QuizPhase, QuizStatement } from '../../../shared/template/schema';
import { rankChannels, type RankedChannel } from '../../../shared/work/channel-ranking';
import { aggregateRoomMap, type RoomMap } from '../../../shared/work/room-map';
import type { Action, Channel } from '../../../shared/work/schema';
import type { SessionBundle } from '../../data/output-repo';

export type AgendaRow = PhaseTimeRow;

export interface AgendaAsRun extends PhaseTimes {
  run: RunState | null;
}

export interface QuizRoundResult {
  round: QuizRound;
  summaries: StatementSummary[];
  overall: number | null;
}

export interface QuizReport {
  phase: QuizPhase;
  statements: QuizStatement[];
  before: QuizRoundResult;
  /** Present when the quiz was run a second time (answers or tallies for the "after" round). */
  after: QuizRoundResult | null;
  comparison: RoundComparison[] | null;
}

export interface DiscussionReport {
  phase: DiscussionPhase;
  groups: ThemeGroup[];
  cardCount: number;
}

export interface ActionGroup {
  /** The map row (lifecycle stage in template 1) the actions are for; null for "not given". */
  rowId: string | null;
  label: string;
  actions: Action[];
}

export interface ReportCounts {
  delegates: number;
  units: number;
  unitsWithEntries: number;
  entries: number;
  channels: number;
  actions: number;
  unitsWithActions: number;
  cards: number;
  plansComplete: number;
}

export interface SessionReport {
  session: Session;
  counts: ReportCounts;
  agenda: AgendaAsRun;
  quiz: QuizReport | null;
  discussions: DiscussionReport[];
  roomMap: { phase: MappingPhase; map: RoomMap } | null;
  channels: { phase: ChannelsPhase; ranked: RankedChannel[] } | null;
  actionPhase: ActionPlanPhase | null;
  actionGroups: ActionGroup[];
  units: Map<string, Unit>;
  /** For describing what an action is linked to. */
  channelsForLinks: Channel[];
  cardsForLinks: Card[];
}

export function agendaAsRun(session: Session, run: RunState | null, now: number): AgendaAsRun {
  // The same figures as the console's rail and finished screen (wall-clock time per phase).
  return { ...phaseTimes(run, session.template.phases, now), run };
}

/** Results from whichever source holds them: the session's quiz mode first, the other if only it has data. */
function quizReport(bundle: SessionBundle): QuizReport | null {
  const phase = quizPhaseOf(bundle.session.template);
  if (!phase) return null;
  const statements = selectedStatements(phase);
  const hasAnswers = (round: QuizRound) => bundle.quizAnswers.some((a) => a.round === round);
  const hasTallies = (round: QuizRound) => bundle.quizTallies.some((t) => t.round === round);
  const summaries = (round: QuizRound): StatementSummary[] => {
    const useAnswers =
      bundle.session.quizMode === 'per-delegate' ? hasAnswers(round) || !hasTallies(round) : hasAnswers(round) && !hasTallies(round);
    return useAnswers
      ? statementSummaries(statements, bundle.quizAnswers, 'per-delegate', round)
      : statementSummaries(statements, bundle.quizTallies, 'tally', round);
  };
  const result = (round: QuizRound): QuizRoundResult => {
    const s = summaries(round);
    return { round, summaries: s, overall: overallShareCorrect(s) };
  };
  const before = result('before');
  const after = hasAnswers('after') || hasTallies('after') ? result('after') : null;
  return { phase, statements, before, after, comparison: after ? compareRounds(before.summaries, after.summaries) : null };
}

/** Unit by unit, each in its own order: the order the room sees them in. */
function inDisplayOrder<T extends { unitId: string; order: number }>(items: readonly T[], units: Map<string, Unit>): T[] {
  const unitOrder = (id: string) => units.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => unitOrder(a.unitId) - unitOrder(b.unitId) || a.order - b.order);
}

function actionGroups(bundle: SessionBundle, mapping: MappingPhase | undefined, units: Map<string, Unit>): ActionGroup[] {
  const sorted = inDisplayOrder(bundle.actions, units);
  const rows = mapping?.rows ?? [];
  const known = new Set(rows.map((r) => r.id));
  const groups: ActionGroup[] = rows.map((row) => ({ rowId: row.id, label: row.label, actions: sorted.filter((a) => a.stageId === row.id) }));
  const rest = sorted.filter((a) => a.stageId === null || !known.has(a.stageId));
  if (rest.length > 0 || groups.length === 0) {
    const stageLabel = actionPlanPhaseOf(bundle.session.template)?.fieldLabels.stage ?? 'Stage';
    groups.push({ rowId: null, label: groups.length === 0 ? 'All actions' : `${stageLabel} not given`, actions: rest });
  }
  return groups;
}

export function buildSessionReport(bundle: SessionBundle): SessionReport {
  const template = bundle.session.template;
  const units = new Map(bundle.units.map((u) => [u.id, u]));
  const mapping = mappingPhaseOf(template);
  const channelsPhase = channelsPhaseOf(template);
  const roomMap = mapping ? aggregateRoomMap(mapping, bundle.mapEntries) : null;
  const discussions = template.phases
    .filter((p): p is DiscussionPhase => p.kind === 'discussion')
    .map((phase) => {
      const cards = bundle.cards.filter((c) => c.phaseId === phase.id);
      const themes = bundle.themes.filter((t) => t.phaseId === phase.id);
      // Themes with the most votes first; the unthemed pile stays last.
      const groups = groupCardsByTheme(cards, themes);
      const themed = groups.filter((g) => g.theme !== null).sort((a, b) => b.totalVotes - a.totalVotes);
      const unthemed = groups.filter((g) => g.theme === null && g.cards.length > 0);
      return { phase, groups: [...themed, ...unthemed], cardCount: cards.length };
    });
  return {
    session: bundle.session,
    counts: {
      delegates: bundle.delegates.length,
      units: bundle.units.length,
      unitsWithEntries: roomMap?.unitsWithEntries ?? new Set(bundle.mapEntries.map((e) => e.unitId)).size,
      entries: bundle.mapEntries.length,
      channels: bundle.channels.length,
      actions: bundle.actions.length,
      unitsWithActions: new Set(bundle.actions.map((a) => a.unitId)).size,
      cards: bundle.cards.length,
      plansComplete: bundle.plans.filter((p) => p.complete).length,
    },
    agenda: agendaAsRun(bundle.session, bundle.runState, bundle.exportedAt),
    quiz: quizReport(bundle),
    discussions,
    roomMap: mapping && roomMap ? { phase: mapping, map: roomMap } : null,
    channels: channelsPhase ? { phase: channelsPhase, ranked: rankChannels(inDisplayOrder(bundle.channels, units), channelsPhase.suggestions) } : null,
    actionPhase: actionPlanPhaseOf(template) ?? null,
    actionGroups: actionGroups(bundle, mapping, units),
    units,
    channelsForLinks: bundle.channels,
    cardsForLinks: bundle.cards,
  };
}
