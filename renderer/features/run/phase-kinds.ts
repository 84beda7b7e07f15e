import { isClosingPhase } from '../../../shared/run/closing-phase';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';
import type { Phase } from '../../../shared/template/schema';

export const PHASE_KIND_LABEL: Record<Phase['kind'], string> = {
  intro: 'Introduction',
  quiz: 'True/false quiz',
  discussion: 'Discussion',
  mapping: 'Mapping activity',
  channels: 'Engaging students directly',
  'action-plan': 'Action plan',
  close: 'Close',
};

/** The quiz is live in its own phase, and at the close while the repeat round is on. */
export function quizIsLive(session: Pick<Session, 'template' | 'quizRepeatAtClose'>, run: RunState): boolean {
  const phase = session.template.phases.find((p) => p.id === run.currentPhaseId);
  if (!phase) return false;
  if (phase.kind === 'quiz') return true;
  return session.quizRepeatAtClose && run.quiz.round === 'after' && isClosingPhase(session.template, phase.id);
}
