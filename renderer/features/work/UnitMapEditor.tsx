import { memo, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import type { Unit } from '../../../shared/session/schema';
import type { MappingPhase } from '../../../shared/template/schema';
import { emptyMapEntryInput, validateMapEntryInput, type MapEntryErrors, type MapEntryInput } from '../../../shared/work/map-entry-input';
import type { MapEntry } from '../../../shared/work/schema';
import { ValidationError } from '../../data/errors';
import { useUnitMapEntries, useWorkWriter } from '../../data/work-hooks';
import { EntryEditDialog } from './EntryEditDialog';
import { SelectField, TextField } from '../../components/fields';
import { mapOptions, type MapOptions } from './map-options';
import { UndoBar } from './UndoBar';
import { focusIsFree, useStableCallback } from './use-stable';
import { useUndo } from './use-undo';
import { cellKey, cellName, livedExperienceLabel } from '../../../shared/vocabulary';
import { filterSuggestions, groupByCell, sameRecords, suggestionIndexForKey } from './work-format';

interface Props {
  sessionId: string;
  /** Pass a value-stable phase (useStableValue) so the memoised cells can skip re-rendering. */
  phase: MappingPhase;
  unit: Unit;
  /** Puts the cursor in "What it is" on arrival (pass the laptop). */
  autoFocus?: boolean;
}

type Cell = { columnId: string; rowId: string };
type Sticky = Pick<MapEntryInput, 'strengthId' | 'frequencyId' | 'livedExperience'>;
const NO_ENTRIES: MapEntry[] = [];

/**
 * One unit's engagement map, built fast from the keyboard: pick a cell (arrows), type, Enter.
 * Strength, frequency and lived experience stay as they were for the next entry, so a unit
 * calling out several places in a row costs one line of typing each.
 */
export function UnitMapEditor({ sessionId, phase, unit, autoFocus = false }: Props) {
  const id = useId();
  const entries = useUnitMapEntries(sessionId, unit.id);
  const writes = useWorkWriter();
  const options = useMemo(() => mapOptions(phase), [phase]);
  const [target, setTarget] = useState<Cell>(() => ({ columnId: phase.columns[0]?.id ?? '', rowId: phase.rows[0]?.id ?? '' }));
  const [sticky, setSticky] = useState<Sticky>({ strengthId: '', frequencyId: null, livedExperience: 'unsure' });
  const [form, setForm] = useState({ what: '', partner: '', note: '', suggestionId: null as string | null });
  const [errors, setErrors] = useState<MapEntryErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');
  const [editing, setEditing] = useState<MapEntry | null>(null);
  // After an edit, focus follows the entry, which may now sit in another cell.
  const [focusEntry, setFocusEntry] = useState<{ id: string; columnId: string; rowId: string } | null>(null);
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);
  const whatRef = useRef<HTMLInputElement>(null);
  const strengthRef = useRef<HTMLSelectElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (autoFocus) whatRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!focusEntry) return;
    if (!focusIsFree(`button[data-edit-entry="${focusEntry.id}"]`)) {
      setFocusEntry(null);
      return;
    }
    const cell = gridRef.current?.querySelector(`[data-testid="cell-${focusEntry.columnId}-${focusEntry.rowId}"]`);
    const button = cell?.querySelector<HTMLButtonElement>(`button[data-edit-entry="${focusEntry.id}"]`);
    if (button) {
      button.focus();
      setFocusEntry(null);
    }
  }, [focusEntry, entries]);

  const byCell = useMemo(() => groupByCell(entries ?? NO_ENTRIES), [entries]);
  const columnSuggestions = useMemo(() => {
    const used = new Set((byCell.get(cellKey(target.columnId, target.rowId)) ?? NO_ENTRIES).map((e) => e.suggestionId));
    return phase.suggestions.filter((s) => s.columnId === target.columnId && !used.has(s.id));
  }, [phase, target, byCell]);
  const shown = useMemo(() => filterSuggestions(columnSuggestions, form.suggestionId ? '' : form.what), [columnSuggestions, form.what, form.suggestionId]);
  const targetName = cellName(phase, target.columnId, target.rowId);

  const save = async (input: MapEntryInput) => {
    setProblem(null);
    const result = validateMapEntryInput(phase, input);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.strengthId && !result.errors.what) strengthRef.current?.focus();
      else whatRef.current?.focus();
      return;
    }
    // Clear the line at once: a fast typist starts the next entry before this one is stored.
    const sent = { what: input.what, partner: input.partner, note: input.note, suggestionId: input.suggestionId };
    setErrors({});
    setForm({ what: '', partner: '', note: '', suggestionId: null });
    setActive(-1);
    whatRef.current?.focus();
    try {
      const saved = await writes.addMapEntry(sessionId, unit.id, input);
      setAnnounce(`Added “${saved.what}” to ${cellName(phase, saved.columnId, saved.rowId)}.`);
    } catch (e) {
      // Not stored: put the entry back unless something new has been typed meanwhile.
      setForm((current) => (current.what === '' && current.partner === '' && current.note === '' ? sent : current));
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else setProblem(`“${sent.what.trim()}” was not saved: ${(e as Error).message}`);
    }
  };

  const inputFor = (cell: Cell, fields: Partial<MapEntryInput> = {}): MapEntryInput =>
    emptyMapEntryInput({ ...sticky, ...form, ...cell, ...fields });

  const addSuggestion = (suggestion: { id: string; label: string }, cell: Cell = target) => {
    if (!sticky.strengthId) {
      // Strength has no sensible default: keep the suggestion in the box and ask for it.
      setForm((f) => ({ ...f, what: suggestion.label, suggestionId: suggestion.id }));
      setErrors({ strengthId: 'Choose a strength, then press Enter to add it' });
      strengthRef.current?.focus();
      return;
    }
    void save(inputFor(cell, { what: suggestion.label, suggestionId: suggestion.id }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Typing a suggestion's exact words counts as picking it.
    const typed = form.what.trim().toLowerCase();
    const pick = (active >= 0 ? shown[active] : undefined) ?? (form.suggestionId ? undefined : columnSuggestions.find((s) => s.label.toLowerCase() === typed));
    if (pick) addSuggestion(pick);
    else void save(inputFor(target));
  };

  const onWhatKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      // -1 is "nothing picked": the typed text is added as it is.
      if (event.key === 'ArrowDown') setActive((a) => (a + 1 >= shown.length ? -1 : a + 1));
      else setActive((a) => (a - 1 < -1 ? shown.length - 1 : a - 1));
    } else if (event.key === 'Escape') {
      if (active >= 0) {
        setActive(-1);
      } else {
        event.preventDefault();
        focusCell(target);
      }
    }
  };

  const focusCell = (cell: Cell) => {
    gridRef.current?.querySelector<HTMLButtonElement>(`button[data-column="${cell.columnId}"][data-row="${cell.rowId}"]`)?.focus();
  };

  const pickCell = useStableCallback((cell: Cell, focusWhat: boolean) => {
    setTarget(cell);
    setActive(-1);
    if (focusWhat) whatRef.current?.focus();
  });

  const onCellKey = useStableCallback((event: KeyboardEvent<HTMLButtonElement>, cell: Cell) => {
    const c = phase.columns.findIndex((x) => x.id === cell.columnId);
    const r = phase.rows.findIndex((x) => x.id === cell.rowId);
    const moves: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = { columnId: phase.columns[c + move[1]]?.id, rowId: phase.rows[r + move[0]]?.id };
      if (next.columnId && next.rowId) {
        const cellNext = { columnId: next.columnId, rowId: next.rowId };
        setTarget(cellNext);
        focusCell(cellNext);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const columnList = phase.suggestions.filter((s) => s.columnId === cell.columnId);
    const used = new Set((byCell.get(cellKey(cell.columnId, cell.rowId)) ?? NO_ENTRIES).map((e) => e.suggestionId));
    const available = columnList.filter((s) => !used.has(s.id));
    const index = suggestionIndexForKey(event.key, available.length);
    if (index !== null) {
      event.preventDefault();
      setTarget(cell);
      const suggestion = available[index];
      if (suggestion) addSuggestion(suggestion, cell);
      return;
    }
    if (event.key.length === 1 && event.key !== ' ' && !/^[0-9]$/.test(event.key)) {
      // Typing on a cell starts an entry there.
      event.preventDefault();
      setTarget(cell);
      setForm((f) => ({ ...f, what: f.what + event.key, suggestionId: null }));
      whatRef.current?.focus();
    }
  });

  const onEdit = useStableCallback((entry: MapEntry) => setEditing(entry));
  const onDelete = useStableCallback((entry: MapEntry) => {
    writes
      .deleteMapEntry(entry.id)
      .then((removed) => {
        if (!removed) return;
        undo.record(`Deleted “${removed.what}”`, () => writes.restoreMapEntry(removed));
        setUndoFocus((n) => n + 1);
      })
      .catch((e: unknown) => setProblem((e as Error).message));
  });

  const listboxId = `${id}-suggestions`;
  const activeOption = active >= 0 ? shown[active] : undefined;

  return (
    <section className="unit-map" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Map of {unit.name}</h3>
      <form
        className="quick-entry"
        onSubmit={submit}
        noValidate
        aria-label={`Add an entry to the map of ${unit.name}`}
        onKeyDown={(e) => {
          // Enter on a choice adds the entry too, so strength can be picked and confirmed without the mouse.
          if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
      >
        <p className="quick-target">
          Adding to <strong>{targetName}</strong>
          <span className="muted"> — pick another cell in the grid below (arrow keys) or here:</span>
        </p>
        <div className="quick-cell">
          <SelectField id={`${id}-column`} label="Column" value={target.columnId} options={options.columns} error={errors.columnId} onChange={(v) => pickCell({ ...target, columnId: v }, false)} />
          <SelectField id={`${id}-row`} label="Row" value={target.rowId} options={options.rows} error={errors.rowId} onChange={(v) => pickCell({ ...target, rowId: v }, false)} />
        </div>
        <div className="quick-main">
          <TextField
            id={`${id}-what`}
            className="quick-what"
            label="What it is"
            value={form.what}
            error={errors.what}
            hint="Type and press Enter. ↓ picks a suggestion. On a grid cell, 1–9 adds that suggestion."
            inputRef={whatRef}
            onChange={(v) => {
              setForm((f) => ({ ...f, what: v, suggestionId: null }));
              setActive(-1);
              if (errors.what) setErrors((e) => ({ ...e, what: undefined }));
            }}
            inputProps={{
              role: 'combobox',
              autoComplete: 'off',
              'aria-autocomplete': 'list',
              'aria-expanded': shown.length > 0,
              'aria-controls': listboxId,
              'aria-activedescendant': activeOption ? `${listboxId}-${activeOption.id}` : undefined,
              onKeyDown: onWhatKey,
            }}
          />
          <SelectField
            id={`${id}-strength`}
            label="Strength"
            value={sticky.strengthId}
            options={options.strengths}
            placeholder="Choose…"
            error={errors.strengthId}
            selectRef={strengthRef}
            onChange={(v) => {
              setSticky((s) => ({ ...s, strengthId: v }));
              if (errors.strengthId) setErrors((e) => ({ ...e, strengthId: undefined }));
            }}
          />
          <SelectField
            id={`${id}-frequency`}
            label="How often"
            value={sticky.frequencyId ?? ''}
            options={options.frequencies}
            placeholder="Not given"
            error={errors.frequencyId}
            onChange={(v) => setSticky((s) => ({ ...s, frequencyId: v || null }))}
          />
        </div>
        <div className="quick-more">
          <TextField id={`${id}-partner`} label={phase.partnerLabel} value={form.partner} error={errors.partner} onChange={(v) => setForm((f) => ({ ...f, partner: v }))} />
          <SelectField
            id={`${id}-lived`}
            label="Lived experience of WP involved"
            value={sticky.livedExperience}
            options={options.lived}
            error={errors.livedExperience}
            onChange={(v) => setSticky((s) => ({ ...s, livedExperience: v }))}
          />
          <TextField id={`${id}-note`} label="Note (optional)" value={form.note} error={errors.note} onChange={(v) => setForm((f) => ({ ...f, note: v }))} />
          <button type="submit" className="primary">
            Add entry
          </button>
        </div>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="work-suggestions">
          <p className="work-suggestions-title" id={`${listboxId}-label`}>
            Suggestions for {phase.columns.find((c) => c.id === target.columnId)?.label ?? 'this column'} (click to add):
          </p>
          {shown.length === 0 ? (
            <p className="muted">{columnSuggestions.length === 0 ? 'None left for this cell.' : 'No suggestion matches what you typed.'}</p>
          ) : (
            <ul role="listbox" id={listboxId} aria-labelledby={`${listboxId}-label`} className="work-suggestion-list">
              {shown.map((s, i) => (
                <li
                  key={s.id}
                  id={`${listboxId}-${s.id}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'work-suggestion active' : 'work-suggestion'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => addSuggestion(s)}
                >
                  <span className="work-suggestion-key" aria-hidden="true">
                    {columnSuggestions.indexOf(s) + 1 <= 9 ? columnSuggestions.indexOf(s) + 1 : ''}
                  </span>
                  {s.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>
      <p role="status" className="sr-only">
        {announce}
      </p>
      <UndoBar control={undo} focusToken={undoFocus} />

      <MapGrid
        gridRef={gridRef}
        phase={phase}
        options={options}
        unitName={unit.name}
        byCell={byCell}
        target={target}
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
            if (saved) setFocusEntry({ id: saved.id, columnId: saved.columnId, rowId: saved.rowId });
          }}
        />
      ) : null}
    </section>
  );
}

interface GridProps {
  gridRef: Ref<HTMLTableElement>;
  phase: MappingPhase;
  options: MapOptions;
  unitName: string;
  byCell: Map<string, MapEntry[]>;
  target: Cell;
  onPick: (cell: Cell, focusWhat: boolean) => void;
  onCellKey: (event: KeyboardEvent<HTMLButtonElement>, cell: Cell) => void;
  onEdit: (entry: MapEntry) => void;
  onDelete: (entry: MapEntry) => void;
}

function MapGrid({ gridRef, phase, options, unitName, byCell, target, onPick, onCellKey, onEdit, onDelete }: GridProps) {
  return (
    <div className="map-grid-wrap">
      <table className="map-grid" ref={gridRef}>
        <caption>Map of {unitName}: entries per cell</caption>
        <thead>
          <tr>
            <td />
            {phase.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {phase.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {phase.columns.map((column) => (
                <MapCellView
                  key={column.id}
                  columnId={column.id}
                  rowId={row.id}
                  name={`${column.label} × ${row.label}`}
                  entries={byCell.get(cellKey(column.id, row.id)) ?? NO_ENTRIES}
                  isTarget={target.columnId === column.id && target.rowId === row.id}
                  options={options}
                  onPick={onPick}
                  onCellKey={onCellKey}
                  onEdit={onEdit}
                  onDelete={onDelete}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CellProps {
  columnId: string;
  rowId: string;
  name: string;
  entries: MapEntry[];
  isTarget: boolean;
  options: MapOptions;
  onPick: (cell: Cell, focusWhat: boolean) => void;
  onCellKey: (event: KeyboardEvent<HTMLButtonElement>, cell: Cell) => void;
  onEdit: (entry: MapEntry) => void;
  onDelete: (entry: MapEntry) => void;
}

/** Re-renders only when its own entries (by id and version) or its target state change. */
const MapCellView = memo(
  function MapCellView({ columnId, rowId, name, entries, isTarget, options, onPick, onCellKey, onEdit, onDelete }: CellProps) {
    const cell = useMemo(() => ({ columnId, rowId }), [columnId, rowId]);
    const count = entries.length === 1 ? '1 entry' : `${entries.length} entries`;
    return (
      <td className={isTarget ? 'map-cell target' : 'map-cell'} data-testid={`cell-${columnId}-${rowId}`}>
        <button
          type="button"
          className="cell-pick"
          data-column={columnId}
          data-row={rowId}
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
              <EntryItem key={entry.id} entry={entry} options={options} onEdit={onEdit} onDelete={onDelete} />
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
    a.onPick === b.onPick &&
    a.onCellKey === b.onCellKey &&
    a.onEdit === b.onEdit &&
    a.onDelete === b.onDelete &&
    sameRecords(a.entries, b.entries),
);

const EntryItem = memo(
  function EntryItem({ entry, options, onEdit, onDelete }: { entry: MapEntry; options: MapOptions; onEdit: (e: MapEntry) => void; onDelete: (e: MapEntry) => void }) {
    const meta = [
      options.strengthLabel.get(entry.strengthId),
      entry.frequencyId ? options.frequencyLabel.get(entry.frequencyId) : null,
      entry.partner || null,
      entry.livedExperience === 'unsure' ? null : `lived experience: ${livedExperienceLabel(entry.livedExperience).toLowerCase()}`,
    ].filter(Boolean);
    return (
      <li className="map-entry">
        <span className="map-entry-what">{entry.what}</span>
        <span className="map-entry-meta">{meta.join(' · ')}</span>
        {entry.note ? <span className="map-entry-note">{entry.note}</span> : null}
        <span className="map-entry-actions">
          <button type="button" className="work-small" data-edit-entry={entry.id} aria-label={`Edit ${entry.what}`} onClick={() => onEdit(entry)}>
            Edit
          </button>
          <button type="button" className="work-small danger" data-deletes aria-label={`Delete ${entry.what}`} onClick={() => onDelete(entry)}>
            Delete
          </button>
        </span>
      </li>
    );
  },
  (a, b) => a.entry.id === b.entry.id && a.entry.updatedAt === b.entry.updatedAt && a.options === b.options && a.onEdit === b.onEdit && a.onDelete === b.onDelete,
);

