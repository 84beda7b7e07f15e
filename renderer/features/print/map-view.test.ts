import { describe, it, expect } from 'vitest';
import { getBuiltInTemplate } from '../../../shared/templates';
import { mappingPhaseOf } from '../../../shared/template/agenda';
import { isTransposed, strengthScale } from './map-view';

const union = mappingPhaseOf(getBuiltInTemplate('students-union-co-creation')!)!;
const partnership = mappingPhaseOf(getBuiltInTemplate('student-staff-partnership-network')!)!;

describe('map view helpers', () => {
  it('orders strengths weakest first and knows the top level', () => {
    const { strengths, maxLevel } = strengthScale({ ...union, strengths: [...union.strengths].reverse() });
    expect(strengths.map((s) => s.level)).toEqual([0, 1, 2, 3]);
    expect(maxLevel).toBe(3);
  });

  it('turns a wide map so its columns run down the side', () => {
    expect(isTransposed(union)).toBe(false);
    expect(isTransposed(partnership)).toBe(true);
  });
});
