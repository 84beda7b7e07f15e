import { useState } from 'react';
import type { QuizMode, Session } from '../../../shared/session/schema';
import { useSessionWriter } from '../../data/session-write-hooks';
import { ErrorMessage } from '../../components/Field';

const MODES: { mode: QuizMode; label: string; help: string }[] = [
  { mode: 'tally', label: 'Room tally', help: 'You count the hands for True, False and Not sure and type the numbers.' },
  {
    mode: 'per-delegate',
    label: 'Per delegate',
    help: 'One click per delegate records their answer; also for a laptop passed round a table. Gives each delegate a score (console only).',
  },
];

/** How Activity 1 collects answers, and whether the quiz runs again at the close. */
export function QuizSettings({ session }: { session: Session }) {
  const actions = useSessionWriter();
  const [error, setError] = useState<string | null>(null);
  const save = (patch: Partial<Pick<Session, 'quizMode' | 'quizRepeatAtClose'>>) => {
    setError(null);
    actions.updateSetup(session.id, patch).catch((e: unknown) => setError((e as Error).message));
  };
  return (
    <section className="panel" aria-labelledby="quiz-settings-title">
      <h2 id="quiz-settings-title">Quiz</h2>
      <fieldset>
        <legend>How answers are collected</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="radio">
            <input type="radio" name={`quiz-mode-${session.id}`} value={m.mode} checked={session.quizMode === m.mode} onChange={() => save({ quizMode: m.mode })} />
            <span>
              {m.label} <span className="muted">— {m.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={session.quizRepeatAtClose} onChange={(e) => save({ quizRepeatAtClose: e.target.checked })} />
        <span>
          Run the quiz again at the close and compare before and after <span className="muted">— off by default; the time comes out of the conclusion.</span>
        </span>
      </label>
      {error ? (
        <ErrorMessage>{error}</ErrorMessage>
      ) : null}
    </section>
  );
}
