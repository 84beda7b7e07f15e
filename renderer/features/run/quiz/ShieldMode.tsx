import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { QuizAnswerValue } from '../../../../shared/run/schema';
import { matchShortcut } from '../../../../shared/run/shortcuts';
import type { Delegate } from '../../../../shared/session/schema';
import type { QuizStatement } from '../../../../shared/template/schema';
import { ANSWER_OPTIONS, answerForKey } from './answer-keys';

interface Props {
  statement: QuizStatement;
  delegates: readonly Delegate[];
  /** Who has already answered this statement in this round: they are skipped. */
  answeredIds: ReadonlySet<string>;
  onAnswer: (delegateId: string, value: QuizAnswerValue) => Promise<unknown>;
  onExit: () => void;
}

/**
 * A laptop passed round a table: one delegate at a time sees the statement and answers, then a
 * shield covers the screen until the next person says who they are. Nobody sees anyone else's
 * answer, and the console's shortcuts are held back so a stray N or arrow cannot change phase.
 */
export function ShieldMode({ statement, delegates, answeredIds, onAnswer, onExit }: Props) {
  // Fixed when the round starts, so answering does not reshuffle who comes next.
  const [queue] = useState(() => delegates.filter((d) => !answeredIds.has(d.id)));
  const [position, setPosition] = useState(0);
  const [covered, setCovered] = useState(true);
  const focusTarget = useRef<HTMLButtonElement>(null);
  const delegate = queue[position];

  useEffect(() => {
    focusTarget.current?.focus();
  }, [position, covered]);

  const answer = (value: QuizAnswerValue) => {
    if (!delegate) return;
    void onAnswer(delegate.id, value);
    setPosition((p) => p + 1);
    setCovered(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const value = answerForKey(event);
    if (value && !covered && delegate) {
      event.preventDefault();
      answer(value);
      return;
    }
    const target = event.target as HTMLElement;
    const claimed = matchShortcut({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      shiftKey: event.shiftKey,
      target: { tagName: target.tagName, isContentEditable: target.isContentEditable },
    });
    if (claimed || value) event.preventDefault();
  };

  return (
    <div className="shield-mode" onKeyDown={onKeyDown}>
      {!delegate ? (
        <div className="shield-cover">
          <p className="shield-line">Everyone on the list has answered this statement.</p>
          <p>Hand the laptop back to the facilitator.</p>
          <button type="button" ref={focusTarget} className="primary" onClick={onExit}>
            Back to the delegate grid
          </button>
        </div>
      ) : covered ? (
        <div className="shield-cover">
          <p className="shield-line">Pass the laptop to</p>
          <p className="shield-name">{delegate.name}</p>
          <div className="button-row">
            <button type="button" ref={focusTarget} className="primary" onClick={() => setCovered(false)}>
              I am {delegate.name}: show the statement
            </button>
            <button type="button" onClick={() => setPosition((p) => p + 1)}>
              Skip {delegate.name}
            </button>
            <button type="button" onClick={onExit}>
              Stop passing round
            </button>
          </div>
          <p className="muted">
            Delegate {position + 1} of {queue.length} still to answer
          </p>
        </div>
      ) : (
        <div className="shield-question">
          <p className="shield-line">{delegate.name}, is this true or false?</p>
          <blockquote className="statement-text">{statement.text}</blockquote>
          <div className="button-row big-answers" role="group" aria-label={`Answer for ${delegate.name}`}>
            {ANSWER_OPTIONS.map((option, i) => (
              <button
                key={option.value}
                type="button"
                ref={i === 0 ? focusTarget : undefined}
                className="answer-button big"
                aria-keyshortcuts={option.key}
                onClick={() => answer(option.value)}
              >
                {option.label} <kbd>{option.key}</kbd>
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
