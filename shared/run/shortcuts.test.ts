import { describe, expect, it } from 'vitest';
import { findShortcut, isTextField, matchShortcut, shortcuts, type KeyEventLike, type ShortcutId } from './shortcuts';

const body = { tagName: 'BODY' };

function press(key: string, extra: Partial<KeyEventLike> = {}): KeyEventLike {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: body, ...extra };
}

describe('the shortcut table', () => {
  it('lists every shortcut once, with keys and a description', () => {
    const ids: ShortcutId[] = [
      'next-phase',
      'previous-phase',
      'toggle-timer',
      'reveal-answer',
      'blank-projector',
      'freeze-projector',
      'add-minute',
      'next-page',
      'previous-page',
      'show-help',
    ];
    expect(shortcuts.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const s of shortcuts) {
      expect(s.keys.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
    }
    expect(findShortcut('toggle-timer')?.keys).toBe('Space');
  });
});

describe('matchShortcut', () => {
  it.each<[string, ShortcutId]>([
    ['ArrowRight', 'next-phase'],
    ['PageDown', 'next-phase'],
    ['n', 'next-phase'],
    ['ArrowLeft', 'previous-phase'],
    ['PageUp', 'previous-phase'],
    ['p', 'previous-phase'],
    [' ', 'toggle-timer'],
    ['r', 'reveal-answer'],
    [']', 'next-page'],
    ['[', 'previous-page'],
    ['b', 'blank-projector'],
    ['.', 'blank-projector'],
    ['f', 'freeze-projector'],
    ['+', 'add-minute'],
    ['=', 'add-minute'],
    ['?', 'show-help'],
  ])('maps %j to %s on the page', (key, id) => {
    expect(matchShortcut(press(key))).toBe(id);
    expect(matchShortcut(press(key, { target: null }))).toBe(id);
  });

  it('ignores unrelated keys', () => {
    for (const key of ['x', 'Enter', 'Escape', 'Tab', 'ArrowUp', 'F5', 'Shift']) expect(matchShortcut(press(key))).toBeNull();
  });

  it('matches letters regardless of case and allows Shift for characters like ? and +', () => {
    expect(matchShortcut(press('B', { shiftKey: true }))).toBe('blank-projector');
    expect(matchShortcut(press('R'))).toBe('reveal-answer');
    expect(matchShortcut(press('?', { shiftKey: true }))).toBe('show-help');
    expect(matchShortcut(press('+', { shiftKey: true }))).toBe('add-minute');
  });

  it('leaves Shift with arrows, page keys and Space alone', () => {
    expect(matchShortcut(press('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(matchShortcut(press('PageUp', { shiftKey: true }))).toBeNull();
    expect(matchShortcut(press(' ', { shiftKey: true }))).toBeNull();
  });

  it('never claims a key with Ctrl, Cmd or Alt (Ctrl+Z, Cmd+R, Alt+arrow stay the system’s)', () => {
    expect(matchShortcut(press('z', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(press('z', { metaKey: true }))).toBeNull();
    expect(matchShortcut(press('r', { metaKey: true }))).toBeNull();
    expect(matchShortcut(press('f', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(press('ArrowLeft', { altKey: true }))).toBeNull();
  });

  describe('in text fields', () => {
    const fields: Array<[string, KeyEventLike['target']]> = [
      ['a text input', { tagName: 'INPUT', type: 'text' }],
      ['an input without a type', { tagName: 'INPUT' }],
      ['a number input', { tagName: 'INPUT', type: 'number' }],
      ['an email input', { tagName: 'input', type: 'EMAIL' }],
      ['a textarea', { tagName: 'TEXTAREA' }],
      ['a select', { tagName: 'SELECT' }],
      ['a contenteditable element', { tagName: 'DIV', isContentEditable: true }],
    ];

    it.each(fields)('suppresses shortcuts in %s', (_, target) => {
      expect(isTextField(target)).toBe(true);
      for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', ' ', 'b', 'B', 'f', 'r', 'n', '+', '?', '.']) {
        expect(matchShortcut(press(key, { target }))).toBeNull();
        expect(matchShortcut(press(key, { target, shiftKey: true }))).toBeNull();
      }
      // Ctrl+Z is the field's own undo.
      expect(matchShortcut(press('z', { target, ctrlKey: true }))).toBeNull();
    });
  });

  describe('on controls that are not text fields', () => {
    const checkbox = { tagName: 'INPUT', type: 'checkbox' };
    const button = { tagName: 'BUTTON', type: 'submit' };

    it('still matches letters and arrows on a checkbox or a button', () => {
      expect(isTextField(checkbox)).toBe(false);
      expect(isTextField(button)).toBe(false);
      for (const target of [checkbox, button, { tagName: 'INPUT', type: 'button' }, { tagName: 'A' }]) {
        expect(matchShortcut(press('b', { target }))).toBe('blank-projector');
        expect(matchShortcut(press('ArrowRight', { target }))).toBe('next-phase');
        expect(matchShortcut(press('PageUp', { target }))).toBe('previous-phase');
        expect(matchShortcut(press('f', { target }))).toBe('freeze-projector');
      }
    });

    it('leaves Space to buttons, links and checkboxes, which Space activates', () => {
      for (const target of [checkbox, button, { tagName: 'A' }, { tagName: 'SUMMARY' }, { tagName: 'INPUT', type: 'radio' }]) {
        expect(matchShortcut(press(' ', { target }))).toBeNull();
      }
      expect(matchShortcut(press(' ', { target: { tagName: 'DIV' } }))).toBe('toggle-timer');
    });

    it('leaves arrows and page keys to radio buttons and sliders', () => {
      for (const target of [{ tagName: 'INPUT', type: 'radio' }, { tagName: 'INPUT', type: 'range' }]) {
        expect(matchShortcut(press('ArrowRight', { target }))).toBeNull();
        expect(matchShortcut(press('PageDown', { target }))).toBeNull();
        expect(matchShortcut(press('b', { target }))).toBe('blank-projector');
      }
    });
  });
});
