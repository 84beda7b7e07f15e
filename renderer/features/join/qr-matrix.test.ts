import { describe, expect, it } from 'vitest';
import { darkModules, qrMatrix, QUIET_ZONE } from './qr-matrix';

/** The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 core. */
function isFinder(grid: boolean[][], left: number, top: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
      const dark = ring !== 2;
      if (grid[top + y]![left + x] !== dark) return false;
    }
  }
  return true;
}

describe('qrMatrix', () => {
  it('draws a scannable symbol: finder patterns in three corners, timing row, quiet zone', () => {
    const matrix = qrMatrix('http://192.168.137.1:47620/j/K7P2QX');
    expect((matrix.size - 17) % 4).toBe(0);
    expect(matrix.viewSize).toBe(matrix.size + 2 * QUIET_ZONE);
    const grid = darkModules(matrix);
    const far = matrix.size - 7;
    expect(isFinder(grid, 0, 0)).toBe(true);
    expect(isFinder(grid, far, 0)).toBe(true);
    expect(isFinder(grid, 0, far)).toBe(true);
    expect(isFinder(grid, far, far)).toBe(false);
    // The timing pattern alternates between the finders on row 6.
    for (let x = 8; x < far - 1; x++) expect(grid[6]![x]).toBe(x % 2 === 0);
  });

  it('grows with the text and stays the same for the same text', () => {
    const short = qrMatrix('http://10.0.0.2:8080/j/ABCDEF');
    const wifi = qrMatrix(`WIFI:T:WPA;S:${'n'.repeat(32)};P:${'p'.repeat(63)};;`);
    expect(wifi.size).toBeGreaterThan(short.size);
    expect(qrMatrix('http://10.0.0.2:8080/j/ABCDEF')).toEqual(short);
  });
});
