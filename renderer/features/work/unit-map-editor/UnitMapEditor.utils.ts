import type { MappingPhase } from '../../../../shared/template/schema';
import { cellKey, livedExperienceLabel } from '../../../../shared/vocabulary';
import type { MapEntry } from '../../../../shared/work/schema';
import type { MapOptions } from '../map-options';

export type Cell = { columnId: string; rowId: string };
export type MapSuggestion = MappingPhase['suggestions'][number];

const MOVES: Record<string, [column: number, row: number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Whether a key moves between grid cells. */
export const isCellMoveKey = (key: string): boolean => key in MOVES;

/** The cell an arrow key moves to from `cell`, or null at the edge of the grid (or for any other key). */
export function moveCell(phase: Pick<MappingPhase, 'columns' | 'rows'>, cell: Cell, key: string): Cell | null {
  const move = MOVES[key];
  if (!move) return null;
  const column = phase.columns[phase.columns.findIndex((c) => c.id === cell.columnId) + move[0]];
  const row = phase.rows[phase.rows.findIndex((r) => r.id === cell.rowId) + move[1]];
  return column && row ? { columnId: column.id, rowId: row.id } : null;
}

/** The column's suggestions not yet added to this cell, in the template's order (which numbers them). */
export function availableSuggestions(phase: Pick<MappingPhase, 'suggestions'>, byCell: ReadonlyMap<string, readonly MapEntry[]>, cell: Cell): MapSuggestion[] {
  const used = new Set((byCell.get(cellKey(cell.columnId, cell.rowId)) ?? []).map((e) => e.suggestionId));
  return phase.suggestions.filter((s) => s.columnId === cell.columnId && !used.has(s.id));
}

/** The number shown beside a suggestion: the digit that adds it from a grid cell (1–9), or '' past nine. */
export function suggestionNumber(available: readonly { id: string }[], suggestion: { id: string }): string {
  const index = available.findIndex((s) => s.id === suggestion.id);
  return index >= 0 && index < 9 ? String(index + 1) : '';
}

/**
 * The suggestion a submitted line adds: the highlighted one, else (for typed text not already tied to
 * a suggestion) the one whose words were typed exactly. Undefined: add the typed text as it is.
 */
export function suggestionToAdd<T extends { label: string }>(
  shown: readonly T[],
  active: number,
  available: readonly T[],
  form: { what: string; suggestionId: string | null },
): T | undefined {
  if (active >= 0 && shown[active]) return shown[active];
  if (form.suggestionId) return undefined;
  const typed = form.what.trim().toLowerCase();
  return available.find((s) => s.label.toLowerCase() === typed);
}

/** A printable key pressed on a cell starts typing an entry there (digits pick suggestions; space presses the button). */
export const startsTyping = (key: string): boolean => key.length === 1 && key !== ' ' && !/^[0-9]$/.test(key);

/** Strength · how often · partner · lived experience (when known), as shown under an entry. */
export function entryMeta(entry: MapEntry, options: Pick<MapOptions, 'strengthLabel' | 'frequencyLabel'>): string {
  return [
    options.strengthLabel.get(entry.strengthId),
    entry.frequencyId ? options.frequencyLabel.get(entry.frequencyId) : null,
    entry.partner || null,
    entry.livedExperience === 'unsure' ? null : `lived experience: ${livedExperienceLabel(entry.livedExperience).toLowerCase()}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
