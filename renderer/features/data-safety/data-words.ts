import type { RestoreOutcome } from '../../data/backup-restore';

/** A moment in the facilitator's own words and clock: "Sun 29 Nov 2026, 14:05". */
export function formatMoment(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function sessionLabel(s: { title: string; campus: string }): string {
  return `${s.title}${s.campus ? `, ${s.campus}` : ''}`;
}

/** "Restored 2 sessions." plus a line for each one that was not. */
export function describeOutcomes(outcomes: readonly RestoreOutcome[]): string {
  const restored = outcomes.filter((o) => o.status === 'restored').length;
  const lines = restored > 0 ? [`Restored ${restored} ${restored === 1 ? 'session' : 'sessions'}.`] : [];
  for (const o of outcomes) {
    if (o.status === 'restored' && o.note) lines.push(`"${o.title}": ${o.note}`);
    if (o.status === 'already-here') lines.push(`"${o.title}" is already on this computer and was left as it is.`);
    if (o.status === 'failed') lines.push(`"${o.title}" was not restored: ${o.message}`);
  }
  return lines.join('\n');
}

/** Bytes in the unit a person reads: "3.2 MB", "1.4 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(0, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
