import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { QuizAnswer, QuizAnswerValue } from '../../../../shared/run/schema';
import type { Delegate } from '../../../../shared/session/schema';
import { ANSWER_WORDS } from '../../../../shared/vocabulary';
import { ANSWER_OPTIONS, answerForKey } from './answer-keys';

interface Props {
  delegates: readonly Delegate[];
  /** This statement's answers in the current round. */
  answers: readonly QuizAnswer[];
  onAnswer: (delegateId: string, value: QuizAnswerValue) => Promise<unknown>;
  onClear: (delegateId: string) => Promise<unknown>;
}

/**
 * Per-delegate answers (console only): one click per delegate, or with the focus on a delegate's
 * row, T, F or N records their answer and moves to the next delegate.
 */
export function DelegateGrid({ delegates, answers, onAnswer, onClear }: Props) {
  const rows = useRef<HTMLTableSectionElement>(null);
  const [announce, setAnnounce] = useState('');
  const byDelegate = useMemo(() => new Map(answers.map((a) => [a.delegateId, a.answer])), [answers]);
  const answered = delegates.filter((d) => byDelegate.has(d.id)).length;
  // Stable callbacks over the latest props, so an answer redraws only the rows whose answer changed
  // (a room of 200 would otherwise redraw 200 rows on every key).
  const latest = useRef({ onAnswer, onClear });
  latest.current = { onAnswer, onClear };
  const record = useCallback((delegate: Delegate, value: QuizAnswerValue) => {
    void latest.current.onAnswer(delegate.id, value).then(() => setAnnounce(`${delegate.name}: ${ANSWER_WORDS[value]}`));
  }, []);
  const clear = useCallback((delegateId: string) => void latest.current.onClear(delegateId), []);

  const focusRow = (index: number) => {
    rows.current?.querySelector<HTMLButtonElement>(`tr[data-row="${index}"] button`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const value = answerForKey(event);
    if (!value) return;
    const row = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-row]');
    const index = Number(row?.dataset.row);
    const delegate = delegates[index];
    if (!delegate) return;
    // Claimed here, so N and F are answers in the grid, not "next phase" or "freeze".
    event.preventDefault();
    record(delegate, value);
    focusRow(Math.min(index + 1, delegates.length - 1));
  };

  if (delegates.length === 0) {
    return <p className="notice">No delegates yet. Add walk-ins in the side panel, or switch this session to room tally in setup.</p>;
  }

  return (
    <div className="delegate-grid">
      <p className="muted" data-testid="answered-count">
        {answered} of {delegates.length} answered · keys T, F and N record the answer of the delegate in focus
      </p>
      {/* Rows are laid out as grids so that rows off screen skip rendering (content-visibility):
          200 delegates would otherwise be painted on every key. The explicit roles keep the table's
          semantics, which some browsers drop once a table's display changes. */}
      <table className="data-table answer-table" role="table">
        <caption className="sr-only">Answers by delegate (console only)</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Delegate
            </th>
            <th scope="col" role="columnheader">
              Answer
            </th>
            <th scope="col" role="columnheader">
              <span className="sr-only">Clear</span>
            </th>
          </tr>
        </thead>
        <tbody ref={rows} onKeyDown={onKeyDown} role="rowgroup">
          {delegates.map((d, index) => (
            <DelegateRow key={d.id} delegate={d} index={index} current={byDelegate.get(d.id)} onRecord={record} onClear={clear} />
          ))}
        </tbody>
      </table>
      <p className="sr-only" role="status">
        {announce}
      </p>
    </div>
  );
}

interface RowProps {
  delegate: Delegate;
  index: number;
  current: QuizAnswerValue | undefined;
  onRecord: (delegate: Delegate, value: QuizAnswerValue) => void;
  onClear: (delegateId: string) => void;
}

const DelegateRow = memo(function DelegateRow({ delegate: d, index, current, onRecord, onClear }: RowProps) {
  return (
    <tr data-row={index} role="row">
      <th scope="row" role="rowheader">
        {d.name}
      </th>
      <td role="cell">
        <div className="answer-buttons" role="group" aria-label={`Answer for ${d.name}`}>
          {ANSWER_OPTIONS.map((option) => (
            <button
              key={option.value}
              type="button"
              className={`answer-button${current === option.value ? ' chosen' : ''}`}
              aria-pressed={current === option.value}
              aria-label={`${d.name}: ${option.label}`}
              aria-keyshortcuts={option.key}
              onClick={() => onRecord(d, option.value)}
            >
              {current === option.value ? <span aria-hidden="true">● </span> : null}
              {option.label}
            </button>
          ))}
        </div>
      </td>
      <td role="cell">
        {current ? (
          <button type="button" className="link-button" aria-label={`Clear the answer of ${d.name}`} onClick={() => onClear(d.id)}>
            Clear
          </button>
        ) : null}
      </td>
    </tr>
  );
});
