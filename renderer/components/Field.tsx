import { useId, type ReactNode } from 'react';

/*
 * One field: a label, the control, and its hint, error and warning tied to the control with
 * aria-describedby (and aria-invalid while there is an error), so a screen reader hears the
 * message on focus. Every form in the app builds on this instead of writing the wiring by hand.
 */

/** What the control needs from its field: spread it onto the <input>, <select> or <textarea>. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  /** The control's id; generated when not given. */
  id?: string;
  error?: string | null;
  warning?: string | null;
  hint?: ReactNode;
  /** The label is read out but not shown (a table's column header already shows it). */
  hideLabel?: boolean;
  /** The hint reads before the control (a format to follow) rather than after it. */
  hintFirst?: boolean;
  /** The error is announced as it appears (role="alert"), for fields that validate as you type or save. */
  announceError?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ label, id: givenId, error, warning, hint, hideLabel, hintFirst, announceError, className, children }: FieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const shownWarning = warning && !error ? warning : null;
  const describedBy = [error ? `${id}-error` : null, shownWarning ? `${id}-warning` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const hintElement = hint ? (
    <p className="field-hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      {hintFirst ? hintElement : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hintFirst ? null : hintElement}
      {error ? <ErrorMessage id={`${id}-error`} announce={announceError}>{error}</ErrorMessage> : null}
      {shownWarning ? (
        <p className="field-warning" id={`${id}-warning`}>
          <span aria-hidden="true">⚠ </span>
          {shownWarning}
        </p>
      ) : null}
    </div>
  );
}

/**
 * An error in plain words: under a field (with the id its control points at), or for a whole form
 * or action (announced with role="alert" so it is heard without moving focus).
 */
export function ErrorMessage({ id, announce = true, className, children }: { id?: string; announce?: boolean; className?: string; children: ReactNode }) {
  return (
    <p className={className ? `field-error ${className}` : 'field-error'} id={id} role={announce ? 'alert' : undefined}>
      {children}
    </p>
  );
}
