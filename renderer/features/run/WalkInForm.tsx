import { useId, useState, type FormEvent } from 'react';
import type { DelegateInput, Session } from '../../../shared/session/schema';
import { ConflictError, ValidationError } from '../../data/errors';
import { useDelegates, useUnits } from '../../data/hooks';
import type { RunWriter } from '../../data/run-hooks';
import { ErrorMessage } from '../../components/Field';
import { SelectField, TextField } from '../../components/fields';

const EMPTY: DelegateInput = { name: '', role: '', institution: '', email: '' };

/**
 * Adds people who arrive after the start. In "individual" mode each gets a unit of their own; with
 * groups or tables they can join one at once, and a new group or table can be added for them.
 */
export function WalkInForm({ session, actions }: { session: Session; actions: RunWriter }) {
  const id = useId();
  const delegates = useDelegates(session.id);
  const units = useUnits(session.id);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<DelegateInput>(EMPTY);
  const [unitId, setUnitId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [groupName, setGroupName] = useState('');

  const walkIns = delegates?.filter((d) => d.walkIn).length ?? 0;
  const joinable = units?.filter((u) => u.kind !== 'delegate') ?? [];
  const unitWord = session.unitMode === 'tables' ? 'table' : 'group';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const d = await actions.addWalkIn(form, unitId || null);
      setForm(EMPTY);
      setErrors({});
      setMessage(`Added ${d.name} as a walk-in.`);
      document.getElementById(`${id}-name`)?.focus();
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else if (e instanceof ConflictError) setErrors({ form: e.message });
      else throw e;
    }
  };

  const addUnit = async () => {
    try {
      if (session.unitMode === 'tables') {
        const tables = joinable.filter((u) => u.kind === 'table').length;
        await actions.setTableCount(tables + 1);
        setMessage(`Added Table ${tables + 1}.`);
      } else {
        const unit = await actions.addGroup(groupName);
        setGroupName('');
        setUnitId(unit.id);
        setMessage(`Added the group ${unit.name}.`);
      }
      setErrors({});
    } catch (e) {
      if (e instanceof ValidationError) setErrors({ group: Object.values(e.fieldErrors)[0] ?? e.message });
      else if (e instanceof ConflictError) setErrors({ group: e.message });
      else throw e;
    }
  };

  const field = (key: keyof DelegateInput, label: string, type = 'text') => (
    <TextField id={`${id}-${key}`} label={label} value={form[key]} error={errors[key]} inputProps={{ type }} onChange={(value) => setForm({ ...form, [key]: value })} />
  );

  return (
    <section className="walk-ins" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Walk-ins <span className="count">({walkIns})</span>
      </h2>
      <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide walk-in form' : 'Add a walk-in'}
      </button>
      <p role="status" className="small">
        {message}
      </p>
      {open ? (
        <div id={`${id}-form`}>
          <form onSubmit={(e) => void add(e)} aria-label="Add a walk-in" noValidate>
            {field('name', 'Walk-in name')}
            {field('institution', 'Institution or department')}
            {field('role', 'Role')}
            {field('email', 'Email (optional)', 'email')}
            {session.unitMode !== 'individual' ? (
              <SelectField
                id={`${id}-unit`}
                label={`Joins ${unitWord}`}
                value={unitId}
                onChange={setUnitId}
                placeholder="Not assigned yet"
                options={joinable.map((u) => ({ value: u.id, label: u.name }))}
              />
            ) : null}
            {errors.form ? (
              <ErrorMessage>{errors.form}</ErrorMessage>
            ) : null}
            <button type="submit" className="primary">
              Add walk-in
            </button>
          </form>
          {session.unitMode === 'groups' ? (
            <div className="inline-form walk-in-unit">
              <TextField id={`${id}-group`} label="New group name" value={groupName} error={errors.group} onChange={setGroupName} />
              <button type="button" onClick={() => void addUnit()}>
                Add group
              </button>
            </div>
          ) : null}
          {session.unitMode === 'tables' ? (
            <button type="button" className="walk-in-unit" onClick={() => void addUnit()}>
              Add a table
            </button>
          ) : null}
          {errors.group && session.unitMode === 'tables' ? (
            <ErrorMessage>{errors.group}</ErrorMessage>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
