import type { MappingPhase } from '../../../shared/template/schema';
import { strengthOptions } from '../../../shared/work/map-entry-input';
import type { Option } from '../../components/fields';
import { cellName, LIVED_EXPERIENCE_OPTIONS } from '../../../shared/vocabulary';
import { cellsInOrder } from './work-format';

export interface MapOptions {
  columns: Option[];
  rows: Option[];
  /** "Column × Row" for every cell, row by row; the value is "columnId|rowId". */
  cells: Option[];
  /** Weakest first, each prefixed with its level so typing the digit picks it in a select. */
  strengths: Option[];
  frequencies: Option[];
  lived: Option[];
  strengthLabel: ReadonlyMap<string, string>;
  frequencyLabel: ReadonlyMap<string, string>;
}

export const CELL_SEPARATOR = '|';

/** Every choice of a map entry form, in the template's words. */
export function mapOptions(phase: MappingPhase): MapOptions {
  return {
    columns: phase.columns.map((c) => ({ value: c.id, label: c.label })),
    rows: phase.rows.map((r) => ({ value: r.id, label: r.label })),
    cells: cellsInOrder(phase).map((c) => ({ value: `${c.columnId}${CELL_SEPARATOR}${c.rowId}`, label: cellName(phase, c.columnId, c.rowId) })),
    strengths: strengthOptions(phase).map((s) => ({ value: s.id, label: `${s.level} · ${s.label}` })),
    frequencies: phase.frequencies.map((f) => ({ value: f.id, label: f.label })),
    lived: LIVED_EXPERIENCE_OPTIONS.map((o) => ({ value: o.value, label: o.label })),
    strengthLabel: new Map(phase.strengths.map((s) => [s.id, s.label])),
    frequencyLabel: new Map(phase.frequencies.map((f) => [f.id, f.label])),
  };
}

export function splitCell(value: string): { columnId: string; rowId: string } {
  const [columnId = '', rowId = ''] = value.split(CELL_SEPARATOR);
  return { columnId, rowId };
}
