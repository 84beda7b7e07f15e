import { memo, useMemo, type KeyboardEvent } from 'react';
import type { MappingPhase } from '../../../../shared/template/schema';
import { cellKey, cellName, plural } from '../../../../shared/vocabulary';
import type { MapEntry } from '../../../../shared/work/schema';
import type { MapOptions } from '../map-options';
import type { ElementMap } from '../use-element-map';
import { sameRecords } from '../work-format';
import { entryMeta, type Cell } from './UnitMapEditor.utils';
import { ColumnHeads } from '../../../components/ColumnHeads';

const NO_ENTRIES: MapEntry[] = [];

export interface MapGridProps {
  phase: MappingPhase;
  options: MapOptions;
  unitName: string;
  byCell: Map<string, MapEntry[]>;
  target: Cell;
  /** Each cell's "Add here" button, by cell key, so arrow keys can move focus between cells. */
  cellButtons: ElementMap<HTMLButtonElement>;
  /** Each entry's Edit button, by entry id, so focus can follow an entry after it is edited. */
  editButtons: ElementMap<HTMLButtonElement>;
  onPick: (cell: Cell, focusWhat: boolean) => void;
  onCellKey: (event: KeyboardEvent<HTMLButtonElement>, cell: Cell) => void;
  onEdit: (entry: MapEntry) => void;
  onDelete: (entry: MapEntry) => void;
}

/** The unit's map as a grid: one roving-tabindex button per cell, its entries listed under it. */
export function MapGrid({ phase, unitName, byCell, target, ...cellProps }: MapGridProps) {
  return (
    <div className="map-grid-wrap">
      <table className="map-grid">
        <caption>Map of {unitName}: entries per cell</caption>
        <ColumnHeads corner labels={phase.columns.map((column) => column.label)} />
        <tbody>
          {phase.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {phase.columns.map((column) => (
                <MapCellView
                  key={column.id}
                  columnId={column.id}
                  rowId={row.id}
                  name={cellName(phase, column.id, row.id)}
                  entries={byCell.get(cellKey(column.id, row.id)) ?? NO_ENTRIES}
                  isTarget={target.columnId === column.id && target.rowId === row.id}
                  {...cellProps}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CellProps extends Omit<MapGridProps, 'phase' | 'unitName' | 'byCell' | 'target'> {
  columnId: string;
  rowId: string;
  name: string;
  entries: MapEntry[];
  isTarget: boolean;
}

/** Re-renders only when its own entries (by id and version) or its target state change. */
const MapCellView = memo(
  function MapCellView({ columnId, rowId, name, entries, isTarget, options, cellButtons, editButtons, onPick, onCellKey, onEdit, onDelete }: CellProps) {
    const cell = useMemo(() => ({ columnId, rowId }), [columnId, rowId]);
    const count = plural(entries.length, 'entry', 'entries');
    return (
      <td className={isTarget ? 'map-cell target' : 'map-cell'} data-testid={`cell-${columnId}-${rowId}`}>
        <button
          ref={cellButtons.ref(cellKey(columnId, rowId))}
          type="button"
          className="cell-pick"
          tabIndex={isTarget ? 0 : -1}
          aria-pressed={isTarget}
          aria-label={`${isTarget ? 'Adding here' : 'Add here'}: ${name}, ${count}`}
          onClick={() => onPick(cell, true)}
          onKeyDown={(e) => onCellKey(e, cell)}
        >
          {isTarget ? 'Adding here' : 'Add here'} <span className="cell-count">({entries.length})</span>
        </button>
        {entries.length > 0 ? (
          <ul className="cell-entries" aria-label={`Entries in ${name}`}>
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} options={options} editButtons={editButtons} onEdit={onEdit} onDelete={onDelete} />
            ))}
          </ul>
        ) : null}
      </td>
    );
  },
  (a, b) =>
    a.columnId === b.columnId &&
    a.rowId === b.rowId &&
    a.name === b.name &&
    a.isTarget === b.isTarget &&
    a.options === b.options &&
    a.cellButtons === b.cellButtons &&
    a.editButtons === b.editButtons &&
    a.onPick === b.onPick &&
    a.onCellKey === b.onCellKey &&
    a.onEdit === b.onEdit &&
    a.onDelete === b.onDelete &&
    sameRecords(a.entries, b.entries),
);

interface EntryProps {
  entry: MapEntry;
  options: MapOptions;
  editButtons: ElementMap<HTMLButtonElement>;
  onEdit: (e: MapEntry) => void;
  onDelete: (e: MapEntry) => void;
}

const EntryItem = memo(
  function EntryItem({ entry, options, editButtons, onEdit, onDelete }: EntryProps) {
    return (
      <li className="map-entry">
        <span className="map-entry-what">{entry.what}</span>
        <span className="map-entry-meta">{entryMeta(entry, options)}</span>
        {entry.note ? <span className="map-entry-note">{entry.note}</span> : null}
        <span className="map-entry-actions">
          <button ref={editButtons.ref(entry.id)} type="button" className="work-small" aria-label={`Edit ${entry.what}`} onClick={() => onEdit(entry)}>
            Edit
          </button>
          <button type="button" className="work-small danger" data-deletes aria-label={`Delete ${entry.what}`} onClick={() => onDelete(entry)}>
            Delete
          </button>
        </span>
      </li>
    );
  },
  (a, b) =>
    a.entry.id === b.entry.id && a.entry.updatedAt === b.entry.updatedAt && a.options === b.options && a.editButtons === b.editButtons && a.onEdit === b.onEdit && a.onDelete === b.onDelete,
);
