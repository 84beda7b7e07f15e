import {
  closestCorners,
  DndContext,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useState, type FormEvent } from 'react';
import type { Theme } from '../../../../shared/run/schema';
import type { ThemeGroup } from '../../../../shared/run/themes';
import { plural } from '../../../../shared/vocabulary';
import { showValidationError } from '../../../data/errors';
import type { RunWriter } from '../../../data/run-hooks';
import { CardItem, type BoardContext } from './CardItem';
import type { CardCommands } from './DiscussionPanel';
import { Field } from '../../../components/Field';

const GROUP_PREFIX = 'group:';
const groupDropId = (themeId: string | null) => `${GROUP_PREFIX}${themeId ?? 'none'}`;

/** Over a card, the card wins (its position is the drop index); else the column under the pointer. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const onCard = within.filter((c) => !String(c.id).startsWith(GROUP_PREFIX));
  if (onCard.length > 0) return onCard;
  return within.length > 0 ? within : closestCorners(args);
};

type Props = BoardContext & { groups: ThemeGroup[] };

/**
 * The cards by theme, then the ones not in a theme yet. Cards are dragged by their handle with the
 * mouse (@dnd-kit); every card also has a "Move to theme" list, the keyboard way to do the same.
 */
export const CardBoard = memo(function CardBoard({ groups, ...board }: Props) {
  const { actions, commands } = board;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const [dragging, setDragging] = useState<string | null>(null);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    if (!over) return;
    const cardId = String(active.id);
    const overId = String(over.id);
    let themeId: string | null;
    let index: number | null;
    if (overId.startsWith(GROUP_PREFIX)) {
      const key = overId.slice(GROUP_PREFIX.length);
      themeId = key === 'none' ? null : key;
      index = null;
    } else {
      const group = groups.find((g) => g.cards.some((c) => c.id === overId));
      if (!group) return;
      themeId = group.theme?.id ?? null;
      index = group.cards.findIndex((c) => c.id === overId);
    }
    void commands.change(() => actions.moveCard(cardId, themeId, index), 'Moved the card.');
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={({ active }) => setDragging(String(active.id))}
      onDragCancel={() => setDragging(null)}
      onDragEnd={onDragEnd}
      accessibility={{ screenReaderInstructions: { draggable: 'Drag cards with the mouse, or use each card’s Move to theme list.' } }}
    >
      <div className={`card-board${dragging ? ' is-dragging' : ''}`} data-testid="card-board">
        {groups.map((group) => (
          <ThemeColumn key={group.theme?.id ?? 'none'} group={group} {...board} />
        ))}
      </div>
    </DndContext>
  );
});

type ColumnProps = BoardContext & { group: ThemeGroup };

/**
 * A column redraws only when its own theme, cards or votes change: a card typed into the pile must
 * not redraw every theme's cards and their drag handles (each a sortable that reads the context).
 */
const sameColumn = ({ group: a, ...was }: ColumnProps, { group: b, ...now }: ColumnProps) =>
  a.theme === b.theme &&
  a.totalVotes === b.totalVotes &&
  a.cards.length === b.cards.length &&
  a.cards.every((card, i) => card === b.cards[i]) &&
  (Object.keys(now) as (keyof BoardContext)[]).every((key) => was[key] === now[key]);

const ThemeColumn = memo(function ThemeColumn({ group, ...board }: ColumnProps) {
  const { actions, commands } = board;
  const theme = group.theme;
  const { setNodeRef, isOver } = useDroppable({ id: groupDropId(theme?.id ?? null) });
  const headingId = `theme-${theme?.id ?? 'none'}`;
  const name = theme ? theme.name : 'Not in a theme';
  return (
    <section className={`theme-column${theme ? '' : ' unthemed'}${isOver ? ' drop-over' : ''}`} aria-labelledby={headingId} data-testid="theme-column">
      <header className="theme-head">
        <h4 id={headingId}>{name}</h4>
        <p className="theme-totals" data-testid="theme-totals">
          {plural(group.cards.length, 'card')} · {plural(group.totalVotes, 'vote')}
        </p>
        {theme ? <ThemeTools theme={theme} actions={actions} commands={commands} /> : null}
      </header>
      <SortableContext items={group.cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="card-list" aria-label={`Cards in ${name}`}>
          {group.cards.map((card) => (
            <CardItem key={card.id} card={card} {...board} />
          ))}
          {group.cards.length === 0 ? <li className="drop-hint">{theme ? 'Drag cards here, or use a card’s Move to theme list.' : 'No cards outside a theme.'}</li> : null}
        </ul>
      </SortableContext>
    </section>
  );
}, sameColumn);

function ThemeTools({ theme, actions, commands }: { theme: Theme; actions: RunWriter; commands: CardCommands }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(theme.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = `rename-${theme.id}`;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (await commands.change(() => actions.renameTheme(theme.id, name), `Renamed the theme to ${name.trim()}.`)) {
        setRenaming(false);
        setError(null);
      }
    } catch (e) {
      showValidationError(e, setError);
    }
  };

  const cancel = () => {
    setRenaming(false);
    setName(theme.name);
    setError(null);
  };

  if (renaming) {
    return (
      <form
        className="theme-rename"
        onSubmit={(e) => void save(e)}
        noValidate
      >
        <Field id={inputId} label="Theme name" error={error}>
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={120}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') cancel();
              }}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit">Save name</button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="button-row theme-tools">
      <button
        type="button"
        aria-label={`Rename theme ${theme.name}`}
        onClick={() => {
          setName(theme.name);
          setRenaming(true);
        }}
      >
        Rename
      </button>
      <button
        type="button"
        className="danger"
        aria-label={`Delete theme ${theme.name}`}
        onClick={() => void commands.change(() => actions.deleteTheme(theme.id), `Deleted the theme ${theme.name}; its cards are back in the pile. Undo restores it.`)}
      >
        Delete
      </button>
    </div>
  );
}
