import { useCallback, useDeferredValue, useState, type FormEvent } from 'react';
import type { Delegate, DelegateInput, Session, Unit } from '../../../shared/session/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSessionWriter } from '../../data/session-write-hooks';
import { ConflictError, ValidationError } from '../../data/errors';
import { useDelegates, useUnits } from '../../data/hooks';
import { DELEGATE_FIELD_LABELS, DelegateTable } from './DelegateTable';
import { PasteDelegates } from './PasteDelegates';
import { ErrorMessage } from '../../components/Field';
import { TextField } from '../../components/fields';

const EMPTY: DelegateInput = { name: '', role: '', institution: '', email: '' };
const FIELD_LABELS = DELEGATE_FIELD_LABELS;
const NO_UNITS: Unit[] = [];

export function DelegatesSection({ session }: { session: Session }) {
  const delegates = useDelegates(session.id);
  const units = useUnits(session.id);
  const actions = useSessionWriter();
  const [form, setForm] = useState<DelegateInput>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof DelegateInput, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<Delegate | null>(null);
  const [announce, setAnnounce] = useState('');

  // The table draws after the rest of the page, and typing in the form above never redraws it: a
  // large room's table (a unit choice on every row) is the heaviest part of the page.
  const shown = useDeferredValue(delegates);
  const report = useCallback((e: unknown) => {
    if (e instanceof ConflictError) setProblem(e.message);
    else throw e;
  }, []);

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
          <TextField
            key={key}
            id={`new-delegate-${key}`}
            label={FIELD_LABELS[key]}
            value={form[key]}
            error={errors[key]}
            inputProps={{ type: key === 'email' ? 'email' : 'text' }}
            onChange={(value) => setForm({ ...form, [key]: value })}
          />
        ))}
        <button type="submit" className="primary">
          Add delegate
        </button>
      </form>
      <p role="status" className="sr-only">
        {announce}
      </p>

      <PasteDelegates sessionId={session.id} />
      {problem ? (
        <ErrorMessage>{problem}</ErrorMessage>
      ) : null}

      {delegates && delegates.length > 0 ? (
        shown && shown.length > 0 ? (
          <DelegateTable session={session} delegates={shown} units={units ?? NO_UNITS} actions={actions} onRemove={setToRemove} onError={report} />
        ) : (
          <p className="muted">Listing the delegates…</p>
        )
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
