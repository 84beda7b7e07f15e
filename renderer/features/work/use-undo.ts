import { useCallback, useState } from 'react';
import { createUndoStack, push, undo, undoLabel, type UndoStack } from '../../../shared/util/undo-stack';

/** An undoable step: how to put things back. */
type Restore = () => Promise<unknown>;

export interface UndoControl {
  /** What Undo would bring back, e.g. 'Deleted "Governing body"'; null when there is nothing. */
  label: string | null;
  record: (label: string, restore: Restore) => void;
  undoLast: () => Promise<void>;
  clear: () => void;
}

/**
 * Undo for deletions on one screen, on the shared undo history. Only the restore side is kept:
 * redoing a delete is just deleting again.
 */
export function useUndo(): UndoControl {
  const [stack, setStack] = useState<UndoStack<Restore>>(() => createUndoStack<Restore>(20));
  const record = useCallback((label: string, restore: Restore) => {
    setStack((s) => push(s, { label, undo: restore, do: () => Promise.resolve() }));
  }, []);
  const undoLast = useCallback(async () => {
    const step = undo(stack);
    if (!step) return;
    setStack(step.stack);
    await step.op();
  }, [stack]);
  const clear = useCallback(() => setStack(createUndoStack<Restore>(20)), []);
  return { label: undoLabel(stack), record, undoLast, clear };
}
