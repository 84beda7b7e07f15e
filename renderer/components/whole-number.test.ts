import { describe, expect, it } from 'vitest';
import { wholeNumberProps } from './whole-number';

describe('wholeNumberProps', () => {
  const { validate, min, max } = wholeNumberProps(240, 'Enter whole minutes from 0 to 240');

  it('accepts whole numbers from 0 to max, spaces around them ignored', () => {
    expect([min, max]).toEqual([0, 240]);
    for (const v of ['0', '7', ' 45 ', '240']) expect(validate(v)).toBeNull();
  });

  it('refuses fractions, signs, words, blanks and numbers past max with the given message', () => {
    for (const v of ['', '1.5', '-1', '241', '1000', 'ten', '1e2']) expect(validate(v)).toBe('Enter whole minutes from 0 to 240');
  });
});
