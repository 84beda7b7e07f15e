import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { newId } from '../../../shared/ids';
import type { Unit } from '../../../shared/session/schema';
import type { MappingPhase } from '../../../shared/template/schema';
import { emptyMapEntryInput, mapEntryToInput, validateMapEntryInput, type MapEntryErrors, type MapEntryInput } from '../../../shared/work/map-entry-input';
import type { MapEntry } from '../../../shared/work/schema';
import { ValidationError } from '../../data/errors';
import { useUnitMapEntries, useWorkWriter } from '../../data/work-hooks';
import { CELL_SEPARATOR, mapOptions, splitCell, type MapOptions } from './map-options';
import { UndoBar } from './UndoBar';
import { useStableCallback } from './use-stable';
import { useUndo } from './use-undo';

interface Props {
  sessionId: string;
  phase: MappingPhase;
  unit: Unit;
}

interface Draft {
  key: number;
  input: MapEntryInput;
  /** Set once saved: the line stays until the saved entry shows up, so line numbers never jump. */
  savedId: string | null;
  /** Typed into or changed by hand: a line the facilitator touched is never re-seeded. */
  touched: boolean;
}

const BLANK_ROWS = 3;
const COLUMNS = ['Cell (column × row)', 'What it is', 'PARTNER', 'How often', 'Strength', 'Lived experience', 'Note'] as const;

function isBlank(input: MapEntryInput): boolean {
  return input.what.trim() === '' && input.partner.trim() === '' && input.note.trim() === '' && input.strengthId === '' && input.frequencyId === null;
}

function sameInput(a: MapEntryInput, b: MapEntryInput): boolean {
  return (Object.keys(a) as (keyof MapEntryInput)[]).every((k) => a[k] === b[k]);
}

/**
 * Typing up printed worksheets: one row per entry in the worksheet's own order (cell, what,
 * partner, how often, strength, lived experience, note), so Tab follows the paper. A row is saved
 * when you press Enter in it or leave it; Enter also moves to the next row.
 */
