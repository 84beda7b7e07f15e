import { memo } from 'react';
import type { ActionPlanPhase, MappingPhase } from '../../../../shared/template/schema';
import type { Action } from '../../../../shared/work/schema';
import type { ElementMap } from '../use-element-map';
import { moveButtonKey, type MoveDirection } from './UnitActionPlan.hooks';
import { actionDetails } from './UnitActionPlan.utils';

interface Props {
  action: Action;
  first: boolean;
  last: boolean;
  phase: ActionPlanPhase;
  mapping: MappingPhase | undefined;
  today: string;
  linkLabel: string | null;
  items: ElementMap<HTMLLIElement>;
  moveButtons: ElementMap<HTMLButtonElement>;
  onEdit: (a: Action) => void;
  onMove: (a: Action, dir: MoveDirection) => void;
  onDelete: (a: Action) => void;
}

export const ActionItem = memo(function ActionItem({ action, first, last, phase, mapping, today, linkLabel, items, moveButtons, onEdit, onMove, onDelete }: Props) {
  return (
    <li className="action-item" ref={items.ref(action.id)}>
      <p className="action-what">{action.what}</p>
      {action.why || linkLabel ? (
        <p className="muted">
          {action.why}
          {linkLabel ? <span className="tag">{linkLabel}</span> : null}
        </p>
      ) : null}
      <dl className="action-details">
        {actionDetails(action, phase, mapping, today).map(({ term, value, past }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {value}
              {past ? (
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
        <button ref={moveButtons.ref(moveButtonKey(action.id, 'up'))} type="button" className="work-small" disabled={first} onClick={() => onMove(action, 'up')} aria-label={`Move up: ${action.what}`}>
          ↑ Up
        </button>
        <button
          ref={moveButtons.ref(moveButtonKey(action.id, 'down'))}
          type="button"
          className="work-small"
          disabled={last}
          onClick={() => onMove(action, 'down')}
          aria-label={`Move down: ${action.what}`}
        >
          ↓ Down
        </button>
        <button type="button" className="work-small danger" data-deletes onClick={() => onDelete(action)} aria-label={`Delete ${action.what}`}>
          Delete
        </button>
      </div>
    </li>
  );
});
