import { useId, useState, type FormEvent } from 'react';
import type { MappingPhase } from '../../../../shared/template/schema';
import { mapEntryToInput, validateMapEntryInput, type MapEntryErrors, type MapEntryInput } from '../../../../shared/work/map-entry-input';
import type { MapEntry } from '../../../../shared/work/schema';
import { ErrorMessage } from '../../../components/Field';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { ValidationError } from '../../../data/errors';
import { useWorkWriter } from '../../../data/work-hooks';
import { SelectField, TextField } from '../../../components/fields';
import type { MapOptions } from '../map-options';

interface Props {
  phase: MappingPhase;
  options: MapOptions;
  entry: MapEntry;
  /** Called with the saved entry after a save, with nothing after Cancel or Escape. */
  onClose: (saved?: MapEntry) => void;
}

/** Edits every field of one entry, the cell included (which moves it). Nothing is saved until the whole entry is valid. */
export function EntryEditDialog({ phase, options, entry, onClose }: Props) {
  const id = useId();
  const { dialogProps, titleId } = useModalDialog(true, () => onClose());
  const writes = useWorkWriter();
  const [form, setForm] = useState<MapEntryInput>(() => mapEntryToInput(entry));
  const [errors, setErrors] = useState<MapEntryErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  const set = (patch: Partial<MapEntryInput>) => setForm((f) => ({ ...f, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateMapEntryInput(phase, form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      const saved = await writes.updateMapEntry(entry.id, form);
      onClose(saved);
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else setProblem((e as Error).message);
    }
  };

  return (
    <dialog {...dialogProps} className="dialog map-entry-dialog">
      <form onSubmit={(e) => void save(e)} noValidate>
        <h2 id={titleId}>Edit “{entry.what}”</h2>
        <div className="grid-2">
          <SelectField id={`${id}-column`} label="Column" value={form.columnId} options={options.columns} error={errors.columnId} onChange={(v) => set({ columnId: v })} />
          <SelectField id={`${id}-row`} label="Row" value={form.rowId} options={options.rows} error={errors.rowId} onChange={(v) => set({ rowId: v })} />
        </div>
        <TextField id={`${id}-what`} label="What it is" value={form.what} error={errors.what} onChange={(v) => set({ what: v, suggestionId: v === entry.what ? entry.suggestionId : null })} />
        <div className="grid-2">
          <SelectField
            id={`${id}-strength`}
            label="Strength"
            value={form.strengthId}
            options={options.strengths}
            placeholder="Choose…"
            error={errors.strengthId}
            onChange={(v) => set({ strengthId: v })}
          />
          <SelectField
            id={`${id}-frequency`}
            label="How often"
            value={form.frequencyId ?? ''}
            options={options.frequencies}
            placeholder="Not given"
            error={errors.frequencyId}
            onChange={(v) => set({ frequencyId: v || null })}
          />
          <TextField id={`${id}-partner`} label={phase.partnerLabel} value={form.partner} error={errors.partner} onChange={(v) => set({ partner: v })} />
          <SelectField
            id={`${id}-lived`}
            label="Students with lived experience of widening participation involved"
            value={form.livedExperience}
            options={options.lived}
            error={errors.livedExperience}
            onChange={(v) => set({ livedExperience: v })}
          />
        </div>
        <TextField id={`${id}-note`} label="Note (optional)" value={form.note} error={errors.note} multiline onChange={(v) => set({ note: v })} />
        {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save changes
          </button>
        </div>
      </form>
    </dialog>
  );
}
