/** "70%" for a share 0..1, or "—" when nobody answered. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** "+20 points", "−5 points", "no change", or "—" without both rounds. */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const points = Math.round(change * 100);
  if (points === 0) return 'no change';
  return points > 0 ? `+${points} points` : `−${-points} points`;
}
