import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/*
 * Plain controlled fields with the app's label / hint / error wiring. The error sits next to the
 * field and is tied to it with aria-describedby, so a screen reader hears it on focus.
 */

interface Common {
  id: string;
  label: string;
  error?: string;
  warning?: string;
  hint?: ReactNode;
  className?: string;
}

function describedBy(id: string, { error, warning, hint }: Pick<Common, 'error' | 'warning' | 'hint'>): string | undefined {
  return [error ? `${id}-error` : null, warning ? `${id}-warning` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, error, warning, hint }: Pick<Common, 'id' | 'error' | 'warning' | 'hint'>) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {warning && !error ? (
        <p className="field-warning" id={`${id}-warning`}>
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      ) : null}
    </>
  );
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
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { error, warning, hint }),
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" {...inputProps} {...common} ref={inputRef} onChange={(e) => onChange(e.target.value)} />
      )}
      <Messages id={id} error={error} warning={warning} hint={hint} />
    </div>
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
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}
