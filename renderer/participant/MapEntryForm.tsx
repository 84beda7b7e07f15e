/** @jsxImportSource preact */
import type { SnapshotForms } from '../../shared/join/snapshot';
import type { Submission } from '../../shared/join/submission';
import { emptyMapEntryInput, entryFromSuggestion, validateMapEntryInput, type MapEntryErrors, type MapEntryInput } from '../../shared/work/map-entry-input';
import { LIVED_OPTIONS, RadioField, SelectField, SuggestionChoices, TextField } from './fields';
import { usePhoneForm } from './use-phone-form';

type Mapping = NonNullable<SnapshotForms['mapping']>;

interface Props {
  mapping: Mapping;
  tableName: string;
  /** Queues the entry; the form clears once it is queued (kept on the phone until sent). */
  onAdd: (submission: Submission, label: string) => void;
  /** A refused entry put back for editing. */
  restored: MapEntryInput | null;
}

/** One entry for the table's map: the template's suggestions first (one tap fills the form), then the fields. */
export function MapEntryForm({ mapping, tableName, onAdd, restored }: Props) {
  const { input, setInput, set, errors, setErrors } = usePhoneForm<MapEntryInput, MapEntryErrors>(restored, () => emptyMapEntryInput());
  const strengths = [...mapping.strengths].sort((a, b) => a.level - b.level);
  const suggestions = input.columnId ? mapping.suggestions.filter((s) => s.columnId === input.columnId) : mapping.suggestions;

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateMapEntryInput(mapping, input);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onAdd({ kind: 'map-entry', input }, `Map entry: ${checked.value.what}`);
    // Column, row and strength stay for the next entry: tables usually add several to one cell.
    setInput(emptyMapEntryInput({ columnId: input.columnId, rowId: input.rowId, strengthId: input.strengthId }));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Add an entry to the map of ${tableName}`}>
      <SelectField label="Column" required value={input.columnId} options={mapping.columns} placeholder="Choose a column" error={errors.columnId} onChange={(v) => set({ columnId: v })} />
      <SuggestionChoices
        suggestions={suggestions}
        chosenId={input.suggestionId}
        onChoose={(s) => setInput(entryFromSuggestion(mapping, s.id, { rowId: input.rowId, strengthId: input.strengthId }) ?? input)}
      />
      <SelectField label="Row" required value={input.rowId} options={mapping.rows} placeholder="Choose a row" error={errors.rowId} onChange={(v) => set({ rowId: v })} />
      <TextField label="What it is" required value={input.what} error={errors.what} onInput={(v) => set({ what: v, suggestionId: null })} />
      <RadioField label="Strength" value={input.strengthId} options={strengths} error={errors.strengthId} onChange={(v) => set({ strengthId: v })} />
      <SelectField label="How often" value={input.frequencyId ?? ''} options={mapping.frequencies} placeholder="Not given" error={errors.frequencyId} onChange={(v) => set({ frequencyId: v || null })} />
      <TextField label={mapping.partnerLabel} value={input.partner} error={errors.partner} onInput={(v) => set({ partner: v })} />
      <RadioField label="Lived experience of WP involved" value={input.livedExperience} options={LIVED_OPTIONS} error={errors.livedExperience} onChange={(v) => set({ livedExperience: v })} />
      <TextField label="Note" multiline value={input.note} error={errors.note} onInput={(v) => set({ note: v })} />
      <button type="submit" class="primary wide">
        Add entry
      </button>
    </form>
  );
}
