import { useId, useRef, useState, type FormEvent } from 'react';
import type { Card } from '../../../../shared/run/schema';
import type { Delegate, Unit } from '../../../../shared/session/schema';
import type { DiscussionPhase } from '../../../../shared/template/schema';
import type { CardDraft, DiscussionChange } from '../../../data/discussion-repo';
import { ConflictError, ValidationError } from '../../../data/errors';
import { parseAttribution } from './attribution';
import { CardMetaFields } from './CardMetaFields';
import { Field } from '../../../components/Field';

interface Props {
  phase: DiscussionPhase;
  delegates: readonly Delegate[];
  units: readonly Unit[];
  onAdd: (draft: CardDraft) => Promise<{ card: Card; change: DiscussionChange }>;
  onAdded: (card: Card, change: DiscussionChange) => void;
}

/**
 * Fast capture while people talk: type, Enter, type the next one. The field is cleared at once so
 * typing can go straight on; should the save fail, the text comes back with the reason. Who said
 * it is optional and never projected; the topic stays chosen for the next card.
 */
export function CardCapture({ phase, delegates, units, onAdd, onAdded }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [topicId, setTopicId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft: CardDraft = { text, ...parseAttribution(who), topicId: topicId || null };
    if (text.trim() === '') {
      setError('Type the card first, then press Enter.');
      return;
    }
    // The save goes first: its transaction then opens before this redraw, not after it.
    const saving = onAdd(draft);
    setText('');
    setWho('');
    input.current?.focus();
    try {
      const { card, change } = await saving;
      onAdded(card, change);
      setError(null);
      setAnnounce(`Added: ${card.text}`);
    } catch (e) {
      const message = e instanceof ValidationError ? (Object.values(e.fieldErrors)[0] ?? e.message) : e instanceof ConflictError ? e.message : null;
      if (message === null) throw e;
      setError(message);
      // Give the text back unless the facilitator has already started the next card.
      setText((current) => (current === '' ? draft.text : current));
    }
  };

  return (
    <form className="card-capture" onSubmit={(e) => void submit(e)} aria-label="Capture a card" noValidate>
      <Field id={`${id}-text`} className="grow" label="New card" hint="Type a point and press Enter for the next one." error={error}>
        {(control) => <input {...control} ref={input} value={text} maxLength={500} autoComplete="off" onChange={(e) => setText(e.target.value)} />}
      </Field>
      <CardMetaFields id={id} phase={phase} delegates={delegates} units={units} who={who} onWho={setWho} topicId={topicId} onTopic={setTopicId} />
      <button type="submit" className="primary">
        Add card
      </button>
      <p className="sr-only" role="status">
        {announce}
      </p>
    </form>
  );
}
