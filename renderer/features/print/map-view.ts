import type { MappingPhase } from '../../../shared/template/schema';
import { cellKey } from '../../../shared/vocabulary';
import { sortByOrder } from '../../../shared/work/reorder';
import { aggregateRoomMap, type RoomMap } from '../../../shared/work/room-map';
import type { MapEntry } from '../../../shared/work/schema';

/** A map with its entries placed in their cells, for drawing the grid. */
export interface MapView {
  phase: MappingPhase;
  map: RoomMap;
  /** The entries of one cell (column first, as everywhere), in their order. */
  entriesIn(columnId: string, rowId: string): MapEntry[];
}

export function buildMapView(phase: MappingPhase, entries: readonly MapEntry[]): MapView {
  const map = aggregateRoomMap(phase, entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byCell = new Map<string, MapEntry[]>();
  for (const cell of map.cells.flat()) {
    const inCell = cell.entryIds.flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [entry] : [];
    });
    byCell.set(cellKey(cell.columnId, cell.rowId), sortByOrder(inCell));
  }
  return { phase, map, entriesIn: (columnId, rowId) => byCell.get(cellKey(columnId, rowId)) ?? [] };
}

/** Strengths from weakest to strongest, and the highest level (for "2 of 3"). */
export function strengthScale(phase: MappingPhase): { strengths: MappingPhase['strengths']; maxLevel: number } {
  const strengths = [...phase.strengths].sort((a, b) => a.level - b.level);
  return { strengths, maxLevel: strengths.reduce((max, s) => Math.max(max, s.level), 0) };
}

/**
 * Wide maps (the partnership template has seven columns) are drawn with the template's columns
 * down the side, so each cell keeps room for writing on a portrait page.
 */
export const MAX_COLUMNS_ACROSS = 4;
export function isTransposed(phase: MappingPhase): boolean {
  return phase.columns.length > MAX_COLUMNS_ACROSS && phase.columns.length > phase.rows.length;
}
