import { delegateScores, type DelegateScore } from '../../../shared/run/quiz-scoring';
import type { Card, QuizAnswer, QuizAnswerValue, QuizRound } from '../../../shared/run/schema';
import type { Delegate, Session, Unit } from '../../../shared/session/schema';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf, quizPhaseOf, selectedStatements } from '../../../shared/template/agenda';
import type { ActionPlanPhase, ChannelsPhase, QuizStatement } from '../../../shared/template/schema';
import { sortByOrder } from '../../../shared/work/reorder';
import type { Action, Channel } from '../../../shared/work/schema';
import type { SessionBundle } from '../../data/output-repo';
import { buildMapView, type MapView } from './map-view';

export interface DelegateQuizRow {
  number: number;
  statement: QuizStatement;
  answers: Partial<Record<QuizRound, QuizAnswerValue>>;
}

/** The delegate's own answers; present only when answers were recorded per delegate. */
export interface DelegateQuiz {
  rounds: { round: QuizRound; score: DelegateScore }[];
  rows: DelegateQuizRow[];
}

export interface DelegateDoc {
  session: Session;
  delegate: Delegate;
  unit: Unit | null;
  /** The other delegates in the same group or table. */
  unitMates: Delegate[];
  /** null when the template has no map; the map is the unit's alone. */
  map: MapView | null;
  channelsPhase: ChannelsPhase | null;
  channels: Channel[];
  actionPhase: ActionPlanPhase | null;
  actions: Action[];
  /** For describing what an action is linked to. */
  allChannels: Channel[];
  cards: Card[];
  quiz: DelegateQuiz | null;
}

const ROUNDS: QuizRound[] = ['before', 'after'];

/** The latest answer per statement and round from one delegate. */
function latestByStatement(answers: readonly QuizAnswer[]): Map<string, Partial<Record<QuizRound, QuizAnswer>>> {
  const latest = new Map<string, Partial<Record<QuizRound, QuizAnswer>>>();
  for (const answer of answers) {
    const slot = latest.get(answer.statementId) ?? {};
    const seen = slot[answer.round];
    if (!seen || answer.answeredAt >= seen.answeredAt) slot[answer.round] = answer;
    latest.set(answer.statementId, slot);
  }
  return latest;
}

function delegateQuiz(bundle: SessionBundle, delegate: Delegate): DelegateQuiz | null {
  const phase = quizPhaseOf(bundle.session.template);
  const own = bundle.quizAnswers.filter((a) => a.delegateId === delegate.id);
  if (!phase || own.length === 0) return null;
  const statements = selectedStatements(phase);
  const latest = latestByStatement(own);
  const rounds = ROUNDS.filter((round) => own.some((a) => a.round === round)).map((round) => ({
    round,
    score: delegateScores([delegate], statements, own, round)[0] ?? { delegateId: delegate.id, correct: 0, answered: 0, total: statements.length },
  }));
  const rows = statements.map((statement, index) => {
    const slot = latest.get(statement.id) ?? {};
    const answers: DelegateQuizRow['answers'] = {};
    for (const { round } of rounds) {
      const answer = slot[round];
      if (answer) answers[round] = answer.answer;
    }
    return { number: index + 1, statement, answers };
  });
  return { rounds, rows };
}

/** Everything one delegate's document shows, or null when the delegate is not in the session. */
export function buildDelegateDoc(bundle: SessionBundle, delegateId: string): DelegateDoc | null {
  const delegate = bundle.delegates.find((d) => d.id === delegateId);
  if (!delegate) return null;
  const template = bundle.session.template;
  const unit = delegate.unitId === null ? null : (bundle.units.find((u) => u.id === delegate.unitId) ?? null);
  const ofUnit = <T extends { unitId: string }>(items: readonly T[]): T[] => (unit ? items.filter((item) => item.unitId === unit.id) : []);
  const mapping = mappingPhaseOf(template);
  return {
    session: bundle.session,
    delegate,
    unit,
    unitMates: unit ? bundle.delegates.filter((d) => d.unitId === unit.id && d.id !== delegate.id) : [],
    map: mapping ? buildMapView(mapping, ofUnit(bundle.mapEntries)) : null,
    channelsPhase: channelsPhaseOf(template) ?? null,
    channels: sortByOrder(ofUnit(bundle.channels)),
    actionPhase: actionPlanPhaseOf(template) ?? null,
    actions: sortByOrder(ofUnit(bundle.actions)),
    allChannels: bundle.channels,
    cards: bundle.cards,
    quiz: delegateQuiz(bundle, delegate),
  };
}
