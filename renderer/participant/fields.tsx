/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { LIVED_EXPERIENCE_OPTIONS } from '../../shared/vocabulary/lived-experience';

/** Form fields for the phone: a visible label, the error under it and tied to it for screen readers. */
interface Base {
  label: string;
  error?: string | undefined;
  hint?: string;
}

function Described({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}

const describedBy = (id: string, error?: string, hint?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(props: Base & { value: string; onInput: (value: string) => void; multiline?: boolean; required?: boolean; maxLength?: number }) {
  const id = useId();
  const shared = {
    id,
    value: props.value,
    required: props.required,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, props.error, props.hint),
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <FieldLabel id={id} label={props.label} required={props.required} />
      {props.multiline ? <textarea {...shared} rows={3} /> : <input {...shared} type="text" autocomplete="off" />}
      <Described id={id} error={props.error} hint={props.hint} />
    </div>
  );
}

function FieldLabel({ id, label, required }: { id: string; label: string; required: boolean | undefined }) {
  return (
    <label for={id}>
      <span>{label}</span>
      {required ? null : <span class="muted"> (optional)</span>}
    </label>
  );
}

/** The template's suggestions, folded away under their count; one tap fills the form. */
export function SuggestionChoices<S extends Option>(props: { suggestions: ReadonlyArray<S>; chosenId: string | null; onChoose: (suggestion: S) => void }) {
  if (props.suggestions.length === 0) return null;
  return (
    <details>
      <summary>Suggestions ({props.suggestions.length})</summary>
      <ul class="choices" aria-label="Suggestions">
        {props.suggestions.map((s) => (
          <li key={s.id}>
            <button type="button" aria-pressed={props.chosenId === s.id} onClick={() => props.onChoose(s)}>
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface Option {
  id: string;
  label: string;
}

export function SelectField(props: Base & { value: string; options: ReadonlyArray<Option>; onChange: (value: string) => void; placeholder: string; required?: boolean }) {
  const id = useId();
  return (
    <div class="field">
      <FieldLabel id={id} label={props.label} required={props.required} />
      <select
        id={id}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} error={props.error} hint={props.hint} />
    </div>
  );
}

export function RadioField(props: Base & { value: string; options: ReadonlyArray<Option>; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <fieldset aria-describedby={describedBy(id, props.error, props.hint)}>
      <legend>{props.label}</legend>
      {props.options.map((o) => (
        <label class="radio" key={o.id}>
          <input type="radio" name={id} value={o.id} checked={props.value === o.id} onChange={() => props.onChange(o.id)} />
          <span>{o.label}</span>
        </label>
      ))}
      <Described id={id} error={props.error} hint={props.hint} />
    </fieldset>
  );
}

/** Yes / No / Not sure, in the words the console, PDFs and CSV use. */
export const LIVED_OPTIONS: ReadonlyArray<Option> = LIVED_EXPERIENCE_OPTIONS.map((o) => ({ id: o.value, label: o.label }));

export function Notice({ kind, title, children }: { kind: 'problem' | 'waiting' | 'done' | 'info'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'problem' ? 'alert' : undefined}>
      {title ? <p><strong>{title}</strong></p> : null}
      {children}
    </div>
  );
}
