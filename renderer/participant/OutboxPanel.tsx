/** @jsxImportSource preact */
import type { Submission } from '../../shared/join/submission';
import { Notice } from './fields';
import type { OutboxItem, OutboxState } from './outbox';

interface Props {
  state: OutboxState<Submission>;
  onSendNow: () => void;
  onDiscard: (clientId: string) => void;
  onEdit: (item: OutboxItem<Submission>) => void;
}

/** Says plainly what is kept on this phone and not yet on the laptop, and what the laptop refused and why. */
export function OutboxPanel({ state, onSendNow, onDiscard, onEdit }: Props) {
  const waiting = state.items.filter((i) => i.refused === null);
  const refused = state.items.filter((i) => i.refused !== null);
  return (
    <div aria-live="polite">
      {waiting.length > 0 ? (
        <Notice kind="waiting" title={`Waiting to send: ${waiting.length}`}>
          <p>{state.phase === 'sending' ? 'Sending now…' : (state.message ?? 'Kept on this phone until the laptop has it.')}</p>
          <ul aria-label="Waiting to send">
            {waiting.map((item) => (
              <li key={item.clientId}>{item.label}</li>
            ))}
          </ul>
          {state.phase === 'stopped' ? null : (
            <button type="button" onClick={onSendNow} disabled={state.phase === 'sending'}>
              Send now
            </button>
          )}
        </Notice>
      ) : null}
      {refused.map((item) => (
        <Notice kind="problem" key={item.clientId} title={`Not accepted: ${item.label}`}>
          <p>{item.refused}</p>
          {item.submission.kind === 'quiz-answer' ? null : (
            <button type="button" onClick={() => onEdit(item)}>
              Edit and send again
            </button>
          )}{' '}
          <button type="button" onClick={() => onDiscard(item.clientId)}>
            Remove
          </button>
        </Notice>
      ))}
    </div>
  );
}
