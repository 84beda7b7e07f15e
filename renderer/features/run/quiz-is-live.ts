import { isClosingPhase } from '../../../shared/run/closing-phase';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';

/** The quiz is live in its own phase, and at the close while the repeat round is on. */
export function quizIsLive(session: Pick<Session, 'template' | 'quizRepeatAtClose'>, run: RunState): boolean {
  const phase = session.template.phases.find((p) => p.id === run.currentPhaseId);
  if (!phase) return false;
  if (phase.kind === 'quiz') return true;
  return session.quizRepeatAtClose && run.quiz.round === 'after' && isClosingPhase(session.template, phase.id);
}
