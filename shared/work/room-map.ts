import type { MappingPhase } from '../template/schema';
import { cellName, formatMean, isGap, plural } from '../vocabulary';
import type { MapEntry } from './schema';

/** One cell of the engagement map: the entries of one column × row. */
export interface RoomCell {
  rowId: string;
  columnId: string;
  /** Entries in the cell, "none yet" ones included. */
  count: number;
  /** Distinct units with at least one entry in the cell. */
  unitCount: number;
  /** Mean strength level, leaving out level-0 ("none yet") entries; null when none are left. */
  meanStrength: number | null;
  /** Highest strength level in the cell; null when the cell is empty. */
  maxLevel: number | null;
  /** True when no entry reaches the phase's gapBelowLevel (an empty cell is a gap). */
  isGap: boolean;
  /** In the order the entries were given. */
  entryIds: string[];
}

export interface AxisTotal {
  id: string;
  count: number;
  unitCount: number;
}

export interface RoomMap {
  /** Row-major: cells[rowIndex][columnIndex], in the phase's row and column order. */
  cells: RoomCell[][];
  /** In the phase's column order. */
  columnTotals: AxisTotal[];
  /** In the phase's row order. */
  rowTotals: AxisTotal[];
  /** Entries placed on the map (ignored entries are not counted). */
  totalEntries: number;
  /** Distinct units with at least one counted entry. */
  unitsWithEntries: number;
  /** Entries whose column, row or strength is not in the template (e.g. after a template edit). */
  ignoredEntries: number;
}

interface CellAccumulator {
  cell: RoomCell;
  units: Set<string>;
  levelSum: number;
  levelCount: number;
}

/** Aggregates every entry given into the phase's grid; pass one session's entries. */
export function aggregateRoomMap(phase: MappingPhase, entries: readonly MapEntry[]): RoomMap {
  const levelByStrength = new Map(phase.strengths.map((s) => [s.id, s.level]));
  const columnIndex = new Map(phase.columns.map((c, i) => [c.id, i]));
  const rowIndex = new Map(phase.rows.map((r, i) => [r.id, i]));

  const grid: CellAccumulator[][] = phase.rows.map((row) =>
    phase.columns.map((column) => ({
      cell: {
        rowId: row.id,
        columnId: column.id,
        count: 0,
        unitCount: 0,
        meanStrength: null,
        maxLevel: null,
        isGap: true,
        entryIds: [],
      },
      units: new Set<string>(),
      levelSum: 0,
      levelCount: 0,
    })),
  );
  const columnUnits = phase.columns.map(() => new Set<string>());
  const rowUnits = phase.rows.map(() => new Set<string>());
  const columnCounts = phase.columns.map(() => 0);
  const rowCounts = phase.rows.map(() => 0);
  const allUnits = new Set<string>();
  let totalEntries = 0;
  let ignoredEntries = 0;

  for (const entry of entries) {
    const level = levelByStrength.get(entry.strengthId);
    const c = columnIndex.get(entry.columnId);
    const r = rowIndex.get(entry.rowId);
    const acc = r === undefined || c === undefined ? undefined : grid[r]?.[c];
    if (level === undefined || c === undefined || r === undefined || acc === undefined) {
      ignoredEntries += 1;
      continue;
    }
    const { cell } = acc;
    cell.count += 1;
    cell.entryIds.push(entry.id);
    cell.maxLevel = cell.maxLevel === null ? level : Math.max(cell.maxLevel, level);
    acc.units.add(entry.unitId);
    if (level > 0) {
      acc.levelSum += level;
      acc.levelCount += 1;
    }
    columnCounts[c] = (columnCounts[c] ?? 0) + 1;
    rowCounts[r] = (rowCounts[r] ?? 0) + 1;
    columnUnits[c]?.add(entry.unitId);
    rowUnits[r]?.add(entry.unitId);
    allUnits.add(entry.unitId);
    totalEntries += 1;
  }

  const cells = grid.map((row) =>
    row.map(({ cell, units, levelSum, levelCount }) => ({
      ...cell,
      unitCount: units.size,
      meanStrength: levelCount === 0 ? null : levelSum / levelCount,
      isGap: isGap(cell.maxLevel, phase.gapBelowLevel),
    })),
  );

  return {
    cells,
    columnTotals: phase.columns.map((column, i) => ({ id: column.id, count: columnCounts[i] ?? 0, unitCount: columnUnits[i]?.size ?? 0 })),
    rowTotals: phase.rows.map((row, i) => ({ id: row.id, count: rowCounts[i] ?? 0, unitCount: rowUnits[i]?.size ?? 0 })),
    totalEntries,
    unitsWithEntries: allUnits.size,
    ignoredEntries,
  };
}

/** The map of one unit (delegate, group or table). */
export function unitMap(phase: MappingPhase, entries: readonly MapEntry[], unitId: string): RoomMap {
  return aggregateRoomMap(
    phase,
    entries.filter((e) => e.unitId === unitId),
  );
}

/** Gap cells in row-major order. */
export function gapCells(map: RoomMap): RoomCell[] {
  return map.cells.flat().filter((cell) => cell.isGap);
}

export function findCell(map: RoomMap, columnId: string, rowId: string): RoomCell | undefined {
  return map.cells.flat().find((cell) => cell.columnId === columnId && cell.rowId === rowId);
}

/**
 * A cell in words, so the map never relies on colour alone (screen readers, projector in daylight):
 * "Official governance of the institution × Access: 3 entries, mean 2.3, gap".
 */
export function describeCell(
  phase: Pick<MappingPhase, 'columns' | 'rows' | 'strengths'>,
  cell: Pick<RoomCell, 'columnId' | 'rowId' | 'count' | 'meanStrength' | 'isGap'>,
): string {
  const parts: string[] = [];
  if (cell.count === 0) {
    parts.push('no entries');
  } else {
    parts.push(plural(cell.count, 'entry', 'entries'));
    if (cell.meanStrength === null) {
      // Every entry is level 0; say so with the template's own word for it.
      const noneLabel = phase.strengths.find((s) => s.level === 0)?.label;
      parts.push(noneLabel ? `all "${noneLabel}"` : 'no strength yet');
    } else {
      parts.push(`mean ${formatMean(cell.meanStrength)}`);
    }
  }
  if (cell.isGap) parts.push('gap');
  return `${cellName(phase, cell.columnId, cell.rowId)}: ${parts.join(', ')}`;
}
