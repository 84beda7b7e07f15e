import { useId, useState, type FormEvent } from 'react';
import { ValidationError } from '../../../data/errors';
import { Field } from '../../../components/Field';

/** Adds a theme to group cards under. */
export function ThemeForm({ onAdd }: { onAdd: (name: string) => Promise<boolean> }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = name;
    if (typed.trim() === '') {
      setError('Theme name is required');
      return;
    }
    // Cleared at once so the next name can be typed straight away; given back if refused.
    setName('');
    const restore = () => setName((current) => (current === '' ? typed : current));
    try {
      if (await onAdd(typed)) setError(null);
      else restore();
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(Object.values(e.fieldErrors)[0] ?? e.message);
      restore();
    }
  };

  return (
    <form className="inline-form theme-form" onSubmit={(e) => void submit(e)} aria-label="Add a theme" noValidate>
      <Field id={`${id}-name`} label="New theme name" error={error}>
        {(control) => <input {...control} value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
      </Field>
      <button type="submit">Add theme</button>
    </form>
  );
}
