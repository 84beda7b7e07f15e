import { describe, it, expect } from 'vitest';
import { getBuiltInTemplate } from '../../../shared/templates';
import { mappingPhaseOf } from '../../../shared/template/agenda';
import { gapThresholdLabel, heatBand, isTransposed, strengthScale } from './map-view';

const union = mappingPhaseOf(getBuiltInTemplate('students-union-co-creation')!)!;
const partnership = mappingPhaseOf(getBuiltInTemplate('student-staff-partnership-network')!)!;

describe('map view helpers', () => {
  it('names the level a cell must reach not to be a gap', () => {
    expect(gapThresholdLabel(union)).toBe('Consulted');
    expect(gapThresholdLabel({ ...union, gapBelowLevel: 9 })).toBe('level 9');
  });

  it('orders strengths weakest first and knows the top level', () => {
    const { strengths, maxLevel } = strengthScale({ ...union, strengths: [...union.strengths].reverse() });
    expect(strengths.map((s) => s.level)).toEqual([0, 1, 2, 3]);
    expect(maxLevel).toBe(3);
  });

  it('turns a wide map so its columns run down the side', () => {
    expect(isTransposed(union)).toBe(false);
    expect(isTransposed(partnership)).toBe(true);
  });

  it('bands mean strength into thirds of the scale', () => {
    expect(heatBand({ count: 0, meanStrength: null }, 3)).toBe('empty');
    expect(heatBand({ count: 2, meanStrength: null }, 3)).toBe('empty');
    expect(heatBand({ count: 1, meanStrength: 1 }, 3)).toBe('low');
    expect(heatBand({ count: 1, meanStrength: 1.5 }, 3)).toBe('mid');
    expect(heatBand({ count: 1, meanStrength: 2 }, 3)).toBe('mid');
    expect(heatBand({ count: 1, meanStrength: 2.5 }, 3)).toBe('high');
    expect(heatBand({ count: 1, meanStrength: 3 }, 3)).toBe('high');
  });
});
