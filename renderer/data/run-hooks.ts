import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { QuizAnswerValue, QuizRound, RunState } from '../../shared/run/schema';
import type { DelegateInput, Session } from '../../shared/session/schema';
import { useDb } from '../app/providers';
import {
  addCard,
  addTheme,
  applyDiscussionPatch,
  deleteCard,
  deleteTheme,
  listPhaseCards,
  listPhaseThemes,
  moveCard,
  renameTheme,
  setCardVotes,
  updateCard,
  type CardDraft,
  type CardEdit,
  type DiscussionPatch,
} from './discussion-repo';
import {
  addWalkIn,
  clearQuizAnswer,
  finishSession,
  getRunState,
  listQuizAnswers,
  listQuizTallies,
  recordQuizAnswer,
  reopenSession,
  setQuizTally,
  startSession,
  updateRun,
  type QuizTallyInput,
} from './run-repo';
import { trackSave } from './save-status';
import { addGroup, setTableCount } from './units-repo';

/** `undefined` while loading, `null` when the session has not been started. */
export function useRunState(sessionId: string | undefined): RunState | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (sessionId ? ((await getRunState(db, sessionId)) ?? null) : null), [db, sessionId]);
}

export function useQuizAnswers(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listQuizAnswers(db, sessionId), [db, sessionId]);
}

export function useQuizTallies(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listQuizTallies(db, sessionId), [db, sessionId]);
}

export function usePhaseCards(sessionId: string, phaseId: string) {
  const db = useDb();
  return useLiveQuery(() => listPhaseCards(db, sessionId, phaseId), [db, sessionId, phaseId]);
}

export function usePhaseThemes(sessionId: string, phaseId: string) {
  const db = useDb();
  return useLiveQuery(() => listPhaseThemes(db, sessionId, phaseId), [db, sessionId, phaseId]);
}

export { useProjectorSnapshot } from './projector-hooks';

/** A RunState transition, given the time the facilitator acted. */
export type RunStep = (state: RunState, session: Session, now: number) => RunState;

/**
 * The write side of the console. Each call is one transaction, tracked by the "Saved" indicator;
 * discussion edits resolve to their undo entry (or null when nothing changed).
 */
export function useRunWriter(sessionId: string) {
  const db = useDb();
  return useMemo(
    () => ({
      start: () => trackSave(() => startSession(db, sessionId)),
      step: (step: RunStep) => {
        const now = Date.now();
        return trackSave(() => updateRun(db, sessionId, (state, session) => step(state, session, now), now));
      },
      finish: () => trackSave(() => finishSession(db, sessionId)),
      reopen: () => trackSave(() => reopenSession(db, sessionId)),

      answer: (statementId: string, delegateId: string, round: QuizRound, answer: QuizAnswerValue) =>
        trackSave(() => recordQuizAnswer(db, { sessionId, statementId, delegateId, round, answer })),
      clearAnswer: (statementId: string, delegateId: string, round: QuizRound) =>
        trackSave(() => clearQuizAnswer(db, { sessionId, statementId, delegateId, round })),
      setTally: (input: Omit<QuizTallyInput, 'sessionId'>) => trackSave(() => setQuizTally(db, { sessionId, ...input })),

      addCard: (phaseId: string, draft: CardDraft) => trackSave(() => addCard(db, sessionId, phaseId, draft)),
      updateCard: (cardId: string, edit: CardEdit) => trackSave(() => updateCard(db, cardId, edit)),
      setVotes: (cardId: string, votes: number) => trackSave(() => setCardVotes(db, cardId, votes)),
      deleteCard: (cardId: string) => trackSave(() => deleteCard(db, cardId)),
      moveCard: (cardId: string, themeId: string | null, index: number | null) => trackSave(() => moveCard(db, cardId, themeId, index)),
      addTheme: (phaseId: string, name: string) => trackSave(() => addTheme(db, sessionId, phaseId, name)),
      renameTheme: (themeId: string, name: string) => trackSave(() => renameTheme(db, themeId, name)),
      deleteTheme: (themeId: string) => trackSave(() => deleteTheme(db, themeId)),
      applyPatch: (patch: DiscussionPatch) => trackSave(() => applyDiscussionPatch(db, sessionId, patch)),

      addWalkIn: (input: DelegateInput, unitId: string | null) => trackSave(() => addWalkIn(db, sessionId, input, unitId)),
      addGroup: (name: string) => trackSave(() => addGroup(db, sessionId, name)),
      setTableCount: (count: number) => trackSave(() => setTableCount(db, sessionId, count)),
    }),
    [db, sessionId],
  );
}

export type RunWriter = ReturnType<typeof useRunWriter>;
