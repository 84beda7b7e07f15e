import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('reads as spent time', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(9 * 60_000 + 30_000)).toBe('9 min 30 s');
    expect(formatDuration(10 * 60_000)).toBe('10 min');
    expect(formatDuration(62 * 60_000)).toBe('1 h 2 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
  });

  it('never shows a negative or fractional time', () => {
    expect(formatDuration(-5000)).toBe('0 s');
    expect(formatDuration(1499)).toBe('1 s');
  });
});
