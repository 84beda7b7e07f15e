import { mappingPhaseOf } from '../template/agenda';
import type { MappingPhase } from '../template/schema';
import { aggregateRoomMap, type RoomMap } from '../work/room-map';
import { topLevel } from '../vocabulary';
import { campusRef, type CampusRecords, type CampusRef, type PerCampus } from './campus';

export interface SharedGap {
  columnId: string;
  rowId: string;
  /** The campuses where the cell is a gap. */
  campuses: CampusRef[];
  /** Campuses with a map at all (the denominator of "most"). */
  ofCampuses: number;
}

export interface OddCell {
  columnId: string;
  rowId: string;
  /** The one campus that differs. */
  campus: CampusRef;
  /** True: a gap here while every other campus engages; false: engages while it is a gap everywhere else. */
  isGap: boolean;
}

export interface MapComparison {
  phase: MappingPhase;
  /** One axis scale for every small multiple: the template's top strength level. */
  topLevel: number;
  /** Each campus's map; null when the campus placed nothing on it. */
  campuses: PerCampus<RoomMap>[];
  /** Every campus's entries on one map. */
  combined: RoomMap;
  /** Cells that are gaps in more than half of the campuses with a map, most campuses first. */
  sharedGaps: SharedGap[];
  /** Cells where exactly one campus differs (gap or not) from all the others; needs three campuses with a map. */
  oddCells: OddCell[];
}

/** The engagement map per campus (small multiples on one scale), combined, shared gaps and odd cells. */
export function mapComparison(campuses: readonly CampusRecords[]): MapComparison | null {
  const phase = campuses.map((c) => mappingPhaseOf(c.session.template)).find((p) => p !== undefined);
  if (!phase) return null;
  const maps = campuses.map((c) => ({ ...campusRef(c), value: c.mapEntries.length === 0 ? null : aggregateRoomMap(phase, c.mapEntries) }));
  const measured = maps.filter((m): m is CampusRef & { value: RoomMap } => m.value !== null);
  const sharedGaps: SharedGap[] = [];
  const oddCells: OddCell[] = [];
  phase.rows.forEach((row, r) => {
    phase.columns.forEach((column, c) => {
      const gapAt = measured.map((m) => ({ campus: { sessionId: m.sessionId, campus: m.campus }, gap: m.value.cells[r]![c]!.isGap }));
      const gaps = gapAt.filter((g) => g.gap);
      if (measured.length > 0 && gaps.length * 2 > measured.length) {
        sharedGaps.push({ columnId: column.id, rowId: row.id, campuses: gaps.map((g) => g.campus), ofCampuses: measured.length });
      }
      if (measured.length >= 3) {
        const lone = gaps.length === 1 ? gaps[0] : gaps.length === measured.length - 1 ? gapAt.find((g) => !g.gap) : undefined;
        if (lone) oddCells.push({ columnId: column.id, rowId: row.id, campus: lone.campus, isGap: lone.gap });
      }
    });
  });
  // Stable: most campuses first, then the map's row-major order.
  const order = new Map(sharedGaps.map((g, i) => [g, i]));
  sharedGaps.sort((a, b) => b.campuses.length - a.campuses.length || order.get(a)! - order.get(b)!);
  return {
    phase,
    topLevel: topLevel(phase.strengths),
    campuses: maps,
    combined: aggregateRoomMap(phase, campuses.flatMap((c) => c.mapEntries)),
    sharedGaps,
    oddCells,
  };
}
