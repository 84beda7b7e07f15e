import { isClosingPhase } from '../../../shared/run/closing-phase';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';
import type { Phase } from '../../../shared/template/schema';
import type { RunWriter } from '../../data/run-hooks';
import { PhaseScaffold } from '../scaffold/PhaseScaffold';
import { WorkPhasePanel } from '../work/WorkPhasePanel';
import { DiscussionPanel } from './discussion/DiscussionPanel';
import { PointsPanel } from './PointsPanel';
import { QuizPanel } from './quiz/QuizPanel';
import { RepeatQuiz } from './quiz/RepeatQuiz';

interface Props {
  session: Session;
  run: RunState;
  phase: Phase;
  actions: RunWriter;
}

/** What the console shows for the current phase, by kind; the closing phase can also repeat the quiz. */
export function PhasePanel({ session, run, phase, actions }: Props) {
  const repeatHere = session.quizRepeatAtClose && phase.kind !== 'quiz' && isClosingPhase(session.template, phase.id);
  return (
    <>
      {repeatHere ? <RepeatQuiz session={session} run={run} actions={actions} /> : null}
      <PhaseScaffold session={session} phase={phase} />
      <PhaseBody session={session} run={run} phase={phase} actions={actions} />
    </>
  );
}

function PhaseBody({ session, run, phase, actions }: Props) {
  switch (phase.kind) {
    case 'intro':
    case 'close':
      return <PointsPanel phase={phase} />;
    case 'quiz':
      return <QuizPanel session={session} run={run} actions={actions} />;
    case 'discussion':
      // Keyed: a new discussion starts with its own undo stack and nothing carried over.
      return <DiscussionPanel key={phase.id} session={session} phase={phase} actions={actions} />;
    case 'mapping':
    case 'channels':
    case 'action-plan':
      return <WorkPhasePanel session={session} phase={phase} />;
  }
}
