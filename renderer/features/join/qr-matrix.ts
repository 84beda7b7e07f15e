import { create } from 'qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of every dark module, in module units, offset by the quiet zone. */
  path: string;
  /** Modules per side with the quiet zone on every edge (the SVG's viewBox). */
  viewSize: number;
}

/** The blank margin scanners need around a code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/**
 * A QR code as one SVG path, made here from the text (no network, no canvas, no HTML string), so
 * React can draw it under the app's CSP and it prints sharp. Error correction M: a projector's
 * glare or a folded sheet still scans, and a join URL stays at a small version.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    // Runs of dark modules on a row become one rectangle each: a much shorter path.
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path, viewSize: size + QUIET_ZONE * 2 };
}

/** Whether the module at (x, y) is dark, read back from the path (for tests and checks). */
export function darkModules(matrix: QrMatrix): boolean[][] {
  const grid = Array.from({ length: matrix.size }, () => Array<boolean>(matrix.size).fill(false));
  for (const match of matrix.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, run] = [Number(match[1]) - QUIET_ZONE, Number(match[2]) - QUIET_ZONE, Number(match[3])];
    for (let i = 0; i < run; i++) grid[y]![x + i] = true;
  }
  return grid;
}
