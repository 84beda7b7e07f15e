import { describe, expect, it } from 'vitest';
import { ANSWER_VALUES, ANSWER_WORDS, answerWord, TALLY_WORDS } from './answers';
import { LIVED_EXPERIENCE_OPTIONS, livedExperienceLabel } from './lived-experience';

describe('answer and lived-experience words', () => {
  it('words the three quiz answers once, tallies included', () => {
    expect(ANSWER_VALUES.map((v) => ANSWER_WORDS[v])).toEqual(['True', 'False', 'Not sure']);
    expect(answerWord(true)).toBe('True');
    expect(answerWord(false)).toBe('False');
    expect(Object.values(TALLY_WORDS)).toEqual(['True', 'False', 'Not sure']);
  });

  it('words lived experience as delegates say it, and shows an unknown value as it is', () => {
    expect(LIVED_EXPERIENCE_OPTIONS.map((o) => o.label)).toEqual(['Yes', 'No', 'Not sure']);
    expect(livedExperienceLabel('unsure')).toBe('Not sure');
    expect(livedExperienceLabel('maybe')).toBe('maybe');
  });
});
