/** Medians and tables for the bench (pure, so the numbers' arithmetic is unit-tested, not the timings). */
export interface PathResult {
  path: string;
  samples: number[];
  floorSamples: number[];
  unit: 'ms';
  /** For documents: bytes, pages and the floor document's bytes. */
  pdf?: { bytes: number; pages: number; floorBytes: number; floorPages: number; images: number };
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: number[]) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface Row {
  path: string;
  median: number;
  p95: number;
  floor: number;
  ratio: number;
  n: number;
  extra: string;
}

export function toRow(result: PathResult): Row {
  const m = median(result.samples);
  const floor = median(result.floorSamples);
  let extra = '';
  if (result.pdf) {
    const { bytes, pages, floorBytes, floorPages, images } = result.pdf;
    extra = `${pages} p, ${kb(bytes / pages)} KB/page, ${kb(bytes)} KB (floor ${kb(floorBytes)} KB, ${floorPages} p), ${images} images, ${(bytes / floorBytes).toFixed(2)}× bytes`;
  }
  return { path: result.path, median: m, p95: quantile(result.samples, 0.95), floor, ratio: m / floor, n: result.samples.length, extra };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0);

export function formatTable(rows: Row[]): string {
  const head = ['path', 'median ms', 'p95 ms', 'floor ms', 'ratio', 'n', ''];
  const body = rows.map((r) => [r.path, r.median.toFixed(1), r.p95.toFixed(1), r.floor.toFixed(1), `${r.ratio.toFixed(2)}×`, String(r.n), r.extra]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
