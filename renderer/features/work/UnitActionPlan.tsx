import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../../shared/session/schema';
import type { ActionPlanPhase, MappingPhase } from '../../../shared/template/schema';
import { actionToInput, byWhenKind, emptyActionInput, type ActionInput, type ActionMessages } from '../../../shared/work/action-input';
import { adoptSuggestion, linkKey, suggestActions, type DraftAction } from '../../../shared/work/action-suggestions';
import { nextOrder } from '../../../shared/work/reorder';
import { gapCells, unitMap } from '../../../shared/work/room-map';
import type { Action, ActionLink } from '../../../shared/work/schema';
import { ValidationError } from '../../data/errors';
import { useActionCandidateCards, usePlans, useUnitActions, useUnitChannels, useUnitMapEntries, useWorkWriter } from '../../data/work-hooks';
import { ActionForm, type LinkOption } from './ActionForm';
import { UndoBar } from './UndoBar';
import { focusIsFree, useStableCallback } from './use-stable';
import { useUndo } from './use-undo';
import { describeActionLink, livedExperienceLabel } from '../../../shared/vocabulary';
import { localToday } from './work-format';

interface Props {
  sessionId: string;
  phase: ActionPlanPhase;
  mapping: MappingPhase | undefined;
  unit: Unit;
}

type Editing = { kind: 'new'; input: ActionInput; title: string } | { kind: 'edit'; action: Action };
const NO_ACTIONS: Action[] = [];

function errorsOf(e: unknown): ActionMessages {
  if (e instanceof ValidationError) return e.fieldErrors;
  return { what: (e as Error).message };
}

