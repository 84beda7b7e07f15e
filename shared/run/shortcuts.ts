/**
 * The console's keyboard shortcuts: one table for the help overlay and the decision of which
 * shortcut (if any) a key press means. Pure over a minimal event shape so it is testable without
 * a DOM; the caller calls preventDefault only when a shortcut matched.
 */

export type ShortcutId =
  | 'next-phase'
  | 'previous-phase'
  | 'toggle-timer'
  | 'reveal-answer'
  | 'blank-projector'
  | 'freeze-projector'
  | 'add-minute'
  | 'next-page'
  | 'previous-page'
  | 'show-help';

export interface Shortcut {
  id: ShortcutId;
  /** As shown in the help overlay. */
  keys: string;
  description: string;
}

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

type Target = KeyEventLike['target'];

export const shortcuts: readonly Shortcut[] = [
  { id: 'next-phase', keys: '→, Page Down or N', description: 'Next phase' },
  { id: 'previous-phase', keys: '←, Page Up or P', description: 'Previous phase' },
  { id: 'toggle-timer', keys: 'Space', description: 'Start or pause the timer' },
  { id: 'add-minute', keys: '+', description: 'Add a minute to the timer' },
  { id: 'reveal-answer', keys: 'R', description: 'Reveal or hide the quiz answer' },
  { id: 'blank-projector', keys: 'B or .', description: 'Blank or unblank the projector' },
  { id: 'freeze-projector', keys: 'F', description: 'Freeze or unfreeze the projector' },
  { id: 'next-page', keys: ']', description: 'Next page of a long projector view' },
  { id: 'previous-page', keys: '[', description: 'Previous page of a long projector view' },
  { id: 'show-help', keys: '?', description: 'Show keyboard shortcuts' },
];

/**
 * Named keys, matched exactly and only without Shift (Shift+arrow is selection). Presenter
 * clickers send Page Down / Page Up, and "B" or "." for a black screen.
 */
const namedKeys: ReadonlyMap<string, ShortcutId> = new Map<string, ShortcutId>([
  ['ArrowRight', 'next-phase'],
  ['PageDown', 'next-phase'],
  ['ArrowLeft', 'previous-phase'],
  ['PageUp', 'previous-phase'],
  [' ', 'toggle-timer'],
  ['Spacebar', 'toggle-timer'],
]);

/** Characters, matched case-insensitively with Shift allowed ("+" and "?" need Shift on many layouts). */
const characterKeys: ReadonlyMap<string, ShortcutId> = new Map<string, ShortcutId>([
  ['n', 'next-phase'],
  ['p', 'previous-phase'],
  ['r', 'reveal-answer'],
  ['b', 'blank-projector'],
  ['.', 'blank-projector'],
  ['f', 'freeze-projector'],
  ['+', 'add-minute'],
  // "=" is the unshifted "+" key on UK/US keyboards.
  ['=', 'add-minute'],
  ['?', 'show-help'],
  [']', 'next-page'],
  ['[', 'previous-page'],
]);

/** Input types that do not take typed text; every other type (and a missing one) does. */
const nonTextInputTypes = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color', 'hidden']);

/** Controls that Space activates: Space there belongs to the control, for keyboard users. */
const spaceActivatedInputTypes = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'color']);
const spaceActivatedTags = new Set(['BUTTON', 'A', 'SUMMARY']);

/** Controls whose value the arrow and page keys change. */
const arrowInputTypes = new Set(['radio', 'range']);

/** A place where typing goes into a field: shortcut keys there are the field's own keys. */
export function isTextField(target: Target): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !nonTextInputTypes.has(inputType(target));
  return false;
}

/**
 * Which shortcut a key press means, or null. Never claims a press with Ctrl, Cmd or Alt (so
 * Ctrl+Z, Cmd+R, browser and system keys keep working), nor any press inside a text field.
 */
export function matchShortcut(event: KeyEventLike): ShortcutId | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTextField(event.target)) return null;

  const named = namedKeys.get(event.key);
  if (named) {
    if (event.shiftKey) return null;
    if (named === 'toggle-timer' && isSpaceActivated(event.target)) return null;
    if ((named === 'next-phase' || named === 'previous-phase') && usesArrowKeys(event.target)) return null;
    return named;
  }
  if (event.key.length !== 1) return null;
  return characterKeys.get(event.key.toLowerCase()) ?? null;
}

export function findShortcut(id: ShortcutId): Shortcut | undefined {
  return shortcuts.find((s) => s.id === id);
}

function inputType(target: NonNullable<Target>): string {
  return (target.type ?? 'text').toLowerCase();
}

function isSpaceActivated(target: Target): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  if (spaceActivatedTags.has(tag)) return true;
  return tag === 'INPUT' && spaceActivatedInputTypes.has(inputType(target));
}

function usesArrowKeys(target: Target): boolean {
  if (!target) return false;
  return (target.tagName ?? '').toUpperCase() === 'INPUT' && arrowInputTypes.has(inputType(target));
}
