import { useSortable } from '@dnd-kit/sortable';
import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Card, Theme } from '../../../../shared/run/schema';
import type { Delegate, Unit } from '../../../../shared/session/schema';
import type { DiscussionPhase } from '../../../../shared/template/schema';
import { showValidationError } from '../../../data/errors';
import type { RunWriter } from '../../../data/run-hooks';
import { attributionName, attributionValue, parseAttribution, shortText } from './attribution';
import { CardMetaFields } from './CardMetaFields';
import type { CardCommands } from './DiscussionPanel';
import { Field } from '../../../components/Field';

/** What the board hands down to each theme column and card. */
export interface BoardContext {
  themes: readonly Theme[];
  phase: DiscussionPhase;
  delegates: readonly Delegate[];
  units: readonly Unit[];
  actions: RunWriter;
  commands: CardCommands;
}

type Props = BoardContext & { card: Card };

const VOTE_SAVE_DELAY_MS = 500;

/**
 * Re-render a card only when it or what it lists changed: the board holds dozens of cards and
 * every capture or move would otherwise redraw them all. Records are compared by their
 * `updatedAt` (every repository write sets it) and lists by identity (live queries keep a list's
 * identity until its own table changes).
 */
function sameCard(a: Props, b: Props): boolean {
  const topics = (p: DiscussionPhase) => p.topics.map((t) => `${t.id}\u0000${t.title}`).join('\u0001');
  return (
    a.card.id === b.card.id &&
    a.card.updatedAt === b.card.updatedAt &&
    a.card.order === b.card.order &&
    a.card.themeId === b.card.themeId &&
    a.themes === b.themes &&
    a.delegates === b.delegates &&
    a.units === b.units &&
    a.actions === b.actions &&
    a.commands === b.commands &&
    a.phase.id === b.phase.id &&
    topics(a.phase) === topics(b.phase)
  );
}

export const CardItem = memo(CardItemView, sameCard);

type Handle = Pick<ReturnType<typeof useSortable>, 'setActivatorNodeRef' | 'listeners'>;

/**
 * One card on the console board. The sortable list re-renders every card whenever its cards change
 * (a card typed in, one moved); only this shell follows, the card's content is memoised apart.
 */
function CardItemView(props: Props) {
  const { card } = props;
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging, isSorting } = useSortable({ id: card.id });
  // Only while a drag is on: when the cards change, the sortable list sets every card's transition
  // for a frame, and restyling forty cards was on the path of each typed card.
  const moving = isSorting || transform !== null;
  return (
    <li
      ref={setNodeRef}
      className={`card${isDragging ? ' dragging' : ''}${card.actionCandidate ? ' action-candidate' : ''}`}
      data-testid="card"
      data-card-id={card.id}
      // Positions while dragging are set through the DOM style object, which the CSP allows.
      style={moving ? { transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined, transition } : undefined}
    >
      <CardContent {...props} setActivatorNodeRef={setActivatorNodeRef} listeners={listeners} />
    </li>
  );
}

const CardContent = memo(
  CardContentView,
  (a: Props & Handle, b: Props & Handle) => a.setActivatorNodeRef === b.setActivatorNodeRef && a.listeners === b.listeners && sameCard(a, b),
);

