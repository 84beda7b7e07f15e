import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ValidationError } from '../data/errors';
import { Field } from './Field';

interface Props {
  label: string;
  value: string;
  /** Persists the value; a ValidationError's message is shown next to the field. */
  onSave: (value: string) => Promise<unknown>;
  /** Checked before saving, so an invalid value is never written. */
  validate?: (value: string) => string | null;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'time' | 'email' | 'number';
  hint?: ReactNode;
  className?: string;
  inputMode?: 'numeric' | 'text';
  min?: number;
  max?: number;
}

const SAVE_DELAY_MS = 400;

/**
 * A labelled field that saves itself: shortly after typing stops, and on blur. The stored
 * value only replaces what is shown while the field is not being edited.
 */
export function AutoSaveField({ label, value, onSave, validate, multiline, rows = 3, type = 'text', hint, className, inputMode, min, max }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef(value);

  useEffect(() => {
    if (!editing.current) {
      setDraft(value);
      lastSaved.current = value;
    }
  }, [value]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const save = async (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const problem = validate?.(next) ?? null;
    setError(problem);
    if (problem || next === lastSaved.current) return;
    try {
      await onSave(next);
      lastSaved.current = next;
      setError(null);
    } catch (e) {
      if (e instanceof ValidationError) setError(Object.values(e.fieldErrors)[0] ?? e.message);
      else setError((e as Error).message);
    }
  };

  const onChange = (next: string) => {
    setDraft(next);
    editing.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(next), SAVE_DELAY_MS);
  };

  const onBlur = () => {
    editing.current = false;
    void save(draft);
  };

  return (
    <Field label={label} error={error} hint={hint} hintFirst announceError className={className}>
      {(control) => {
        const common = { ...control, value: draft, onBlur } as const;
        return multiline ? (
          <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type={type} inputMode={inputMode} min={min} max={max} onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </Field>
  );
}
