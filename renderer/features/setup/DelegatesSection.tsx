import { useState, type FormEvent } from 'react';
import { delegateFields, type Delegate, type DelegateInput, type Session } from '../../../shared/session/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSessionWriter } from '../../data/session-write-hooks';
import { ValidationError } from '../../data/errors';
import { useDelegates } from '../../data/hooks';
import { PasteDelegates } from './PasteDelegates';

const EMPTY: DelegateInput = { name: '', role: '', institution: '', email: '' };
const FIELD_LABELS: Record<keyof DelegateInput, string> = { name: 'Name', role: 'Role', institution: 'Institution or department', email: 'Email (optional)' };

function fieldCheck(key: keyof DelegateInput) {
  return (value: string) => {
    const r = delegateFields[key].safeParse(value);
    return r.success ? null : (r.error.issues[0]?.message ?? 'Not valid');
  };
}

export function DelegatesSection({ session }: { session: Session }) {
  const delegates = useDelegates(session.id);
  const actions = useSessionWriter();
  const [form, setForm] = useState<DelegateInput>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof DelegateInput, string>>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<Delegate | null>(null);
  const [announce, setAnnounce] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const d = await actions.addDelegate(session.id, form);
      setForm(EMPTY);
      setErrors({});
      setAnnounce(`Added ${d.name}.`);
      document.getElementById('new-delegate-name')?.focus();
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else throw e;
    }
  };

  return (
    <section className="panel" aria-labelledby="delegates-title">
      <h2 id="delegates-title">
        Delegates <span className="count">({delegates?.length ?? 0})</span>
      </h2>
      <form className="inline-form" onSubmit={(e) => void add(e)} aria-label="Add a delegate" noValidate>
        {(Object.keys(FIELD_LABELS) as (keyof DelegateInput)[]).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`new-delegate-${key}`}>{FIELD_LABELS[key]}</label>
            <input
              id={`new-delegate-${key}`}
              type={key === 'email' ? 'email' : 'text'}
              value={form[key]}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={errors[key] ? `new-delegate-${key}-error` : undefined}
              onChange={(e) => setForm({ ...form, [key]: e.target.value })}
            />
            {errors[key] ? (
              <p className="field-error" id={`new-delegate-${key}-error`} role="alert">
                {errors[key]}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className="primary">
          Add delegate
        </button>
      </form>
      <p role="status" className="sr-only">
        {announce}
      </p>

      <PasteDelegates sessionId={session.id} />

      {delegates && delegates.length > 0 ? (
        <table className="data-table">
          <caption className="sr-only">Delegates in this session</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Institution or department</th>
              <th scope="col">Email</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {delegates.map((d) =>
              editing === d.id ? (
                <tr key={d.id} className="editing">
                  <td colSpan={4}>
                    <div className="grid-4">
                      {(Object.keys(FIELD_LABELS) as (keyof DelegateInput)[]).map((key) => (
                        <AutoSaveField
                          key={key}
                          label={FIELD_LABELS[key]}
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
                  <td>
                    {d.name}
                    {d.walkIn ? <span className="tag">walk-in</span> : null}
                  </td>
                  <td>{d.role}</td>
                  <td>{d.institution}</td>
                  <td>{d.email}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => setEditing(d.id)} aria-label={`Edit ${d.name}`}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => setToRemove(d)} aria-label={`Remove ${d.name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : (
        <p className="muted">No delegates yet. Add them one at a time or paste a list.</p>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title="Remove this delegate?"
        message={toRemove ? `${toRemove.name} will be removed from this session, with their quiz answers${session.unitMode === 'individual' ? ', map and action plan' : ''}.` : ''}
        confirmLabel="Remove delegate"
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const target = toRemove;
          setToRemove(null);
          if (target) void actions.removeDelegate(target.id).then(() => setAnnounce(`Removed ${target.name}.`));
        }}
      />
    </section>
  );
}
