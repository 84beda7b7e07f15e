import { setQuizRound } from '../../../../shared/run/run-state';
import type { RunState } from '../../../../shared/run/schema';
import type { Session } from '../../../../shared/session/schema';
import type { RunWriter } from '../../../data/run-hooks';
import { QuizPanel } from './QuizPanel';

/**
 * The optional second run of the quiz at the close (set per session in setup). While it is on,
 * the projector shows the quiz instead of this phase; the summary then compares before and after.
 */
export function RepeatQuiz({ session, run, actions }: { session: Session; run: RunState; actions: RunWriter }) {
  const on = run.quiz.round === 'after';
  return (
    <section className="repeat-quiz" aria-labelledby="repeat-title">
      <div className="panel-head">
        <h3 id="repeat-title">Quiz again at the close</h3>
        <button
          type="button"
          className={on ? undefined : 'primary'}
          onClick={() => void actions.step((s, _ses, t) => setQuizRound(s, on ? 'before' : 'after', t))}
        >
          {on ? 'End the repeat quiz' : 'Start the repeat quiz'}
        </button>
      </div>
      {on ? (
        <QuizPanel session={session} run={run} actions={actions} />
      ) : (
        <p className="muted">
          Runs the same statements again to see what changed; the summary then compares before and after. The room sees the quiz
          until you end it. Its time comes out of this phase.
        </p>
      )}
    </section>
  );
}
