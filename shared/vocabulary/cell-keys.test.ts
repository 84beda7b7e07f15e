import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mappingPhaseOf } from '../template/agenda';
import { getBuiltInTemplate } from '../templates';
import { cellKey, cellName } from './cell-keys';

const union = mappingPhaseOf(getBuiltInTemplate('students-union-co-creation')!)!;

describe('cells', () => {
  it('names a cell column first, in the template’s words', () => {
    expect(cellName(union, 'col-su-governance', 'row-success')).toBe("Official governance of the students' union \u00d7 Success");
    expect(cellName(union, 'gone', 'row-access')).toBe('gone \u00d7 Access');
  });

  it('gives two different cells two different keys, whatever their ids', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (c1, r1, c2, r2) => {
        fc.pre(c1 !== c2 || r1 !== r2);
        fc.pre(![c1, r1, c2, r2].some((id) => id.includes('\u0000')));
        expect(cellKey(c1, r1)).not.toBe(cellKey(c2, r2));
      }),
    );
  });
});
