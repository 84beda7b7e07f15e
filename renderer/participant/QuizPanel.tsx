/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { Submission } from '../../shared/join/submission';
import type { DeviceView } from '../../shared/join/view';
import type { QuizAnswerValue } from '../../shared/run/schema';
import { ANSWER_VALUES, ANSWER_WORDS } from '../../shared/vocabulary/answers';
import type { OutboxItem } from './outbox';

interface Props {
  quiz: NonNullable<DeviceView['quiz']>;
  /** This phone's answers to this statement still waiting to send, newest last. */
  waiting: ReadonlyArray<OutboxItem<Submission>>;
  onAnswer: (submission: Submission, label: string) => void;
}

/** The statement on the screen now, with True / False / Not sure; the phone's own answer is marked. */
export function QuizPanel({ quiz, waiting, onAnswer }: Props) {
  const pending = waiting.at(-1)?.submission;
  const pendingAnswer = pending?.kind === 'quiz-answer' ? pending.answer : null;
  // This phone's last tap stays shown between "sent" and the laptop's next view, which can come a moment later.
  const [chosen, setChosen] = useState<QuizAnswerValue | null>(null);
  const shown: QuizAnswerValue | null = pendingAnswer ?? chosen ?? quiz.yourAnswer;
  return (
    <section aria-labelledby="quiz-title">
      <h2 id="quiz-title">True or false?</h2>
      <p class="statement">{quiz.text}</p>
      {quiz.canAnswer ? (
        <>
          <div class="answers" role="group" aria-label="Your answer">
            {ANSWER_VALUES.map((value) => (
              <button
                type="button"
                key={value}
                aria-pressed={shown === value}
                onClick={() => {
                  setChosen(value);
                  onAnswer({ kind: 'quiz-answer', statementId: quiz.statementId, round: quiz.round, answer: value }, `Quiz answer: ${ANSWER_WORDS[value]}`);
                }}
              >
                {ANSWER_WORDS[value]}
              </button>
            ))}
          </div>
          <p aria-live="polite">
            {shown === null ? 'Tap your answer. You can change it until the facilitator moves on.' : `Your answer: ${ANSWER_WORDS[shown]}${pendingAnswer ? ' (waiting to send)' : ''}`}
          </p>
        </>
      ) : (
        <p class="muted">
          {quiz.acceptsAnswers ? 'Quiz answers are each person’s own: join with your name on your own phone to answer.' : 'Answer with the room: the facilitator counts the hands.'}
        </p>
      )}
    </section>
  );
}
