import { useMemo } from 'react';
import type { QuizAnswerValue, QuizRound, RunState } from '../../shared/run/schema';
import type { DelegateInput, Session } from '../../shared/session/schema';
import { useDb } from '../app/providers';
import * as discussion from './discussion-repo';
import type { CardDraft, CardEdit, DiscussionPatch } from './discussion-repo';
import { useDbQuery, useStampedDbQuery } from './live-query';
import * as run from './run-repo';
import type { QuizTallyInput } from './run-repo';
import { trackSave } from './save-status';
import { addGroup, setTableCount } from './units-repo';

/** `undefined` while loading, `null` when the session has not been started. */
export function useRunState(sessionId: string | undefined): RunState | null | undefined {
  return useDbQuery(async (db) => (sessionId ? ((await run.getRunState(db, sessionId)) ?? null) : null), [sessionId]);
}

/** Stamped, for the console's committed overlay (data/committed-overlay.ts). */
export const useQuizAnswers = (sessionId: string) => useStampedDbQuery((db) => run.listQuizAnswers(db, sessionId), [sessionId]);

export const useQuizTallies = (sessionId: string) => useDbQuery((db) => run.listQuizTallies(db, sessionId), [sessionId]);

/** Stamped, for the console's committed overlay (data/committed-overlay.ts). */
export const usePhaseCards = (sessionId: string, phaseId: string) =>
  useStampedDbQuery((db) => discussion.listPhaseCards(db, sessionId, phaseId), [sessionId, phaseId]);

export const usePhaseThemes = (sessionId: string, phaseId: string) => useDbQuery((db) => discussion.listPhaseThemes(db, sessionId, phaseId), [sessionId, phaseId]);

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
      start: () => trackSave(() => run.startSession(db, sessionId)),
      step: (step: RunStep) => {
        const now = Date.now();
        return trackSave(() => run.updateRun(db, sessionId, (state, session) => step(state, session, now), now));
      },
      finish: () => trackSave(() => run.finishSession(db, sessionId)),
      reopen: () => trackSave(() => run.reopenSession(db, sessionId)),

      answer: (statementId: string, delegateId: string, round: QuizRound, answer: QuizAnswerValue) =>
        trackSave(() => run.recordQuizAnswer(db, { sessionId, statementId, delegateId, round, answer })),
      clearAnswer: (statementId: string, delegateId: string, round: QuizRound) =>
        trackSave(() => run.clearQuizAnswer(db, { sessionId, statementId, delegateId, round })),
      setTally: (input: Omit<QuizTallyInput, 'sessionId'>) => trackSave(() => run.setQuizTally(db, { sessionId, ...input })),

      addCard: (phaseId: string, draft: CardDraft) => trackSave(() => discussion.addCard(db, sessionId, phaseId, draft)),
      updateCard: (cardId: string, edit: CardEdit) => trackSave(() => discussion.updateCard(db, cardId, edit)),
      setVotes: (cardId: string, votes: number) => trackSave(() => discussion.setCardVotes(db, cardId, votes)),
      deleteCard: (cardId: string) => trackSave(() => discussion.deleteCard(db, cardId)),
      moveCard: (cardId: string, themeId: string | null, index: number | null) => trackSave(() => discussion.moveCard(db, cardId, themeId, index)),
      addTheme: (phaseId: string, name: string) => trackSave(() => discussion.addTheme(db, sessionId, phaseId, name)),
      renameTheme: (themeId: string, name: string) => trackSave(() => discussion.renameTheme(db, themeId, name)),
      deleteTheme: (themeId: string) => trackSave(() => discussion.deleteTheme(db, themeId)),
      applyPatch: (patch: DiscussionPatch) => trackSave(() => discussion.applyDiscussionPatch(db, sessionId, patch)),

      addWalkIn: (input: DelegateInput, unitId: string | null) => trackSave(() => run.addWalkIn(db, sessionId, input, unitId)),
      addGroup: (name: string) => trackSave(() => addGroup(db, sessionId, name)),
      setTableCount: (count: number) => trackSave(() => setTableCount(db, sessionId, count)),
    }),
    [db, sessionId],
  );
}

export type RunWriter = ReturnType<typeof useRunWriter>;
