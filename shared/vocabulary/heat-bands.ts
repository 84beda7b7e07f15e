import type { Strength } from '../template/schema';

/**
 * How dark a map cell is shaded, on the console, the projector and the printed report alike:
 * thirds of the strength scale by mean strength, so on a 0–3 scale each level has its own band.
 */
export type HeatBand = 'empty' | 'low' | 'mid' | 'high';

export const HEAT_BANDS: readonly HeatBand[] = ['empty', 'low', 'mid', 'high'];

/** What each band means, for legends. */
export const HEAT_BAND_WORDS: Record<HeatBand, string> = {
  empty: 'no entries, or all \u201cnone yet\u201d',
  low: 'weak on average',
  mid: 'middling on average',
  high: 'strong on average',
};

/** The top level of a strength scale (at least 1, so an odd scale never divides by zero). */
export function topLevel(strengths: ReadonlyArray<Pick<Strength, 'level'>>): number {
  return Math.max(1, ...strengths.map((s) => s.level));
}

/**
 * The band of a cell from its mean strength (level-0 entries left out; null when nothing is left)
 * relative to the scale's top level. A mean exactly on a third belongs to the lower band.
 */
export function heatBand(meanStrength: number | null, top: number): HeatBand {
  if (meanStrength === null || meanStrength <= 0 || top <= 0) return 'empty';
  const share = meanStrength / top;
  if (share <= 1 / 3 + 1e-9) return 'low';
  if (share <= 2 / 3 + 1e-9) return 'mid';
  return 'high';
}
