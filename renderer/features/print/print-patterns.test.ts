import { describe, expect, it } from 'vitest';
import { diagonalLines, dotRows, PATTERN_AREA, patternStrokes, type PrintPatternKind } from './print-patterns';

const segments = (d: string) => d.split('M').length - 1;

describe('print patterns', () => {
  it('cover the whole area with lines the given spacing apart', () => {
    const d = diagonalLines(45, 10, { width: 100, height: 50 });
    // From x = -50 (so the corner under the first line is covered) to just below 100.
    expect(segments(d)).toBe(15);
    expect(d.startsWith('M-50 50l50 -50')).toBe(true);
    expect(diagonalLines(135, 10, { width: 100, height: 50 }).startsWith('M-50 0l50 50')).toBe(true);
    expect(segments(dotRows(10, { width: 100, height: 50 }))).toBe(5);
  });

  it('are vector strokes only, and the heat bands get denser from low to high', () => {
    const kinds: PrintPatternKind[] = ['gap', 'heat-low', 'heat-mid', 'heat-high'];
    for (const kind of kinds) {
      for (const stroke of patternStrokes(kind)) {
        expect(stroke.d).toMatch(/^(M-?[\d.]+ [\d.]+[lh][-\d. ]+)+$/);
        expect(stroke.width).toBeGreaterThan(0);
      }
    }
    const ink = (kind: PrintPatternKind) => patternStrokes(kind).reduce((sum, s) => sum + segments(s.d) * s.width, 0);
    expect(ink('heat-mid')).toBeGreaterThan(ink('heat-low'));
    expect(ink('heat-high')).toBeGreaterThan(ink('heat-mid'));
    expect(segments(patternStrokes('gap')[0]!.d)).toBeGreaterThan(PATTERN_AREA.width / 10);
  });
});
