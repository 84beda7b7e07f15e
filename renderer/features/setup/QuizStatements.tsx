import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'react';
import type { Session } from '../../../shared/session/schema';
import { moveChosenStatement, setStatementChosen, setupOrder, unchosenStatements, type QuizOrder } from '../../../shared/template/quiz-order';
import type { QuizPhase, QuizStatement } from '../../../shared/template/schema';
import { useSessionWriter } from '../../data/session-write-hooks';
import './setup.css';

type Direction = 'up' | 'down';
const buttonKey = (id: string, direction: Direction) => `${direction}:${id}`;
const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The quiz's statements: the chosen ones in the order the quiz runs (moved with Move up / Move
 * down, or dragged by the handle), then the others. Unticking and ticking a statement again puts
 * it back where it was (shared/template/quiz-order.ts).
 */
export function QuizStatements({ session, phase }: { session: Session; phase: QuizPhase }) {
  const actions = useSessionWriter();
  const locked = session.status !== 'draft';
  const [announcement, setAnnouncement] = useState('');
  const [refocus, setRefocus] = useState<{ id: string; direction: Direction } | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const registerButton = (key: string, element: HTMLButtonElement | null) => {
    if (element) moveButtons.current.set(key, element);
    else moveButtons.current.delete(key);
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const byId = new Map(phase.statements.map((s) => [s.id, s]));
  const { selectedStatementIds } = setupOrder(phase);
  const chosen = selectedStatementIds.flatMap((id) => byId.get(id) ?? []);
  const others = unchosenStatements(phase);

  const save = (order: QuizOrder, message: string) => {
    setAnnouncement(message);
    void actions.updateAgendaPhase(session.id, phase.id, {
      statementOrder: order.statements.map((s) => s.id),
      selectedStatementIds: order.selectedStatementIds,
    });
  };
  const toggle = (s: QuizStatement, on: boolean) => {
    const order = setStatementChosen(phase, s.id, on);
    const position = order.selectedStatementIds.indexOf(s.id) + 1;
    save(order, on ? `Added “${shortText(s.text)}” at position ${position} of ${order.selectedStatementIds.length}.` : `Removed “${shortText(s.text)}” from the quiz.`);
  };
  const move = (s: QuizStatement, to: number, direction?: Direction) => {
    const order = moveChosenStatement(phase, s.id, to);
    if (order.selectedStatementIds.join() === selectedStatementIds.join()) return;
    if (direction) setRefocus({ id: s.id, direction });
    save(order, `Moved “${shortText(s.text)}” to position ${order.selectedStatementIds.indexOf(s.id) + 1} of ${order.selectedStatementIds.length}.`);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const s = byId.get(String(active.id));
    if (!s || !over) return;
    move(s, selectedStatementIds.indexOf(String(over.id)));
  };

  // A moved row is re-rendered elsewhere in the list: keep focus on its button (or the other one at an end).
  const order = selectedStatementIds.join();
  useEffect(() => {
    if (!refocus) return;
    const first = moveButtons.current.get(buttonKey(refocus.id, refocus.direction));
    const other = moveButtons.current.get(buttonKey(refocus.id, refocus.direction === 'up' ? 'down' : 'up'));
    const target = first && !first.disabled ? first : other;
    target?.focus();
    setRefocus(null);
  }, [order, refocus]);

  return (
    <fieldset className="statements" disabled={locked}>
      <legend>
        Statements to use ({chosen.length} of {phase.statements.length} chosen){locked ? ' — fixed once the session has started' : ''}
      </legend>
      <h3 className="statements-heading" id={`quiz-order-${phase.id}`}>
        The quiz, in the order it runs
      </h3>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ screenReaderInstructions: { draggable: 'Drag statements with the mouse, or use each statement’s Move up and Move down buttons.' } }}
      >
        <SortableContext items={selectedStatementIds} strategy={verticalListSortingStrategy}>
          <ol className="statement-order" aria-labelledby={`quiz-order-${phase.id}`}>
            {chosen.map((s, index) => (
              <ChosenStatement
                key={s.id}
                statement={s}
                first={index === 0}
                last={index === chosen.length - 1}
                locked={locked}
                onUntick={() => toggle(s, false)}
                onMove={(direction) => move(s, direction === 'up' ? index - 1 : index + 1, direction)}
                registerButton={registerButton}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {chosen.length === 0 ? <p className="muted">No statement is chosen: the quiz has nothing to show.</p> : null}
      {others.length > 0 ? (
        <>
          <h3 className="statements-heading" id={`quiz-others-${phase.id}`}>
            Not in the quiz
          </h3>
          <ul className="statement-others" aria-labelledby={`quiz-others-${phase.id}`}>
            {others.map((s) => (
              <li key={s.id}>
                <StatementCheckbox statement={s} checked={false} onChange={(on) => toggle(s, on)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

interface ChosenProps {
  statement: QuizStatement;
  first: boolean;
  last: boolean;
  locked: boolean;
  onUntick: () => void;
  onMove: (direction: Direction) => void;
  registerButton: (key: string, element: HTMLButtonElement | null) => void;
}

function ChosenStatement({ statement, first, last, locked, onUntick, onMove, registerButton }: ChosenProps) {
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: statement.id, disabled: locked });
  const short = shortText(statement.text);
  return (
    <li
      ref={setNodeRef}
      className={`statement-row${isDragging ? ' dragging' : ''}`}
      data-testid="chosen-statement"
      // Set through the DOM style object while dragging, which the CSP allows.
      style={{ transform: transform ? `translate3d(0, ${Math.round(transform.y)}px, 0)` : undefined, transition }}
    >
      {/* Pointer-only handle: Move up and Move down are the keyboard way to reorder. */}
      <span ref={setActivatorNodeRef} className="statement-handle" aria-hidden="true" title="Drag to reorder" {...listeners}>
        ⠿
      </span>
      <StatementCheckbox statement={statement} checked onChange={(on) => (on ? undefined : onUntick())} />
      <span className="statement-moves">
        <button type="button" ref={(el) => registerButton(buttonKey(statement.id, 'up'), el)} aria-label={`Move “${short}” up`} disabled={first} onClick={() => onMove('up')}>
          ↑
        </button>
        <button type="button" ref={(el) => registerButton(buttonKey(statement.id, 'down'), el)} aria-label={`Move “${short}” down`} disabled={last} onClick={() => onMove('down')}>
          ↓
        </button>
      </span>
    </li>
  );
}

function StatementCheckbox({ statement, checked, onChange }: { statement: QuizStatement; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        {statement.text} <span className="muted">({statement.answer ? 'true' : 'false'})</span>
      </span>
    </label>
  );
}
