import { NO_VALUE, plural } from './numbers';

/** The minus sign, not a hyphen, so a change reads as a number. */
export const MINUS = '\u2212';

/** "62%" from a 0..1 share; the dash when nobody answered. */
export function formatShare(share: number | null): string {
  return share === null ? NO_VALUE : `${Math.round(share * 100)}%`;
}

/** "+25 points", "+1 point", "−10 points", "no change"; the dash without both rounds. */
export function formatChange(change: number | null): string {
  if (change === null) return NO_VALUE;
  const points = Math.round(change * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : MINUS}${plural(Math.abs(points), 'point')}`;
}