/** A card's text, who said it (console only), topic, votes and its tools. */
function CardContentView({ card, themes, phase, delegates, units, actions, commands, setActivatorNodeRef, listeners }: Props & Handle) {
  const [editing, setEditing] = useState(false);
  const short = shortText(card.text);
  const who = attributionName(card, delegates, units);
  const topic = card.topicId ? phase.topics.find((t) => t.id === card.topicId)?.title : undefined;

  return (
    <>
      <div className="card-top">
        {/* Pointer-only handle: the "Move to theme" list below is the keyboard way to move a card. */}
        <span ref={setActivatorNodeRef} className="drag-handle" aria-hidden="true" title="Drag to another theme" {...listeners}>
          ⠿
        </span>
        {editing ? (
          <CardEditor card={card} phase={phase} delegates={delegates} units={units} actions={actions} commands={commands} onDone={() => setEditing(false)} />
        ) : (
          <div className="card-body">
            <p className="card-text">{card.text}</p>
            <p className="card-meta">
              {topic ? <span className="tag">{topic}</span> : null}
              {who ? <span className="card-who">Said by {who}</span> : null}
              {card.actionCandidate ? <span className="tag tag-action">Action candidate</span> : null}
            </p>
          </div>
        )}
      </div>
      {editing ? null : (
        <div className="card-tools">
          <VotesField card={card} label={`Votes for “${short}”`} onSave={(votes) => commands.change(() => actions.setVotes(card.id, votes), `${votes} votes.`)} />
          <label className="checkbox card-flag">
            <input
              type="checkbox"
              checked={card.actionCandidate}
              onChange={(e) => {
                const actionCandidate = e.target.checked;
                void commands.change(() => actions.updateCard(card.id, { actionCandidate }));
              }}
              aria-label={`Action candidate: “${short}”`}
            />
            <span aria-hidden="true">Action candidate</span>
          </label>
          <label className="inline-select">
            <span className="sr-only">Move “{short}” to theme</span>
            <span aria-hidden="true">Theme</span>
            <select
              value={card.themeId ?? ''}
              onChange={(e) => {
                const themeId = e.target.value || null;
                void commands.change(() => actions.moveCard(card.id, themeId, null), 'Moved the card.');
              }}
            >
              <option value="">Not in a theme</option>
              {themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-label={`Edit “${short}”`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete “${short}”`}
            onClick={() => void commands.change(() => actions.deleteCard(card.id), `Deleted “${short}”. Undo brings it back.`)}
          >
            Delete
          </button>
        </div>
      )}
    </>
  );
}

/** Dot votes: saved shortly after typing stops, on Enter and on leaving the field. */
function VotesField({ card, label, onSave }: { card: Card; label: string; onSave: (votes: number) => Promise<boolean> }) {
  const id = useId();
  const [draft, setDraft] = useState(String(card.votes));
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    if (!editing.current) setDraft(String(card.votes));
  }, [card.votes]);
  // Votes still waiting to be saved when the card leaves the screen are saved now.
  const flush = useRef<() => void>(() => undefined);
  useEffect(() => () => {
    if (timer.current !== null) flush.current();
  }, []);

  const save = async (value: string) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const text = value.trim() === '' ? '0' : value.trim();
    if (!/^\d{1,4}$/.test(text)) {
      setError('Enter a whole number of votes');
      return;
    }
    if (Number(text) === card.votes) {
      setError(null);
      return;
    }
    try {
      await onSave(Number(text));
      setError(null);
    } catch (e) {
      showValidationError(e, setError);
    }
  };

  flush.current = () => void save(draft);

  return (
    <Field id={id} className="votes-field" label={label} hideLabel error={error}>
      {(control) => (
        <>
          <span aria-hidden="true">Votes</span>
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            step={1}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              editing.current = true;
              const next = e.target.value;
              if (timer.current !== null) window.clearTimeout(timer.current);
              timer.current = window.setTimeout(() => void save(next), VOTE_SAVE_DELAY_MS);
            }}
            onBlur={() => {
              editing.current = false;
              void save(draft);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void save(draft);
              }
            }}
          />
        </>
      )}
    </Field>
  );
}

function CardEditor({ card, phase, delegates, units, actions, commands, onDone }: Omit<Props, 'themes'> & { onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState(card.text);
  const [who, setWho] = useState(attributionValue(card));
  const [topicId, setTopicId] = useState(card.topicId ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const ok = await commands.change(() => actions.updateCard(card.id, { text, ...parseAttribution(who), topicId: topicId || null }), 'Card saved.');
      if (ok) onDone();
    } catch (e) {
      showValidationError(e, setError);
    }
  };

  return (
    <form
      className="card-editor"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
      noValidate
    >
      <Field id={`${id}-text`} label="Card text" error={error}>
        {(control) => <input {...control} value={text} maxLength={500} autoFocus onChange={(e) => setText(e.target.value)} />}
      </Field>
      <CardMetaFields id={id} phase={phase} delegates={delegates} units={units} who={who} onWho={setWho} topicId={topicId} onTopic={setTopicId} />
      <div className="button-row">
        <button type="submit" className="primary">
          Save card
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