/** One unit's action plan: drafts from its gaps, channels and the room's action candidates; its actions in order; done or not. */
export function UnitActionPlan({ sessionId, phase, mapping, unit }: Props) {
  const id = useId();
  const writes = useWorkWriter();
  const actions = useUnitActions(sessionId, unit.id);
  const entries = useUnitMapEntries(sessionId, unit.id);
  const channels = useUnitChannels(sessionId, unit.id);
  const cards = useActionCandidateCards(sessionId);
  const plans = usePlans(sessionId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** The form goes away on save or cancel; focus goes back to "Add an action" instead of being lost. */
  const closeForm = () => {
    setEditing(null);
    requestAnimationFrame(() => {
      if (focusIsFree()) addButton.current?.focus();
    });
  };
  const [announce, setAnnounce] = useState('');
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down'; token: number } | null>(null);
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);
  const today = localToday();
  const stored = plans?.find((p) => p.unitId === unit.id)?.complete ?? false;
  // Shown at once when ticked; the stored value takes over once it has caught up.
  const [pendingComplete, setPendingComplete] = useState<boolean | null>(null);
  const complete = pendingComplete ?? stored;
  const [planError, setPlanError] = useState<string | null>(null);
  useEffect(() => {
    if (pendingComplete !== null && stored === pendingComplete) setPendingComplete(null);
  }, [stored, pendingComplete]);

  const drafts = useMemo(
    () =>
      suggestActions({
        mapping,
        actionPlan: phase,
        unitEntries: entries ?? [],
        cards: cards ?? [],
        channels: channels ?? [],
        existingActions: actions ?? NO_ACTIONS,
      }),
    [mapping, phase, entries, cards, channels, actions],
  );

  const linkOptions = useMemo<LinkOption[]>(() => {
    const options: LinkOption[] = [];
    const context = { mapping, channels: channels ?? [], cards: cards ?? [] };
    if (mapping) {
      for (const cell of gapCells(unitMap(mapping, entries ?? [], unit.id))) {
        const link: ActionLink = { kind: 'gap', columnId: cell.columnId, rowId: cell.rowId };
        options.push({ value: linkKey(link), label: describeActionLink(link, context), link });
      }
    }
    for (const channel of channels ?? []) {
      const link: ActionLink = { kind: 'channel', channelId: channel.id };
      options.push({ value: linkKey(link), label: describeActionLink(link, context), link });
    }
    for (const card of cards ?? []) {
      const link: ActionLink = { kind: 'card', cardId: card.id };
      options.push({ value: linkKey(link), label: describeActionLink(link, context), link });
    }
    return options;
  }, [mapping, entries, channels, cards, unit.id]);
  const linkLabels = useMemo(() => new Map(linkOptions.map((o) => [o.value, o.label])), [linkOptions]);

  useEffect(() => {
    // Reordering moves the item's DOM node, which drops focus; put it back on the same button.
    if (!moved || !focusIsFree(`[data-action-id="${moved.id}"] button`)) return;
    const button = document.querySelector<HTMLButtonElement>(`[data-action-id="${moved.id}"] button[data-move="${moved.dir}"]`);
    if (button && !button.disabled) button.focus();
    else document.querySelector<HTMLButtonElement>(`[data-action-id="${moved.id}"] button[data-move]:not(:disabled)`)?.focus();
  }, [moved, actions]);

  const adopt = (draft: DraftAction) => {
    const form = adoptSuggestion(draft, {
      sessionId,
      unitId: unit.id,
      order: nextOrder(actions ?? []),
      // A delegate's own plan is theirs to own; a table or group names its owner.
      owner: unit.kind === 'delegate' ? unit.name : undefined,
    });
    setEditing({ kind: 'new', input: form.input, title: 'Adopt a suggested action' });
  };

  const saveNew = async (input: ActionInput): Promise<ActionMessages | null> => {
    try {
      const { action } = await writes.addAction(sessionId, unit.id, input, today);
      closeForm();
      setAnnounce(`Added action “${action.what}”.`);
      return null;
    } catch (e) {
      return errorsOf(e);
    }
  };

  const saveEdit = (action: Action) => async (input: ActionInput): Promise<ActionMessages | null> => {
    try {
      await writes.updateAction(action.id, input, today);
      closeForm();
      setAnnounce(`Saved “${input.what.trim()}”.`);
      return null;
    } catch (e) {
      return errorsOf(e);
    }
  };

  const onMove = useStableCallback((action: Action, dir: 'up' | 'down') => {
    void writes.moveAction(action.id, dir).then(() => {
      setMoved({ id: action.id, dir, token: Date.now() });
      setAnnounce(`Moved “${action.what}” ${dir}.`);
    });
  });
  const onEdit = useStableCallback((action: Action) => setEditing({ kind: 'edit', action }));
  const onDelete = useStableCallback((action: Action) => {
    void writes.deleteAction(action.id).then((removed) => {
      if (!removed) return;
      undo.record(`Deleted “${removed.what}”`, () => writes.restoreAction(removed));
      setUndoFocus((n) => n + 1);
    });
  });

  const list = actions ?? NO_ACTIONS;

  return (
    <section className="unit-plan" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Action plan of {unit.name}</h3>
      <div className="plan-status">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={complete}
            aria-describedby={planError ? `${id}-plan-error` : undefined}
            onChange={(e) => {
              const next = e.target.checked;
              setPendingComplete(next);
              setPlanError(null);
              writes.setPlanComplete(sessionId, unit.id, next).catch((err: unknown) => {
                setPendingComplete(null);
                setPlanError((err as Error).message);
              });
            }}
          />
          <span>
            Plan complete <span className="muted">({list.length} {list.length === 1 ? 'action' : 'actions'})</span>
          </span>
        </label>
        <button ref={addButton} type="button" className="primary" onClick={() => setEditing({ kind: 'new', input: emptyActionInput({ owner: unit.kind === 'delegate' ? unit.name : '' }), title: 'New action' })}>
          Add an action
        </button>
      </div>
      {planError ? (
        <p className="field-error" id={`${id}-plan-error`}>
          {planError}
        </p>
      ) : null}

      {editing ? (
        editing.kind === 'new' ? (
          <ActionForm
            key={`new-${editing.input.link ? linkKey(editing.input.link) : 'blank'}`}
            title={editing.title}
            phase={phase}
            mapping={mapping}
            initial={editing.input}
            today={today}
            linkOptions={linkOptions}
            onSave={saveNew}
            onCancel={closeForm}
          />
        ) : (
          <ActionForm
            key={`edit-${editing.action.id}`}
            title={`Edit “${editing.action.what}”`}
            phase={phase}
            mapping={mapping}
            initial={actionToInput(editing.action)}
            today={today}
            linkOptions={linkOptions}
            onSave={saveEdit(editing.action)}
            onCancel={closeForm}
          />
        )
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
            phase={phase}
            mapping={mapping}
            today={today}
            linkLabel={action.link ? (linkLabels.get(linkKey(action.link)) ?? null) : null}
            onEdit={onEdit}
            onMove={onMove}
            onDelete={onDelete}
          />
        ))}
      </ol>

      <h4>Suggested actions</h4>
      {drafts.length === 0 ? (
        <p className="muted">No suggestions: no gaps on this map, no channel ideas and no discussion points marked as action candidates that are not in the plan already.</p>
      ) : (
        <ul className="action-draft-list" aria-label={`Suggested actions for ${unit.name}`}>
          {drafts.map((draft) => (
            <li key={draft.key} className="action-draft">
              <div>
                <p className="action-draft-what">{draft.what}</p>
                <p className="muted">{draft.why}</p>
              </div>
              <button type="button" onClick={() => adopt(draft)} aria-label={`Adopt: ${draft.what}`}>
                Adopt
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  action: Action;
  first: boolean;
  last: boolean;
  phase: ActionPlanPhase;
  mapping: MappingPhase | undefined;
  today: string;
  linkLabel: string | null;
  onEdit: (a: Action) => void;
  onMove: (a: Action, dir: 'up' | 'down') => void;
  onDelete: (a: Action) => void;
}

const ActionItem = memo(function ActionItem({ action, first, last, phase, mapping, today, linkLabel, onEdit, onMove, onDelete }: ItemProps) {
  const labels = phase.fieldLabels;
  const past = byWhenKind(action.byWhen) === 'date' && action.byWhen < today;
  const stage = mapping?.rows.find((r) => r.id === action.stageId)?.label;
  const priority = phase.priorities.find((p) => p.id === action.priorityId)?.label;
  const details: Array<[string, string]> = [
    [labels.owner, action.owner],
    [labels.partner, action.partner],
    [labels.firstStep, action.firstStep],
    [labels.byWhen, action.byWhen],
    [labels.stage, stage ?? ''],
    [labels.priority, priority ?? ''],
    [labels.success, action.success],
    [labels.livedExperience, livedExperienceLabel(action.livedExperience)],
  ];
  return (
    <li className="action-item" data-action-id={action.id}>
      <p className="action-what">{action.what}</p>
      {action.why || linkLabel ? (
        <p className="muted">
          {action.why}
          {linkLabel ? <span className="tag">{linkLabel}</span> : null}
        </p>
      ) : null}
      <dl className="action-details">
        {details
          .filter(([, value]) => value !== '')
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                {value}
                {term === labels.byWhen && past ? (
                  <span className="field-warning inline">
                    <span aria-hidden="true"> ⚠</span> date in the past
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
      </dl>
      <div className="row-actions">
        <button type="button" className="work-small" onClick={() => onEdit(action)} aria-label={`Edit ${action.what}`}>
          Edit
        </button>
        <button type="button" className="work-small" data-move="up" disabled={first} onClick={() => onMove(action, 'up')} aria-label={`Move up: ${action.what}`}>
          ↑ Up
        </button>
        <button type="button" className="work-small" data-move="down" disabled={last} onClick={() => onMove(action, 'down')} aria-label={`Move down: ${action.what}`}>
          ↓ Down
        </button>
        <button type="button" className="work-small danger" data-deletes onClick={() => onDelete(action)} aria-label={`Delete ${action.what}`}>
          Delete
        </button>
      </div>
    </li>
  );
});
