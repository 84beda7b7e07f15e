/** @jsxImportSource preact */
import type { SnapshotForms } from '../../shared/join/snapshot';
import type { Submission } from '../../shared/join/submission';
import { emptyChannelInput, validateChannelInput, type ChannelErrors, type ChannelInput } from '../../shared/work/channel-input';
import { LIVED_OPTIONS, RadioField, SuggestionChoices, TextField } from './fields';
import { usePhoneForm } from './use-phone-form';

interface Props {
  channels: NonNullable<SnapshotForms['channels']>;
  tableName: string;
  onAdd: (submission: Submission, label: string) => void;
  restored: ChannelInput | null;
}

/** One way the table reaches students directly, outside the union; a suggestion fills the name. */
export function ChannelForm({ channels, tableName, onAdd, restored }: Props) {
  const { input, setInput, set, errors, setErrors } = usePhoneForm<ChannelInput, ChannelErrors>(restored, emptyChannelInput);

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateChannelInput(channels, input);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onAdd({ kind: 'channel', input }, `Channel: ${checked.value.name}`);
    setInput(emptyChannelInput());
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Add a channel for ${tableName}`}>
      <SuggestionChoices suggestions={channels.suggestions} chosenId={input.suggestionId} onChoose={(s) => set({ name: s.label, suggestionId: s.id })} />
      <TextField label="Channel name" required value={input.name} error={errors.name} onInput={(v) => set({ name: v, suggestionId: null })} />
      <TextField label="Who it reaches" value={input.reaches} error={errors.reaches} onInput={(v) => set({ reaches: v })} />
      <RadioField label="Lived experience of WP involved" value={input.livedExperience} options={LIVED_OPTIONS} error={errors.livedExperience} onChange={(v) => set({ livedExperience: v })} />
      <TextField label="How the union could support or be involved" multiline value={input.unionSupport} error={errors.unionSupport} onInput={(v) => set({ unionSupport: v })} />
      <TextField label="Note" multiline value={input.note} error={errors.note} onInput={(v) => set({ note: v })} />
      <button type="submit" class="primary wide">
        Add channel
      </button>
    </form>
  );
}
