import { describe, expect, it } from 'vitest';
import { answerForKey } from './answer-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('answer keys', () => {
  it('maps T, F and N in either case', () => {
    expect(answerForKey(key('t'))).toBe('true');
    expect(answerForKey(key('F'))).toBe('false');
    expect(answerForKey(key('n'))).toBe('unsure');
  });

  it('ignores other keys and any key with a modifier (Ctrl+F is the browser find)', () => {
    expect(answerForKey(key('x'))).toBeNull();
    expect(answerForKey(key('Enter'))).toBeNull();
    expect(answerForKey(key('f', { ctrlKey: true }))).toBeNull();
    expect(answerForKey(key('t', { metaKey: true }))).toBeNull();
    expect(answerForKey(key('n', { altKey: true }))).toBeNull();
  });
});
