import { useId, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../../../shared/session/schema';
import type { ActionPlanPhase, MappingPhase } from '../../../../shared/template/schema';
import { describeActionLink, plural } from '../../../../shared/vocabulary';
import { actionToInput, emptyActionInput, type ActionInput, type ActionMessages } from '../../../../shared/work/action-input';
import { adoptSuggestion, linkKey, suggestActions, type DraftAction } from '../../../../shared/work/action-suggestions';
import { nextOrder } from '../../../../shared/work/reorder';
import type { Action } from '../../../../shared/work/schema';
import { ErrorMessage } from '../../../components/Field';
import { useUnitPlanData, useWorkWriter } from '../../../data/work-hooks';
import { ActionForm } from '../ActionForm';
import { UndoBar } from '../UndoBar';
import { useElementMap } from '../use-element-map';
import { focusIsFree, useStableCallback } from '../use-stable';
import { useUndo } from '../use-undo';
import { localToday } from '../work-format';
import { ActionItem } from './ActionItem';
import { SuggestedActions } from './SuggestedActions';
import { useFocusAfterMove, usePlanComplete, type MoveDirection } from './UnitActionPlan.hooks';
import { errorsOf, linkOptions as buildLinkOptions } from './UnitActionPlan.utils';

interface Props {
  sessionId: string;
  phase: ActionPlanPhase;
  mapping: MappingPhase | undefined;
  unit: Unit;
}

type Editing = { kind: 'new'; input: ActionInput; title: string } | { kind: 'edit'; action: Action };
const NO_ACTIONS: Action[] = [];

/** One unit's action plan: drafts from its gaps, channels and the room's action candidates; its actions in order; done or not. */
export function UnitActionPlan({ sessionId, phase, mapping, unit }: Props) {
  const id = useId();
  const writer = useWorkWriter();
  const data = useUnitPlanData(sessionId, unit.id);
  const list = data?.actions ?? NO_ACTIONS;
  const [editing, setEditing] = useState<Editing | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const items = useElementMap<HTMLLIElement>();
  const moveButtons = useElementMap<HTMLButtonElement>();
  const focusAfterMove = useFocusAfterMove(data?.actions, items, moveButtons);
  const plan = usePlanComplete(sessionId, unit.id, data?.complete ?? false);
  const [announce, setAnnounce] = useState('');
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);
  const today = localToday();
  const owner = unit.kind === 'delegate' ? unit.name : undefined;

  const drafts = useMemo(
    () => (data ? suggestActions({ mapping, actionPlan: phase, unitEntries: data.entries, cards: data.cards, channels: data.channels, existingActions: data.actions }) : []),
    [mapping, phase, data],
  );
  const linkOptions = useMemo(
    () => buildLinkOptions({ mapping, unitId: unit.id, entries: data?.entries ?? [], channels: data?.channels ?? [], cards: data?.cards ?? [] }),
    [mapping, unit.id, data],
  );

  /** The form goes away on save or cancel; focus goes back to "Add an action" instead of being lost. */
  const closeForm = () => {
    setEditing(null);
    requestAnimationFrame(() => {
      if (focusIsFree()) addButton.current?.focus();
    });
  };

  const adopt = (draft: DraftAction) => {
    // A delegate's own plan is theirs to own; a table or group names its owner.
    const form = adoptSuggestion(draft, { sessionId, unitId: unit.id, order: nextOrder(list), owner });
    setEditing({ kind: 'new', input: form.input, title: 'Adopt a suggested action' });
  };

  const save = async (write: () => Promise<string>): Promise<ActionMessages | null> => {
    try {
      const said = await write();
      closeForm();
      setAnnounce(said);
      return null;
    } catch (e) {
      return errorsOf(e);
    }
  };
  const saveNew = (input: ActionInput) => save(async () => `Added action “${(await writer.addAction(sessionId, unit.id, input, today)).action.what}”.`);
  const saveEdit = (action: Action) => (input: ActionInput) =>
    save(async () => {
      await writer.updateAction(action.id, input, today);
      return `Saved “${input.what.trim()}”.`;
    });

  const onMove = useStableCallback((action: Action, dir: MoveDirection) => {
    void writer.moveAction(action.id, dir).then(() => {
      focusAfterMove(action.id, dir);
      setAnnounce(`Moved “${action.what}” ${dir}.`);
    });
  });
  const onEdit = useStableCallback((action: Action) => setEditing({ kind: 'edit', action }));
  const onDelete = useStableCallback((action: Action) => {
    void writer.deleteAction(action.id).then((removed) => {
      if (!removed) return;
      undo.record(`Deleted “${removed.what}”`, () => writer.restoreAction(removed));
      setUndoFocus((n) => n + 1);
    });
  });

  const formProps = { phase, mapping, today, linkOptions, onCancel: closeForm };
  const planErrorId = `${id}-plan-error`;

  return (
    <section className="unit-plan" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Action plan of {unit.name}</h3>
      <div className="plan-status">
        <label className="checkbox">
          <input type="checkbox" checked={plan.complete} aria-describedby={plan.error ? planErrorId : undefined} onChange={(e) => plan.setComplete(e.target.checked)} />
          <span>
            Plan complete <span className="muted">({plural(list.length, 'action')})</span>
          </span>
        </label>
        <button ref={addButton} type="button" className="primary" onClick={() => setEditing({ kind: 'new', input: emptyActionInput({ owner: owner ?? '' }), title: 'New action' })}>
          Add an action
        </button>
      </div>
      {plan.error ? (
        <ErrorMessage id={planErrorId} announce={false}>
          {plan.error}
        </ErrorMessage>
      ) : null}

      {editing?.kind === 'new' ? (
        <ActionForm key={`new-${editing.input.link ? linkKey(editing.input.link) : 'blank'}`} title={editing.title} initial={editing.input} onSave={saveNew} {...formProps} />
      ) : null}
      {editing?.kind === 'edit' ? (
        <ActionForm key={`edit-${editing.action.id}`} title={`Edit “${editing.action.what}”`} initial={actionToInput(editing.action)} onSave={saveEdit(editing.action)} {...formProps} />
      ) : null}

      <p role="status" className="sr-only">
        {announce}
      </p>
      <UndoBar control={undo} focusToken={undoFocus} />

      <h4>Actions, in order of priority</h4>
      {list.length === 0 ? <p className="muted">No actions yet. Start from a suggestion below or add one.</p> : null}
      <ol className="action-list" aria-label={`Actions of ${unit.name}`}>
        {list.map((action, index) => (
          <ActionItem
            key={action.id}
            action={action}
            first={index === 0}
            last={index === list.length - 1}
            linkLabel={describeActionLink(action.link, { mapping, channels: data?.channels ?? [], cards: data?.cards ?? [] }) || null}
            {...{ phase, mapping, today, items, moveButtons, onEdit, onMove, onDelete }}
          />
        ))}
      </ol>

      <SuggestedActions drafts={drafts} unitName={unit.name} onAdopt={adopt} />
    </section>
  );
}
