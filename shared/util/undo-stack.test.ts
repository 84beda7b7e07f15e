import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createUndoStack, push, redo, redoLabel, undo, undoLabel, type UndoStack } from './undo-stack';

/** A tiny document the tests apply operations to: a counter changed by set operations. */
type Op = { set: number };

function change(stack: UndoStack<Op>, from: number, to: number): UndoStack<Op> {
  return push(stack, { do: { set: to }, undo: { set: from }, label: `set ${to}` });
}

describe('undo stack', () => {
  it('starts empty', () => {
    const stack = createUndoStack<Op>();
    expect(canUndo(stack)).toBe(false);
    expect(canRedo(stack)).toBe(false);
    expect(undo(stack)).toBeNull();
    expect(redo(stack)).toBeNull();
    expect(undoLabel(stack)).toBeNull();
  });

  it('undoes 20 of 25 changes in reverse order and redoes them', () => {
    let stack = createUndoStack<Op>();
    let value = 0;
    for (let i = 1; i <= 25; i++) {
      stack = change(stack, value, i);
      value = i;
    }
    for (let i = 0; i < 20; i++) {
      const step = undo(stack);
      expect(step).not.toBeNull();
      stack = step!.stack;
      value = step!.op.set;
    }
    expect(value).toBe(5);
    expect(canUndo(stack)).toBe(true);
    expect(canRedo(stack)).toBe(true);
    expect(redoLabel(stack)).toBe('set 6');

    for (let i = 0; i < 3; i++) {
      const step = redo(stack)!;
      stack = step.stack;
      value = step.op.set;
    }
    expect(value).toBe(8);
    expect(undoLabel(stack)).toBe('set 8');
  });

  it('keeps the last `limit` changes and drops the oldest', () => {
    let stack = createUndoStack<Op>(20);
    for (let i = 1; i <= 21; i++) stack = change(stack, i - 1, i);
    expect(stack.past).toHaveLength(20);
    let value = 21;
    let undone = 0;
    for (let step = undo(stack); step; step = undo(stack)) {
      stack = step.stack;
      value = step.op.set;
      undone += 1;
    }
    expect(undone).toBe(20);
    // The change 0 → 1 fell off; the history ends at 1.
    expect(value).toBe(1);
  });

  it('the default limit keeps at least the last 20 changes', () => {
    let stack = createUndoStack<Op>();
    for (let i = 1; i <= 60; i++) stack = change(stack, i - 1, i);
    expect(stack.past.length).toBeGreaterThanOrEqual(20);
    expect(stack.past.length).toBe(50);
  });

  it('pushing after an undo clears redo', () => {
    let stack = change(change(createUndoStack<Op>(), 0, 1), 1, 2);
    stack = undo(stack)!.stack;
    expect(canRedo(stack)).toBe(true);
    stack = change(stack, 1, 7);
    expect(canRedo(stack)).toBe(false);
    expect(redo(stack)).toBeNull();
    expect(undo(stack)?.op).toEqual({ set: 1 });
  });

  it('never changes the stack it is given', () => {
    const empty = createUndoStack<Op>(3);
    const one = change(empty, 0, 1);
    expect(empty.past).toHaveLength(0);
    const undone = undo(one)!;
    expect(one.past).toHaveLength(1);
    expect(one.future).toHaveLength(0);
    redo(undone.stack);
    expect(undone.stack.future).toHaveLength(1);
  });

  it('refuses a limit below 1', () => {
    expect(() => createUndoStack<Op>(0)).toThrow(RangeError);
    expect(() => createUndoStack<Op>(2.5)).toThrow(RangeError);
  });
});
