import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDifference, formatDuration } from './durations';

describe('formatDuration', () => {
  it('reads as spent time, to the second', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(8 * 60_000)).toBe('8 min');
    expect(formatDuration(8 * 60_000 + 30_400)).toBe('8 min 30 s');
    expect(formatDuration(9 * 60_000 + 30_000)).toBe('9 min 30 s');
    expect(formatDuration(10 * 60_000)).toBe('10 min');
  });

  it('counts hours past the hour', () => {
    expect(formatDuration(62 * 60_000)).toBe('1 h 2 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(125 * 60_000 + 20_000)).toBe('2 h 5 min');
  });

  it('never shows a negative or fractional time', () => {
    expect(formatDuration(-5000)).toBe('0 s');
    expect(formatDuration(1499)).toBe('1 s');
  });

  it('never writes a number of minutes or seconds of 60 or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 3_600_000 }), (ms) => {
        for (const match of formatDuration(ms).matchAll(/(\d+) (min|s)\b/g)) expect(Number(match[1])).toBeLessThan(60);
      }),
    );
  });
});

describe('formatDifference', () => {
  it('signs actual minus planned with a minus sign, not a hyphen', () => {
    expect(formatDifference(90_000)).toBe('+1 min 30 s');
    expect(formatDifference(-60_000)).toBe('\u22121 min');
    expect(formatDifference(400)).toBe('on time');
    expect(formatDifference(-(65 * 60_000))).toBe('\u22121 h 5 min');
  });
});
