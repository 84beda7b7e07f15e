import type { MappingPhase } from '../template/schema';

/*
 * A cell is always given column first, then row, as it is read aloud ("Column × Row") and as
 * findCell and describeCell take it.
 */

/** A map key for one cell of the map. */
export const cellKey = (columnId: string, rowId: string): string => `${columnId}\u0000${rowId}`;

/** "Column × Row" in the template's words, wherever a cell is named in one line; unknown ids are shown as they are. */
export function cellName(phase: Pick<MappingPhase, 'columns' | 'rows'>, columnId: string, rowId: string): string {
  const column = phase.columns.find((c) => c.id === columnId)?.label ?? columnId;
  const row = phase.rows.find((r) => r.id === rowId)?.label ?? rowId;
  return `${column} \u00d7 ${row}`;
}
