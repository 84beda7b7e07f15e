import { describe, expect, it } from 'vitest';
import { formatMean, NO_VALUE, plural, pluralNoun } from './numbers';

describe('numbers', () => {
  it('gives a mean to one decimal, or the one dash used for every missing number', () => {
    expect(formatMean(null)).toBe(NO_VALUE);
    expect(NO_VALUE).toBe('\u2014');
    expect(formatMean(2.25)).toBe('2.3');
    expect(formatMean(2)).toBe('2.0');
  });

  it('puts a count with its noun', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(0, 'entry', 'entries')).toBe('0 entries');
    expect(plural(3, 'unit')).toBe('3 units');
    expect(pluralNoun(1, 'unit has', 'units have')).toBe('unit has');
    expect(pluralNoun(2, 'unit has', 'units have')).toBe('units have');
  });
});
