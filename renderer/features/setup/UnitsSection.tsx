import { useState, type FormEvent } from 'react';
import type { Session, UnitMode } from '../../../shared/session/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import { wholeNumberProps } from '../../components/whole-number';
import { useSessionWriter } from '../../data/session-write-hooks';
import { ConflictError, showValidationError, ValidationError } from '../../data/errors';
import { useDelegates, useUnits } from '../../data/hooks';
import { SpreadAcrossTables } from './SpreadAcrossTables';
import { ErrorMessage } from '../../components/Field';
import { TextField } from '../../components/fields';

const MODES: { mode: UnitMode; label: string; help: string }[] = [
  { mode: 'individual', label: 'Each delegate on their own', help: 'Every delegate builds their own map and action plan.' },
  { mode: 'groups', label: 'Named groups', help: 'Delegates from the same institution or team share a map and a plan.' },
  { mode: 'tables', label: 'Anonymous numbered tables', help: 'Each table shares a map and a plan; names are optional.' },
];

export function UnitsSection({ session }: { session: Session }) {
  const units = useUnits(session.id);
  const delegates = useDelegates(session.id);
  const actions = useSessionWriter();
  const [message, setMessage] = useState<string | null>(null);
  const [groupName, setGroupName] = useState('');
  const [groupError, setGroupError] = useState<string | null>(null);

  const report = (e: unknown) => {
    if (e instanceof ConflictError || e instanceof ValidationError) setMessage(e instanceof ValidationError ? Object.values(e.fieldErrors).join(' ') : e.message);
    else throw e;
  };

  const addGroup = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await actions.addGroup(session.id, groupName);
      setGroupName('');
      setGroupError(null);
    } catch (e) {
      showValidationError(e, setGroupError);
    }
  };

  const tables = units?.filter((u) => u.kind === 'table') ?? [];

  return (
    <section className="panel" aria-labelledby="units-title">
      <h2 id="units-title">Who builds maps and plans</h2>
      <fieldset>
        <legend>Units for this session</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="radio">
            <input
              type="radio"
              name={`unit-mode-${session.id}`}
              value={m.mode}
              checked={session.unitMode === m.mode}
              onChange={() => {
                setMessage(null);
                actions.setUnitMode(session.id, m.mode).catch(report);
              }}
            />
            <span>
              {m.label} <span className="muted">— {m.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {message ? (
        <ErrorMessage>{message}</ErrorMessage>
      ) : null}

      {session.unitMode === 'individual' ? (
        <p className="muted">{units?.length ?? 0} delegates, each with their own map and plan.</p>
      ) : null}

      {session.unitMode === 'tables' ? (
        <AutoSaveField
          label="Number of tables"
          {...wholeNumberProps(100, 'Enter a whole number of tables from 0 to 100')}
          value={String(tables.length)}
          onSave={(v) => actions.setTableCount(session.id, Number(v))}
        />
      ) : null}

      {session.unitMode === 'groups' ? (
        <>
          <form className="inline-form" onSubmit={(e) => void addGroup(e)} aria-label="Add a group" noValidate>
            <TextField id="new-group-name" label="Group name" value={groupName} error={groupError ?? undefined} onChange={setGroupName} />
            <button type="submit">Add group</button>
          </form>
          <ul className="unit-list" aria-label="Groups">
            {units
              ?.filter((u) => u.kind === 'group')
              .map((u) => (
                <li key={u.id} className="unit-row">
                  <AutoSaveField label={`Name of group ${u.order + 1}`} value={u.name} onSave={(v) => actions.renameUnit(u.id, v)} />
                  <button type="button" className="danger" aria-label={`Remove group ${u.name}`} onClick={() => actions.removeUnit(u.id).catch(report)}>
                    Remove
                  </button>
                </li>
              ))}
          </ul>
        </>
      ) : null}

      {session.unitMode !== 'individual' ? (
        <p className="muted">Choose each delegate&apos;s {session.unitMode === 'groups' ? 'group' : 'table'} in the delegate list above.</p>
      ) : null}
      {session.unitMode === 'tables' && tables.length > 0 && delegates && delegates.length > 0 ? (
        <SpreadAcrossTables sessionId={session.id} delegateCount={delegates.length} onError={report} />
      ) : null}
    </section>
  );
}
