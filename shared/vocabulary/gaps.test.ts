import { describe, expect, it } from 'vitest';
import { mappingPhaseOf } from '../template/agenda';
import { getBuiltInTemplate } from '../templates';
import { gapBarName, gapRule, isGap } from './gaps';

const union = mappingPhaseOf(getBuiltInTemplate('students-union-co-creation')!)!;

describe('the gap rule', () => {
  it('calls a cell a gap when nothing in it reaches the bar, and an empty cell a gap', () => {
    expect(isGap(null, 2)).toBe(true);
    expect(isGap(1, 2)).toBe(true);
    expect(isGap(2, 2)).toBe(false);
    expect(isGap(3, 2)).toBe(false);
  });

  it('names the level a cell must reach not to be a gap', () => {
    expect(gapBarName(union)).toBe('\u201cConsulted\u201d');
    expect(gapBarName({ ...union, gapBelowLevel: 9 })).toBe('level 9');
    expect(gapBarName({ ...union, strengths: [...union.strengths].reverse() })).toBe('\u201cConsulted\u201d');
  });

  it('says what a gap means in one sentence part', () => {
    expect(gapRule(union)).toBe('no entry at \u201cConsulted\u201d or above');
    expect(gapRule({ ...union, gapBelowLevel: 9 })).toBe('no entry at level 9 or above');
  });
});
