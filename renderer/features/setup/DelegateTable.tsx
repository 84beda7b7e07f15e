import { memo, useMemo, useState } from 'react';
import { delegateFields, type Delegate, type DelegateInput, type Session, type Unit } from '../../../shared/session/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import type { SessionWriter } from '../../data/session-write-hooks';
import './setup.css';
import { ColumnHeads } from '../../components/ColumnHeads';
import { optionsFragment, UnitSelect } from './unit-select/UnitSelect';

export const DELEGATE_FIELD_LABELS: Record<keyof DelegateInput, string> = {
  name: 'Name',
  role: 'Role',
  institution: 'Institution or department',
  email: 'Email (optional)',
};

function fieldCheck(key: keyof DelegateInput) {
  return (value: string) => {
    const r = delegateFields[key].safeParse(value);
    return r.success ? null : (r.error.issues[0]?.message ?? 'Not valid');
  };
}

interface Props {
  session: Session;
  delegates: readonly Delegate[];
  units: readonly Unit[];
  actions: SessionWriter;
  onRemove: (delegate: Delegate) => void;
  onError: (error: unknown) => void;
}

/**
 * One compact row per delegate: name, role, institution, email, their table or group (chosen right
 * here) and Edit / Remove. A room of 40 fits on a couple of screens.
 */
export const DelegateTable = memo(function DelegateTable({ session, delegates, units, actions, onRemove, onError }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const assignable = useMemo(() => units.filter((u) => u.kind !== 'delegate'), [units]);
  const unitOptions = useMemo(() => optionsFragment(assignable), [assignable]);
  const unitWord = session.unitMode === 'groups' ? 'Group' : 'Table';
  const showUnit = session.unitMode !== 'individual';
  const columns = showUnit ? 6 : 5;

  return (
    <table className="data-table delegate-table">
      <caption className="sr-only">Delegates in this session</caption>
      <ColumnHeads labels={['Name', 'Role', 'Institution or department', 'Email', showUnit ? unitWord : null, { label: 'Actions', screenReaderOnly: true }]} />
      <tbody>
        {delegates.map((d) =>
          editing === d.id ? (
            <tr key={d.id} className="editing">
              <td colSpan={columns - 1}>
                <div className="grid-4">
                  {(Object.keys(DELEGATE_FIELD_LABELS) as (keyof DelegateInput)[]).map((key) => (
                    <AutoSaveField
                      key={key}
                      label={DELEGATE_FIELD_LABELS[key]}
                      type={key === 'email' ? 'email' : 'text'}
                      value={d[key]}
                      validate={fieldCheck(key)}
                      onSave={(value) => actions.updateDelegate(d.id, { [key]: value })}
                    />
                  ))}
                </div>
              </td>
              <td>
                <button type="button" onClick={() => setEditing(null)}>
                  Done
                </button>
              </td>
            </tr>
          ) : (
            <tr key={d.id}>
              <td className="delegate-name">
                {d.name}
                {d.walkIn ? <span className="tag">walk-in</span> : null}
              </td>
              <td>{d.role}</td>
              <td>{d.institution}</td>
              <td className="delegate-email">{d.email}</td>
              {showUnit ? (
                <td>
                  {assignable.length > 0 ? (
                    <UnitSelect
                      label={`${unitWord} for ${d.name}`}
                      value={d.unitId ?? ''}
                      options={unitOptions}
                      onChange={(unitId) => actions.assignDelegate(d.id, unitId || null).catch(onError)}
                    />
                  ) : (
                    <span className="muted">No {unitWord.toLowerCase()}s yet</span>
                  )}
                </td>
              ) : null}
              <td className="delegate-actions">
                <button type="button" onClick={() => setEditing(d.id)} aria-label={`Edit ${d.name}`}>
                  Edit
                </button>
                <button type="button" className="danger" onClick={() => onRemove(d)} aria-label={`Remove ${d.name}`}>
                  Remove
                </button>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
});
