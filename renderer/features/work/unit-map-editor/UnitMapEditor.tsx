import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Unit } from '../../../../shared/session/schema';
import type { MappingPhase } from '../../../../shared/template/schema';
import { cellKey } from '../../../../shared/vocabulary';
import type { MapEntry } from '../../../../shared/work/schema';
import { useUnitMapEntries, useWorkWriter } from '../../../data/work-hooks';
import { mapOptions } from '../map-options';
import { UndoBar } from '../UndoBar';
import { useElementMap } from '../use-element-map';
import { useStableCallback } from '../use-stable';
import { useUndo } from '../use-undo';
import { groupByCell, suggestionIndexForKey } from '../work-format';
import { EntryEditDialog } from './EntryEditDialog';
import { MapGrid } from './MapGrid';
import { QuickEntryForm } from './QuickEntryForm';
import { useFocusAfterEdit, useQuickEntry } from './UnitMapEditor.hooks';
import { availableSuggestions, isCellMoveKey, moveCell, startsTyping, type Cell } from './UnitMapEditor.utils';

interface Props {
  sessionId: string;
  /** Pass a value-stable phase (useStableValue) so the memoised cells can skip re-rendering. */
  phase: MappingPhase;
  unit: Unit;
  /** Puts the cursor in "What it is" on arrival (pass the laptop). */
  autoFocus?: boolean;
}

const NO_ENTRIES: MapEntry[] = [];

/**
 * One unit's engagement map, built fast from the keyboard: pick a cell (arrows), type, Enter.
 * Strength, frequency and lived experience stay as they were for the next entry, so a unit
 * calling out several places in a row costs one line of typing each.
 */
export function UnitMapEditor({ sessionId, phase, unit, autoFocus = false }: Props) {
  const id = useId();
  const entries = useUnitMapEntries(sessionId, unit.id);
  const writer = useWorkWriter();
  const options = useMemo(() => mapOptions(phase), [phase]);
  const byCell = useMemo(() => groupByCell(entries ?? NO_ENTRIES), [entries]);
  const whatRef = useRef<HTMLInputElement>(null);
  const strengthRef = useRef<HTMLSelectElement>(null);
  const cellButtons = useElementMap<HTMLButtonElement>();
  const editButtons = useElementMap<HTMLButtonElement>();
  const quick = useQuickEntry({ sessionId, unitId: unit.id, phase, byCell, whatRef, strengthRef });
  const { target, setTarget, setActive, setLine, addSuggestion } = quick;
  const [editing, setEditing] = useState<MapEntry | null>(null);
  const focusAfterEdit = useFocusAfterEdit(entries, editButtons);
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);

  useEffect(() => {
    if (autoFocus) whatRef.current?.focus();
  }, [autoFocus]);

  const focusCell = (cell: Cell) => cellButtons.get(cellKey(cell.columnId, cell.rowId))?.focus();

  const pickCell = useStableCallback((cell: Cell, focusWhat: boolean) => {
    setTarget(cell);
    setActive(-1);
    if (focusWhat) whatRef.current?.focus();
  });

  const onCellKey = useStableCallback((event: KeyboardEvent<HTMLButtonElement>, cell: Cell) => {
    if (isCellMoveKey(event.key)) {
      event.preventDefault();
      const next = moveCell(phase, cell, event.key);
      if (next) {
        setTarget(next);
        focusCell(next);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const available = availableSuggestions(phase, byCell, cell);
    const index = suggestionIndexForKey(event.key, available.length);
    if (index !== null) {
      event.preventDefault();
      setTarget(cell);
      const suggestion = available[index];
      if (suggestion) addSuggestion(suggestion, cell);
      return;
    }
    if (startsTyping(event.key)) {
      // Typing on a cell starts an entry there.
      event.preventDefault();
      setTarget(cell);
      setLine((l) => ({ ...l, what: l.what + event.key, suggestionId: null }));
      whatRef.current?.focus();
    }
  });

  const onEdit = useStableCallback((entry: MapEntry) => setEditing(entry));
  const onDelete = useStableCallback((entry: MapEntry) => {
    writer
      .deleteMapEntry(entry.id)
      .then((removed) => {
        if (!removed) return;
        undo.record(`Deleted “${removed.what}”`, () => writer.restoreMapEntry(removed));
        setUndoFocus((n) => n + 1);
      })
      .catch((e: unknown) => quick.setProblem((e as Error).message));
  });

  // What the quick-entry form and the grid both show.
  const shared = { phase, options, unitName: unit.name };
  return (
    <section className="unit-map" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Map of {unit.name}</h3>
      <QuickEntryForm
        {...shared}
        entry={quick}
        whatRef={whatRef}
        strengthRef={strengthRef}
        onPickCell={(cell) => pickCell(cell, false)}
        onLeave={() => focusCell(target)}
      />
      <p role="status" className="sr-only">
        {quick.announce}
      </p>
      <UndoBar control={undo} focusToken={undoFocus} />

      <MapGrid
        {...shared}
        byCell={byCell}
        target={target}
        cellButtons={cellButtons}
        editButtons={editButtons}
        onPick={pickCell}
        onCellKey={onCellKey}
        onEdit={onEdit}
        onDelete={onDelete}
      />
      {entries === undefined ? <p className="muted">Loading the map…</p> : null}
      {editing ? (
        <EntryEditDialog
          phase={phase}
          options={options}
          entry={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) focusAfterEdit(saved.id);
          }}
        />
      ) : null}
    </section>
  );
}
