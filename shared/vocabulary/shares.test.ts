import { describe, expect, it } from 'vitest';
import { formatChange, formatShare } from './shares';

describe('quiz shares and changes', () => {
  it('shows whole percentages and the em dash when nobody answered', () => {
    expect(formatShare(null)).toBe('\u2014');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.625)).toBe('63%');
    expect(formatShare(2 / 3)).toBe('67%');
    expect(formatShare(1)).toBe('100%');
  });

  it('shows a change in percentage points with a sign, one point in the singular', () => {
    expect(formatChange(null)).toBe('\u2014');
    expect(formatChange(0.2)).toBe('+20 points');
    expect(formatChange(0.25)).toBe('+25 points');
    expect(formatChange(0.01)).toBe('+1 point');
    expect(formatChange(-0.01)).toBe('\u22121 point');
    expect(formatChange(-0.05)).toBe('\u22125 points');
    expect(formatChange(0)).toBe('no change');
    expect(formatChange(0.001)).toBe('no change');
  });
});
