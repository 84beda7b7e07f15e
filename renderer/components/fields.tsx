import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field';

/* Plain controlled text and select fields on the shared Field wiring (label, hint, error, warning). */

interface Common {
  /** The control's id; generated when not given. */
  id?: string;
  label: string;
  error?: string;
  warning?: string;
  hint?: ReactNode;
  className?: string;
  /** Read out but not shown (a table's column header already shows it). */
  hideLabel?: boolean;
  /** False for a field whose error should not interrupt (it is read when the field is focused). */
  announceError?: boolean;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  warning,
  hint,
  className,
  hideLabel,
  multiline,
  inputRef,
  inputProps,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <Field id={id} label={label} error={error} warning={warning} hint={hint} className={className} hideLabel={hideLabel}>
      {(control) =>
        multiline ? (
          <textarea {...control} value={value} rows={2} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input type="text" {...inputProps} {...control} value={value} ref={inputRef} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  hint,
  className,
  hideLabel,
  announceError,
  selectRef,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** A first, empty choice ("Not given", "Choose…"). */
  placeholder?: string;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className} hideLabel={hideLabel} announceError={announceError}>
      {(control) => (
        <select {...control} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