export function PaperTranscription({ sessionId, phase, unit }: Props) {
  const id = useId();
  const entries = useUnitMapEntries(sessionId, unit.id);
  const writes = useWorkWriter();
  const options = useMemo(() => mapOptions(phase), [phase]);
  const nextKey = useRef(BLANK_ROWS);
  const [lastCell, setLastCell] = useState<{ columnId: string; rowId: string } | null>(null);
  const blank = (cell = lastCell): MapEntryInput => emptyMapEntryInput(cell ?? {});
  const fresh = (key: number, input: MapEntryInput): Draft => ({ key, input, savedId: null, touched: false });
  const [drafts, setDrafts] = useState<Draft[]>(() => Array.from({ length: BLANK_ROWS }, (_, key) => fresh(key, emptyMapEntryInput())));
  const entryIds = useMemo(() => new Set((entries ?? []).map((e) => e.id)), [entries]);
  const visibleDrafts = drafts.filter((d) => d.savedId === null || !entryIds.has(d.savedId));

  useEffect(() => {
    // Saved lines whose entries have arrived are shown as entries now; forget them.
    setDrafts((list) => (list.some((d) => d.savedId !== null && entryIds.has(d.savedId)) ? list.filter((d) => d.savedId === null || !entryIds.has(d.savedId)) : list));
  }, [entryIds]);
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);
  const tableRef = useRef<HTMLTableElement>(null);
  const [announce, setAnnounce] = useState('');

  const saveDraft = useStableCallback(async (key: number, input: MapEntryInput): Promise<MapEntryErrors | null> => {
    if (isBlank(input)) return null;
    const result = validateMapEntryInput(phase, input);
    if (!result.ok) return result.errors;
    const savedId = drafts.find((d) => d.key === key)?.savedId ?? null;
    if (savedId !== null) {
      // Edited again before its saved entry arrived: change that entry, do not add another.
      try {
        await writes.updateMapEntry(savedId, input);
        return null;
      } catch (e) {
        return e instanceof ValidationError ? e.fieldErrors : { what: (e as Error).message };
      }
    }
    // The id is known before saving, so the line hands over to its entry in the same render
    // the entry arrives in, and line numbers never jump.
    const id = newId();
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, input, savedId: id } : d)));
    try {
      const saved = await writes.addMapEntry(sessionId, unit.id, input, id);
      const cell = { columnId: saved.columnId, rowId: saved.rowId };
      setLastCell(cell);
      setAnnounce(`Saved line: ${saved.what}.`);
      setDrafts((list) => {
        // Untouched lines below follow the cell just used: worksheets list a cell's entries together.
        const next = list.map((d) => (d.savedId === null && !d.touched ? { ...d, input: blank(cell) } : d));
        while (next.filter((d) => d.savedId === null).length < BLANK_ROWS) next.push(fresh(nextKey.current++, blank(cell)));
        return next;
      });
      return null;
    } catch (e) {
      setDrafts((list) => list.map((d) => (d.key === key ? { ...d, savedId: null } : d)));
      return e instanceof ValidationError ? e.fieldErrors : { what: (e as Error).message };
    }
  });

  const editDraft = useStableCallback((key: number, patch: Partial<MapEntryInput>) => {
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, input: { ...d.input, ...patch }, touched: true } : d)));
  });

  const saveExisting = useStableCallback(async (entry: MapEntry, input: MapEntryInput): Promise<MapEntryErrors | null> => {
    if (sameInput(input, mapEntryToInput(entry))) return null;
    const result = validateMapEntryInput(phase, input);
    if (!result.ok) return result.errors;
    try {
      await writes.updateMapEntry(entry.id, input);
      return null;
    } catch (e) {
      if (e instanceof ValidationError) return e.fieldErrors;
      return { what: (e as Error).message };
    }
  });

  const remove = useStableCallback((entry: MapEntry) => {
    void writes.deleteMapEntry(entry.id).then((removed) => {
      if (!removed) return;
      undo.record(`Deleted row “${removed.what}”`, () => writes.restoreMapEntry(removed));
      setUndoFocus((n) => n + 1);
    });
  });

  /** The line after this one, looked up before saving: a saved draft line leaves the table. */
  const rowAfter = useStableCallback((rowKey: string): string | null => {
    const rows = Array.from(tableRef.current?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? []);
    const index = rows.findIndex((row) => row.dataset.rowKey === rowKey);
    return rows[index + 1]?.dataset.rowKey ?? null;
  });

  /** Enter goes to the next line's first field (the cell), as on paper. */
  const focusRow = useStableCallback((rowKey: string | null) => {
    requestAnimationFrame(() => {
      const rows = tableRef.current?.querySelectorAll<HTMLTableRowElement>('tbody tr');
      const row = rowKey ? tableRef.current?.querySelector<HTMLTableRowElement>(`tr[data-row-key="${rowKey}"]`) : rows?.[rows.length - 1];
      row?.querySelector<HTMLSelectElement>('select')?.focus();
    });
  });

  const columns = COLUMNS.map((c) => (c === 'PARTNER' ? phase.partnerLabel : c));

  return (
    <section className="paper-grid" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>From paper: {unit.name}</h3>
      <p className="muted">
        One line per entry, as on the worksheet. Tab moves along a line in the worksheet’s order; Enter saves the line and starts the next. Lines are also
        saved when you leave them.
      </p>
      <UndoBar control={undo} focusToken={undoFocus} />
      <p role="status" className="sr-only">
        {announce}
      </p>
      <div className="map-grid-wrap">
        <table className="data-table paper-table" ref={tableRef}>
          <caption className="sr-only">Worksheet lines for {unit.name}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(entries ?? []).map((entry, i) => (
              <EntryLine
                key={entry.id}
                entry={entry}
                rowKey={entry.id}
                line={i + 1}
                options={options}
                columns={columns}
                onSave={(input) => saveExisting(entry, input)}
                onRemove={() => remove(entry)}
                rowAfter={rowAfter}
                focusRow={focusRow}
              />
            ))}
            {visibleDrafts.map((draft, i) => (
              <PaperRow
                key={`draft-${draft.key}`}
                rowKey={`draft-${draft.key}`}
                line={(entries?.length ?? 0) + i + 1}
                input={draft.input}
                onInput={(patch) => editDraft(draft.key, patch)}
                options={options}
                columns={columns}
                onSave={(input) => saveDraft(draft.key, input)}
                rowAfter={rowAfter}
                focusRow={focusRow}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => setDrafts((list) => [...list, fresh(nextKey.current++, blank())])}
      >
        Add another line
      </button>
    </section>
  );
}

interface RowProps {
  rowKey: string;
  line: number;
  input: MapEntryInput;
  onInput: (patch: Partial<MapEntryInput>) => void;
  options: MapOptions;
  columns: readonly string[];
  onSave: (input: MapEntryInput) => Promise<MapEntryErrors | null>;
  onRemove?: () => void;
  rowAfter: (rowKey: string) => string | null;
  focusRow: (rowKey: string | null) => void;
}

