import type { MappingPhase } from '../../../../shared/template/schema';
import type { MapEntryErrors, MapEntryInput } from '../../../../shared/work/map-entry-input';
import { CELL_SEPARATOR } from '../map-options';

/** The worksheet's columns in its own order, so Tab follows the paper. */
export const PAPER_COLUMNS = ['cell', 'what', 'partner', 'frequency', 'strength', 'lived', 'note'] as const;
export type PaperColumn = (typeof PAPER_COLUMNS)[number];

/** Each column's heading, in the template's words where the template has its own (the partner). */
export function paperColumnLabels(phase: Pick<MappingPhase, 'partnerLabel'>): Record<PaperColumn, string> {
  return {
    cell: 'Cell (column × row)',
    what: 'What it is',
    partner: phase.partnerLabel,
    frequency: 'How often',
    strength: 'Strength',
    lived: 'Lived experience',
    note: 'Note',
  };
}

/** Nothing typed or chosen that would make an entry (a line's cell and lived experience have defaults). */
export function isBlank(input: MapEntryInput): boolean {
  return input.what.trim() === '' && input.partner.trim() === '' && input.note.trim() === '' && input.strengthId === '' && input.frequencyId === null;
}

export function sameInput(a: MapEntryInput, b: MapEntryInput): boolean {
  return (Object.keys(a) as (keyof MapEntryInput)[]).every((k) => a[k] === b[k]);
}

/** The cell select's value ("columnId|rowId"), or '' while no cell is chosen. */
export const cellValue = (input: Pick<MapEntryInput, 'columnId' | 'rowId'>): string => (input.columnId && input.rowId ? `${input.columnId}${CELL_SEPARATOR}${input.rowId}` : '');

/** One field on paper holds both axes, so one message covers them. */
export function cellError(errors: MapEntryErrors, value: string): string | undefined {
  if (!errors.columnId && !errors.rowId) return undefined;
  return value === '' ? 'Choose a cell' : (errors.columnId ?? errors.rowId);
}

/** The line after `rowKey` in table order, or null for the last line (or an unknown one). */
export function rowAfter(rowKeys: readonly string[], rowKey: string): string | null {
  const index = rowKeys.indexOf(rowKey);
  return index < 0 ? null : (rowKeys[index + 1] ?? null);
}
