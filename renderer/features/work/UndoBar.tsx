import { useEffect, useRef, useState } from 'react';
import { focusIsFree } from './use-stable';
import type { UndoControl } from './use-undo';

/**
 * "Deleted … [Undo]": announced politely; focus moves to Undo right after a delete, so a
 * keyboard user can take it back with one key.
 */
export function UndoBar({ control, focusToken }: { control: UndoControl; focusToken: number }) {
  const button = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (focusToken > 0 && focusIsFree('[data-deletes]')) button.current?.focus();
  }, [focusToken]);
  return (
    <div className="work-undo-bar" role="status" aria-live="polite">
      {control.label ? (
        <>
          <span>{control.label}.</span>
          <button
            ref={button}
            type="button"
            onClick={() => {
              setError(null);
              control.undoLast().catch((e: unknown) => setError((e as Error).message));
            }}
          >
            Undo
          </button>
        </>
      ) : null}
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
