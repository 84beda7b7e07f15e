import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEAT_BANDS, heatBand, topLevel } from './heat-bands';

describe('heat bands', () => {
  it('bands mean strength into thirds of the scale', () => {
    expect(heatBand(null, 3)).toBe('empty');
    expect(heatBand(0, 3)).toBe('empty');
    expect(heatBand(0.5, 3)).toBe('low');
    expect(heatBand(1, 3)).toBe('low');
    expect(heatBand(1.5, 3)).toBe('mid');
    expect(heatBand(2, 3)).toBe('mid');
    expect(heatBand(2.5, 3)).toBe('high');
    expect(heatBand(3, 3)).toBe('high');
  });

  it('uses the whole range of a 0–4 scale too', () => {
    expect(heatBand(1, 4)).toBe('low');
    expect(heatBand(2, 4)).toBe('mid');
    expect(heatBand(1.9, 4)).toBe('mid');
    expect(heatBand(3, 4)).toBe('high');
  });

  it('takes the top level of the scale, at least 1', () => {
    expect(topLevel([{ level: 0 }, { level: 3 }, { level: 1 }])).toBe(3);
    expect(topLevel([{ level: 0 }])).toBe(1);
    expect(topLevel([])).toBe(1);
  });

  it('never gets lighter as the mean grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (top, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(HEAT_BANDS.indexOf(heatBand(low * top, top))).toBeLessThanOrEqual(HEAT_BANDS.indexOf(heatBand(high * top, top)));
      }),
    );
  });
});
