import { useEffect, useRef } from 'react';
import { isTextField, matchShortcut, type ShortcutId } from '../../../shared/run/shortcuts';

/**
 * Listens for the console's keyboard shortcuts on the whole window. Keys a control has already
 * handled (preventDefault, e.g. T/F/N in the delegate grid), held-down repeats and keys pressed
 * while a modal dialog is open are left alone; so are text fields (see matchShortcut).
 */
export function useRunShortcuts(onShortcut: (id: ShortcutId) => void): void {
  const handler = useRef(onShortcut);
  handler.current = onShortcut;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const id = matchShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        target: target ? { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type } : null,
      });
      if (!id) return;
      event.preventDefault();
      handler.current(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Ctrl+Z / Cmd+Z (undo) and Ctrl+Shift+Z / Ctrl+Y (redo) outside text fields. Inside a text field
 * they are the field's own undo, so they are never claimed there.
 */
export function useUndoKeys(onUndo: () => void, onRedo: () => void): void {
  const handlers = useRef({ onUndo, onRedo });
  handlers.current = { onUndo, onRedo };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && isTextField({ tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type })) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        handlers.current.onUndo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        handlers.current.onRedo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
