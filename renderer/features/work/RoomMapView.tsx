import { useCallback, useId, useMemo, useState } from 'react';
import type { MappingPhase } from '../../../shared/template/schema';
import { aggregateRoomMap } from '../../../shared/work/room-map';
import type { MapEntry } from '../../../shared/work/schema';
import { useUnits } from '../../data/hooks';
import { useRoomMapEntries } from '../../data/work-hooks';
import { RoomHeatGrid, type HeatCell } from './RoomHeatGrid';
import { mapOptions } from './map-options';
import { cellName, livedExperienceLabel, plural } from '../../../shared/vocabulary';
import { ColumnHeads } from '../../components/ColumnHeads';

/**
 * The console's room view: every unit's map combined. Clicking a cell lists the entries behind
 * it with unit names; that list is for the facilitator and never reaches the projector.
 */
export function RoomMapView({ sessionId, phase }: { sessionId: string; phase: MappingPhase }) {
  const id = useId();
  const entries = useRoomMapEntries(sessionId);
  const units = useUnits(sessionId);
  const [selected, setSelected] = useState<{ columnId: string; rowId: string } | null>(null);
  const map = useMemo(() => aggregateRoomMap(phase, entries ?? []), [phase, entries]);
  const options = useMemo(() => mapOptions(phase), [phase]);
  const unitNames = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
  const byId = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries]);
  const onSelect = useCallback((cell: HeatCell) => setSelected((s) => (s?.columnId === cell.columnId && s.rowId === cell.rowId ? null : { columnId: cell.columnId, rowId: cell.rowId })), []);

  const selectedCell = selected ? map.cells.flat().find((c) => c.columnId === selected.columnId && c.rowId === selected.rowId) : undefined;
  const behind: MapEntry[] = selectedCell ? selectedCell.entryIds.flatMap((entryId) => byId.get(entryId) ?? []) : [];

  if (entries === undefined) return <p className="muted">Loading the room’s maps…</p>;

  return (
    <section aria-labelledby={`${id}-title`} className="room-map">
      <h2 id={`${id}-title`}>Room view: the combined map</h2>
      <p className="muted">
        {plural(map.totalEntries, 'entry', 'entries')} from {map.unitsWithEntries} of {units?.length ?? 0} units. Select a cell to see the
        entries behind it (console only).
      </p>
      <RoomHeatGrid axes={phase} cells={map.cells} caption="All units’ maps combined" variant="console" selected={selected} onSelect={onSelect} />
      {selectedCell ? (
        <section aria-labelledby={`${id}-cell`} className="cell-detail">
          <h3 id={`${id}-cell`}>
            Behind {cellName(phase, selectedCell.columnId, selectedCell.rowId)} ({behind.length})
          </h3>
          {behind.length === 0 ? (
            <p className="muted">No unit has an entry here yet.</p>
          ) : (
            <table className="data-table">
              <caption className="sr-only">Entries in this cell, with their units</caption>
              <ColumnHeads labels={['Unit', 'What it is', 'Strength', 'How often', phase.partnerLabel, 'Lived experience', 'Note']} />
              <tbody>
                {behind.map((entry) => (
                  <tr key={entry.id}>
                    <td>{unitNames.get(entry.unitId) ?? 'Removed unit'}</td>
                    <td>{entry.what}</td>
                    <td>{options.strengthLabel.get(entry.strengthId) ?? ''}</td>
                    <td>{entry.frequencyId ? (options.frequencyLabel.get(entry.frequencyId) ?? '') : ''}</td>
                    <td>{entry.partner}</td>
                    <td>{livedExperienceLabel(entry.livedExperience)}</td>
                    <td>{entry.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      {map.ignoredEntries > 0 ? (
        <p className="field-warning">
          {map.ignoredEntries} {map.ignoredEntries === 1 ? 'entry is' : 'entries are'} in a cell or strength that is no longer in the agenda and {map.ignoredEntries === 1 ? 'is' : 'are'} not counted.
        </p>
      ) : null}
    </section>
  );
}
