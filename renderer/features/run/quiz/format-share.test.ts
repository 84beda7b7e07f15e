import { describe, expect, it } from 'vitest';
import { formatChange, formatShare } from './format-share';

describe('quiz share formatting', () => {
  it('shows whole percentages and a dash when nobody answered', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(2 / 3)).toBe('67%');
    expect(formatShare(1)).toBe('100%');
  });

  it('shows a change in percentage points with a sign', () => {
    expect(formatChange(null)).toBe('—');
    expect(formatChange(0.2)).toBe('+20 points');
    expect(formatChange(-0.05)).toBe('−5 points');
    expect(formatChange(0.001)).toBe('no change');
  });
});
