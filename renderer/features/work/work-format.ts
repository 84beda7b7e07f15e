import type { MappingPhase } from '../../../shared/template/schema';
import { cellKey } from '../../../shared/vocabulary';
import type { UnitProgress } from '../../../shared/work/progress';

/** The facilitator's local date as YYYY-MM-DD (not UTC: a workshop at 00:30 is still "today"). */
export function localToday(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every cell of the map in reading order (row by row), e.g. for a cell picker. */
export function cellsInOrder(phase: Pick<MappingPhase, 'columns' | 'rows'>): Array<{ columnId: string; rowId: string; key: string }> {
  return phase.rows.flatMap((row) => phase.columns.map((column) => ({ columnId: column.id, rowId: row.id, key: cellKey(column.id, row.id) })));
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