/** A saved entry's line: edited locally, saved when left; a newer stored version replaces it. */
function EntryLine({ entry, ...rest }: Omit<RowProps, 'input' | 'onInput'> & { entry: MapEntry }) {
  const [input, setInput] = useState(() => mapEntryToInput(entry));
  useEffect(() => {
    setInput(mapEntryToInput(entry));
    // Only a new stored version resets the line; `entry` is a fresh object after every query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry.updatedAt]);
  return <PaperRow {...rest} input={input} onInput={(patch) => setInput((current) => ({ ...current, ...patch }))} />;
}

function PaperRow({ rowKey, line, input, onInput, options, columns, onSave, onRemove, rowAfter, focusRow }: RowProps) {
  const [errors, setErrors] = useState<MapEntryErrors>({});
  const rowRef = useRef<HTMLTableRowElement>(null);
  // What was last saved from this line: leaving it after Enter must not save it twice.
  const committed = useRef<string | null>(null);
  const fieldId = (name: string) => `paper-${rowKey}-${name}`;
  const set = onInput;

  const commit = async () => {
    const json = JSON.stringify(input);
    if (json === committed.current) return true;
    const problems = await onSave(input);
    setErrors(problems ?? {});
    if (problems === null) committed.current = json;
    return problems === null;
  };

  const onBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (rowRef.current?.contains(event.relatedTarget as Node | null)) return;
    void commit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement || event.target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    const next = rowAfter(rowKey);
    void commit().then((ok) => {
      if (ok) focusRow(next);
    });
  };

  const cellValue = input.columnId && input.rowId ? `${input.columnId}${CELL_SEPARATOR}${input.rowId}` : '';
  // One field on paper holds both axes, so one message covers them.
  const cellError = errors.columnId || errors.rowId ? (cellValue === '' ? 'Choose a cell' : (errors.columnId ?? errors.rowId)) : undefined;
  const label = (column: number) => `Line ${line}: ${columns[column]}`;
  const err = (key: keyof MapEntryInput) => errors[key];
  const described = (key: keyof MapEntryInput) => (errors[key] ? fieldId(`${key}-error`) : undefined);
  const error = (key: keyof MapEntryInput) =>
    errors[key] ? (
      <p className="field-error" id={fieldId(`${key}-error`)}>
        {errors[key]}
      </p>
    ) : null;

  return (
    <tr ref={rowRef} data-row-key={rowKey} onBlur={onBlur} onKeyDown={onKeyDown} className={Object.keys(errors).length > 0 ? 'has-error' : undefined}>
      <th scope="row">{line}</th>
      <td>
        <select
          aria-label={label(0)}
          value={cellValue}
          aria-invalid={cellError ? true : undefined}
          aria-describedby={cellError ? fieldId('cell-error') : undefined}
          onChange={(e) => set(splitCell(e.target.value))}
        >
          <option value="">Choose a cell…</option>
          {options.cells.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {cellError ? (
          <p className="field-error" id={fieldId('cell-error')}>
            {cellError}
          </p>
        ) : null}
      </td>
      <td>
        <input
          aria-label={label(1)}
          value={input.what}
          aria-invalid={err('what') ? true : undefined}
          aria-describedby={described('what')}
          onChange={(e) => set({ what: e.target.value, suggestionId: null })}
        />
        {error('what')}
      </td>
      <td>
        <input aria-label={label(2)} value={input.partner} aria-invalid={err('partner') ? true : undefined} aria-describedby={described('partner')} onChange={(e) => set({ partner: e.target.value })} />
        {error('partner')}
      </td>
      <td>
        <select aria-label={label(3)} value={input.frequencyId ?? ''} onChange={(e) => set({ frequencyId: e.target.value || null })}>
          <option value="">Not given</option>
          {options.frequencies.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={label(4)}
          value={input.strengthId}
          aria-invalid={err('strengthId') ? true : undefined}
          aria-describedby={described('strengthId')}
          onChange={(e) => set({ strengthId: e.target.value })}
        >
          <option value="">Choose…</option>
          {options.strengths.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {error('strengthId')}
      </td>
      <td>
        <select aria-label={label(5)} value={input.livedExperience} onChange={(e) => set({ livedExperience: e.target.value })}>
          {options.lived.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input aria-label={label(6)} value={input.note} aria-invalid={err('note') ? true : undefined} aria-describedby={described('note')} onChange={(e) => set({ note: e.target.value })} />
        {error('note')}
      </td>
      <td>
        {onRemove ? (
          <button type="button" className="work-small danger" data-deletes aria-label={`Remove line ${line}: ${input.what}`} onClick={onRemove}>
            Remove
          </button>
        ) : null}
      </td>
    </tr>
  );
}
