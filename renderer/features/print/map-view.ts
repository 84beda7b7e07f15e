import type { MappingPhase } from '../../../shared/template/schema';
import { sortByOrder } from '../../../shared/work/reorder';
import { aggregateRoomMap, type RoomCell, type RoomMap } from '../../../shared/work/room-map';
import type { MapEntry } from '../../../shared/work/schema';

/** A map with its entries placed in their cells, for drawing the grid. */
export interface MapView {
  phase: MappingPhase;
  map: RoomMap;
  /** The entries of one cell, in their order. */
  entriesIn(rowId: string, columnId: string): MapEntry[];
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
    byCell.set(cellKey(cell.rowId, cell.columnId), sortByOrder(inCell));
  }
  return { phase, map, entriesIn: (rowId, columnId) => byCell.get(cellKey(rowId, columnId)) ?? [] };
}

const cellKey = (rowId: string, columnId: string) => `${rowId}\u0000${columnId}`;

/** The template's word for the level a cell must reach not to be a gap ("Consulted"). */
export function gapThresholdLabel(phase: MappingPhase): string {
  const reaching = [...phase.strengths].sort((a, b) => a.level - b.level).find((s) => s.level >= phase.gapBelowLevel);
  return reaching?.label ?? `level ${phase.gapBelowLevel}`;
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

export type HeatBand = 'empty' | 'low' | 'mid' | 'high';

/** Which pattern a room-map cell gets: thirds of the strength scale, by mean strength. */
export function heatBand(cell: Pick<RoomCell, 'count' | 'meanStrength'>, maxLevel: number): HeatBand {
  if (cell.count === 0 || cell.meanStrength === null || maxLevel <= 0) return 'empty';
  const share = cell.meanStrength / maxLevel;
  if (share <= 1 / 3 + 1e-9) return 'low';
  if (share <= 2 / 3 + 1e-9) return 'mid';
  return 'high';
}
