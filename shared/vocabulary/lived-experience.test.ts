import { describe, expect, it } from 'vitest';
import { channelUseWords } from './lived-experience';

describe('channelUseWords', () => {
  it('counts units, and adds lived experience only when some units have it', () => {
    expect(channelUseWords({ unitCount: 1, livedExperienceCount: 0 })).toBe('1 unit');
    expect(channelUseWords({ unitCount: 3, livedExperienceCount: 2 })).toBe('3 units · 2 with students with lived experience');
  });
});
