import type { RefObject } from 'react';
import type { MappingPhase } from '../../../../shared/template/schema';
import { cellName } from '../../../../shared/vocabulary';
import { ErrorMessage } from '../../../components/Field';
import { SelectField, TextField } from '../../../components/fields';
import type { MapOptions } from '../map-options';
import { EntryComboboxInput, SuggestionList, useEntryCombobox } from './EntryCombobox';
import type { QuickEntry } from './UnitMapEditor.hooks';
import type { Cell } from './UnitMapEditor.utils';

interface Props {
  phase: MappingPhase;
  options: MapOptions;
  unitName: string;
  entry: QuickEntry;
  whatRef: RefObject<HTMLInputElement | null>;
  strengthRef: RefObject<HTMLSelectElement | null>;
  onPickCell: (cell: Cell) => void;
  /** Escape in "What it is": back to the target cell in the grid. */
  onLeave: () => void;
}

/** One line per entry: the cell, what it is, and the choices that stay for the next line; Enter adds it. */
export function QuickEntryForm({ phase, options, unitName, entry, whatRef, strengthRef, onPickCell, onLeave }: Props) {
  const { target, sticky, setSticky, line, setLine, errors } = entry;
  const combobox = useEntryCombobox({ shown: entry.shown, active: entry.active, onActiveChange: entry.setActive, onLeave });
  return (
    <form
      className="quick-entry"
      onSubmit={entry.submit}
      noValidate
      aria-label={`Add an entry to the map of ${unitName}`}
      onKeyDown={(e) => {
        // Enter on a choice adds the entry too, so strength can be picked and confirmed without the mouse.
        if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
    >
      <p className="quick-target">
        Adding to <strong>{cellName(phase, target.columnId, target.rowId)}</strong>
        <span className="muted"> — pick another cell in the grid below (arrow keys) or here:</span>
      </p>
      <div className="quick-cell">
        <SelectField label="Column" value={target.columnId} options={options.columns} error={errors.columnId} onChange={(v) => onPickCell({ ...target, columnId: v })} />
        <SelectField label="Row" value={target.rowId} options={options.rows} error={errors.rowId} onChange={(v) => onPickCell({ ...target, rowId: v })} />
      </div>
      <div className="quick-main">
        <EntryComboboxInput control={combobox} value={line.what} error={errors.what} hasSuggestions={entry.shown.length > 0} inputRef={whatRef} onChange={entry.typeWhat} />
        <SelectField
          label="Strength"
          value={sticky.strengthId}
          options={options.strengths}
          placeholder="Choose…"
          error={errors.strengthId}
          selectRef={strengthRef}
          onChange={entry.chooseStrength}
        />
        <SelectField
          label="How often"
          value={sticky.frequencyId ?? ''}
          options={options.frequencies}
          placeholder="Not given"
          error={errors.frequencyId}
          onChange={(v) => setSticky((s) => ({ ...s, frequencyId: v || null }))}
        />
      </div>
      <div className="quick-more">
        <TextField label={phase.partnerLabel} value={line.partner} error={errors.partner} onChange={(v) => setLine((l) => ({ ...l, partner: v }))} />
        <SelectField
          label="Lived experience of WP involved"
          value={sticky.livedExperience}
          options={options.lived}
          error={errors.livedExperience}
          onChange={(v) => setSticky((s) => ({ ...s, livedExperience: v }))}
        />
        <TextField label="Note (optional)" value={line.note} error={errors.note} onChange={(v) => setLine((l) => ({ ...l, note: v }))} />
        <button type="submit" className="primary">
          Add entry
        </button>
      </div>
      {entry.problem ? <ErrorMessage>{entry.problem}</ErrorMessage> : null}
      <SuggestionList
        control={combobox}
        shown={entry.shown}
        available={entry.available}
        columnLabel={phase.columns.find((c) => c.id === target.columnId)?.label ?? 'this column'}
        onPick={(s) => entry.addSuggestion(s)}
      />
    </form>
  );
}
