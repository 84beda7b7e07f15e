import type { MappingPhase } from '../../../shared/template/schema';
import type { UnitProgress } from '../../../shared/work/progress';
import type { LivedExperience } from '../../../shared/work/schema';

/** Words for the stored yes / no / unsure, as delegates say them. */
export const LIVED_EXPERIENCE_OPTIONS: ReadonlyArray<{ value: LivedExperience; label: string }> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

export function livedExperienceLabel(value: string): string {
  return LIVED_EXPERIENCE_OPTIONS.find((o) => o.value === value)?.label ?? value;
}

/** The facilitator's local date as YYYY-MM-DD (not UTC: a workshop at 00:30 is still "today"). */
export function localToday(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** One decimal, or a dash when nothing in the cell has a strength. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : mean.toFixed(1);
}

/** "Column × Row", used wherever a cell is named in one line. */
export function cellName(phase: Pick<MappingPhase, 'columns' | 'rows'>, columnId: string, rowId: string): string {
  const column = phase.columns.find((c) => c.id === columnId)?.label ?? columnId;
  const row = phase.rows.find((r) => r.id === rowId)?.label ?? rowId;
  return `${column} × ${row}`;
}

export const cellKey = (columnId: string, rowId: string) => `${columnId}\u0000${rowId}`;

/** Every cell of the map in reading order (row by row), e.g. for a cell picker. */
export function cellsInOrder(phase: Pick<MappingPhase, 'columns' | 'rows'>): Array<{ columnId: string; rowId: string; key: string }> {
  return phase.rows.flatMap((row) => phase.columns.map((column) => ({ columnId: column.id, rowId: row.id, key: cellKey(column.id, row.id) })));
}

/**
 * Shade step 0–4 for the heat grid from the mean strength, relative to the template's top level,
 * so a 0–4 scale and a 0–3 scale both use the whole range. 0 means no strength at all.
 */
export function heatStep(meanStrength: number | null, strengths: ReadonlyArray<{ level: number }>): 0 | 1 | 2 | 3 | 4 {
  if (meanStrength === null || meanStrength <= 0) return 0;
  const top = Math.max(1, ...strengths.map((s) => s.level));
  const share = Math.min(1, meanStrength / top);
  if (share < 0.25) return 1;
  if (share < 0.5) return 2;
  if (share < 0.75) return 3;
  return 4;
}

/** Groups records by their cell, keeping each cell's records in the order given. */
export function groupByCell<T extends { columnId: string; rowId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = cellKey(record.columnId, record.rowId);
    const list = groups.get(key);
    if (list) list.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

/**
 * True when two lists hold the same records in the same versions. Live queries hand back fresh
 * objects on every change, so memoised cells compare by id and updatedAt rather than identity.
 */
export function sameRecords(a: ReadonlyArray<{ id: string; updatedAt: number }>, b: ReadonlyArray<{ id: string; updatedAt: number }>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((record, i) => record.id === b[i]?.id && record.updatedAt === b[i]?.updatedAt);
}

/** Which suggestion (1-based, up to 9) a digit key picks, or null. */
export function suggestionIndexForKey(key: string, count: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < count ? index : null;
}

/** Suggestions whose label contains every typed word (case-insensitive); all of them when nothing is typed. */
export function filterSuggestions<T extends { label: string }>(suggestions: readonly T[], typed: string): T[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...suggestions];
  return suggestions.filter((s) => {
    const label = s.label.toLowerCase();
    return words.every((w) => label.includes(w));
  });
}

/** What a unit still lacks, in words, for the progress table; empty when it is on track. */
export function needsHelp(row: Pick<UnitProgress, 'entries' | 'channels' | 'actions' | 'planComplete'>, withChannels: boolean): string[] {
  const missing: string[] = [];
  if (row.entries === 0) missing.push('no map entries');
  if (withChannels && row.channels === 0) missing.push('no channels');
  if (row.actions === 0) missing.push('no actions');
  else if (!row.planComplete) missing.push('plan not marked complete');
  return missing;
}
