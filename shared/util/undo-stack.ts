/**
 * A bounded, immutable undo/redo history of inverse operations. The stack never applies
 * anything itself: `undo` hands back the operation to apply (the entry's `undo`), `redo` the
 * entry's `do`, so the same history works for any repository operation type.
 */

export interface UndoEntry<Op> {
  do: Op;
  undo: Op;
  /** For menus and toasts: "Undo move card". */
  label: string;
}

export interface UndoStack<Op> {
  /** Oldest first; the last entry is the next to undo. */
  readonly past: ReadonlyArray<UndoEntry<Op>>;
  /** Most recently undone last; the last entry is the next to redo. */
  readonly future: ReadonlyArray<UndoEntry<Op>>;
  readonly limit: number;
}

export interface UndoStep<Op> {
  stack: UndoStack<Op>;
  /** The operation to apply now. */
  op: Op;
  label: string;
}

export const DEFAULT_UNDO_LIMIT = 50;

export function createUndoStack<Op>(limit: number = DEFAULT_UNDO_LIMIT): UndoStack<Op> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Undo limit must be a whole number of at least 1, got ${limit}.`);
  return { past: [], future: [], limit };
}

/** Records a change just made; the oldest entries fall off past the limit, and redo is cleared. */
export function push<Op>(stack: UndoStack<Op>, entry: UndoEntry<Op>): UndoStack<Op> {
  const past = [...stack.past, entry];
  return { past: past.length > stack.limit ? past.slice(past.length - stack.limit) : past, future: [], limit: stack.limit };
}

export function undo<Op>(stack: UndoStack<Op>): UndoStep<Op> | null {
  const entry = stack.past[stack.past.length - 1];
  if (!entry) return null;
  return {
    stack: { past: stack.past.slice(0, -1), future: [...stack.future, entry], limit: stack.limit },
    op: entry.undo,
    label: entry.label,
  };
}

export function redo<Op>(stack: UndoStack<Op>): UndoStep<Op> | null {
  const entry = stack.future[stack.future.length - 1];
  if (!entry) return null;
  return {
    stack: { past: [...stack.past, entry], future: stack.future.slice(0, -1), limit: stack.limit },
    op: entry.do,
    label: entry.label,
  };
}

export function canUndo<Op>(stack: UndoStack<Op>): boolean {
  return stack.past.length > 0;
}

export function canRedo<Op>(stack: UndoStack<Op>): boolean {
  return stack.future.length > 0;
}

/** Label of what Undo would revert, or null. */
export function undoLabel<Op>(stack: UndoStack<Op>): string | null {
  return stack.past[stack.past.length - 1]?.label ?? null;
}

/** Label of what Redo would re-apply, or null. */
export function redoLabel<Op>(stack: UndoStack<Op>): string | null {
  return stack.future[stack.future.length - 1]?.label ?? null;
}
