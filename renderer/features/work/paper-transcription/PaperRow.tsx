import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { mapEntryToInput, type MapEntryErrors, type MapEntryInput } from '../../../../shared/work/map-entry-input';
import type { MapEntry } from '../../../../shared/work/schema';
import { SelectField, TextField } from '../../../components/fields';
import { splitCell, type MapOptions } from '../map-options';
import { cellError, cellValue, type PaperColumn } from './PaperTranscription.utils';

export interface RowProps {
  rowKey: string;
  line: number;
  input: MapEntryInput;
  onInput: (patch: Partial<MapEntryInput>) => void;
  options: MapOptions;
  labels: Record<PaperColumn, string>;
  onSave: (input: MapEntryInput) => Promise<MapEntryErrors | null>;
  onRemove?: () => void;
  /** The ref of the line's first field, so Enter on the line above can move here. */
  firstFieldRef: (element: HTMLSelectElement | null) => void;
  lineAfter: (rowKey: string) => string | null;
  focusLine: (rowKey: string | null) => void;
}

/** A saved entry's line: edited locally, saved when left; a newer stored version replaces it. */
export function EntryLine({ entry, ...rest }: Omit<RowProps, 'input' | 'onInput'> & { entry: MapEntry }) {
  const [input, setInput] = useState(() => mapEntryToInput(entry));
  useEffect(() => {
    setInput(mapEntryToInput(entry));
    // Only a new stored version resets the line; `entry` is a fresh object after every query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry.updatedAt]);
  return <PaperRow {...rest} input={input} onInput={(patch) => setInput((current) => ({ ...current, ...patch }))} />;
}

/** One worksheet line: saved on Enter (which then moves to the next line) or when focus leaves it. */
export function PaperRow({ rowKey, line, input, onInput: set, options, labels, onSave, onRemove, firstFieldRef, lineAfter, focusLine }: RowProps) {
  const [errors, setErrors] = useState<MapEntryErrors>({});
  const rowRef = useRef<HTMLTableRowElement>(null);
  // What was last saved from this line: leaving it after Enter must not save it twice.
  const committed = useRef<string | null>(null);

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
    const next = lineAfter(rowKey);
    void commit().then((ok) => {
      if (ok) focusLine(next);
    });
  };

  const cell = cellValue(input);
  const label = (column: PaperColumn) => `Line ${line}: ${labels[column]}`;

  return (
    <tr ref={rowRef} onBlur={onBlur} onKeyDown={onKeyDown} className={Object.keys(errors).length > 0 ? 'has-error' : undefined}>
      <th scope="row">{line}</th>
      <td>
        <SelectField
          hideLabel
          label={label('cell')}
          value={cell}
          options={options.cells}
          placeholder="Choose a cell…"
          error={cellError(errors, cell)}
          selectRef={firstFieldRef}
          onChange={(v) => set(splitCell(v))}
        />
      </td>
      <td>
        <TextField hideLabel label={label('what')} value={input.what} error={errors.what} onChange={(v) => set({ what: v, suggestionId: null })} />
      </td>
      <td>
        <TextField hideLabel label={label('partner')} value={input.partner} error={errors.partner} onChange={(v) => set({ partner: v })} />
      </td>
      <td>
        <SelectField hideLabel label={label('frequency')} value={input.frequencyId ?? ''} options={options.frequencies} placeholder="Not given" onChange={(v) => set({ frequencyId: v || null })} />
      </td>
      <td>
        <SelectField hideLabel label={label('strength')} value={input.strengthId} options={options.strengths} placeholder="Choose…" error={errors.strengthId} onChange={(v) => set({ strengthId: v })} />
      </td>
      <td>
        <SelectField hideLabel label={label('lived')} value={input.livedExperience} options={options.lived} onChange={(v) => set({ livedExperience: v })} />
      </td>
      <td>
        <TextField hideLabel label={label('note')} value={input.note} error={errors.note} onChange={(v) => set({ note: v })} />
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
