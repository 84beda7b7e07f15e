import { memo, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Unit } from '../../../shared/session/schema';
import type { ChannelsPhase } from '../../../shared/template/schema';
import { channelSchema, type Channel } from '../../../shared/work/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import { ValidationError } from '../../data/errors';
import { emptyChannelInput, useUnitChannels, useWorkWriter, validateChannelInput, type ChannelInput } from '../../data/work-hooks';
import { UndoBar } from './UndoBar';
import { useStableCallback } from './use-stable';
import { useUndo } from './use-undo';
import { LIVED_EXPERIENCE_OPTIONS } from '../../../shared/vocabulary';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/fields';

type TextKey = 'name' | 'reaches' | 'unionSupport' | 'note';

function check(key: TextKey) {
  return (value: string) => {
    const result = channelSchema.shape[key].safeParse(value);
    return result.success ? null : (result.error.issues[0]?.message ?? 'This value is not valid');
  };
}

/** One unit's ways of engaging students directly, outside the union, each with how the union could help. */
export function UnitChannels({ sessionId, phase, unit }: { sessionId: string; phase: ChannelsPhase; unit: Unit }) {
  const id = useId();
  const channels = useUnitChannels(sessionId, unit.id);
  const writes = useWorkWriter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);
  const nameRef = useRef<HTMLInputElement>(null);

  const used = useMemo(() => new Set((channels ?? []).map((c) => c.suggestionId)), [channels]);
  const available = phase.suggestions.filter((s) => !used.has(s.id));

  /** `typed`: the name came from the box, which is cleared at once so the next one can be typed. */
  const add = async (input: ChannelInput, typed: boolean) => {
    const check = validateChannelInput(phase, input);
    if (!check.ok) {
      setError(Object.values(check.errors)[0] ?? 'This channel is not valid');
      return;
    }
    setError(null);
    if (typed) setName('');
    // Now, not after saving: focus must not jump while the facilitator types elsewhere. A used
    // suggestion also leaves the list, so its button cannot keep the focus.
    nameRef.current?.focus();
    try {
      const channel = await writes.addChannel(sessionId, unit.id, input);
      setAnnounce(`Added ${channel.name}.`);
    } catch (e) {
      if (typed) setName((current) => (current === '' ? input.name : current));
      if (e instanceof ValidationError) setError(Object.values(e.fieldErrors)[0] ?? e.message);
      else setError(`“${input.name.trim()}” was not saved: ${(e as Error).message}`);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A typed name that is exactly a suggestion counts as that suggestion.
    const match = phase.suggestions.find((s) => s.label.toLowerCase() === name.trim().toLowerCase());
    void add(emptyChannelInput({ name, suggestionId: match && !used.has(match.id) ? match.id : null }), true);
  };

  const onDelete = useStableCallback((channel: Channel) => {
    void writes.deleteChannel(channel.id).then((removed) => {
      if (!removed) return;
      undo.record(`Deleted “${removed.name}”`, () => writes.restoreChannel(removed));
      setUndoFocus((n) => n + 1);
    });
  });

  return (
    <section className="unit-channels" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Channels of {unit.name}</h3>
      <form className="inline-form" onSubmit={submit} noValidate aria-label={`Add a channel for ${unit.name}`}>
        <Field
          id={`${id}-name`}
          label="Channel"
          hint="Type any way you engage students directly and press Enter, or add a suggestion."
          error={error}
          announceError={false}
        >
          {(control) => <input {...control} ref={nameRef} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="primary">
          Add channel
        </button>
      </form>
      {available.length > 0 ? (
        <div className="work-suggestions">
          <p className="work-suggestions-title" id={`${id}-sugg`}>
            Suggestions (one click adds):
          </p>
          <ul className="work-suggestion-buttons" aria-labelledby={`${id}-sugg`}>
            {available.map((s) => (
              <li key={s.id}>
                <button type="button" className="work-small" onClick={() => void add(emptyChannelInput({ name: s.label, suggestionId: s.id }), false)}>
                  + {s.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {announce}
      </p>
      <UndoBar control={undo} focusToken={undoFocus} />
      {channels && channels.length === 0 ? <p className="muted">No channels yet.</p> : null}
      <ul className="channel-list">
        {(channels ?? []).map((channel) => (
          <ChannelItem key={channel.id} channel={channel} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}

const ChannelItem = memo(
  function ChannelItem({ channel, onDelete }: { channel: Channel; onDelete: (c: Channel) => void }) {
    const writes = useWorkWriter();
    const id = useId();
    const [livedError, setLivedError] = useState<string | null>(null);
    // The choice shows at once; the stored value takes over when the channel is saved.
    const [lived, setLived] = useState<string | null>(null);
    useEffect(() => setLived(null), [channel.updatedAt]);
    const save = (patch: Partial<ChannelInput>) => writes.updateChannel(channel.id, patch);
    return (
      <li className="channel-item">
        <fieldset>
          <legend>{channel.name}</legend>
          <div className="grid-2">
            <AutoSaveField label="Channel name" value={channel.name} validate={check('name')} onSave={(v) => save({ name: v })} />
            <AutoSaveField label="Who it reaches" value={channel.reaches} validate={check('reaches')} onSave={(v) => save({ reaches: v })} />
            <AutoSaveField
              label="How the union could support or be involved"
              value={channel.unionSupport}
              multiline
              rows={2}
              validate={check('unionSupport')}
              onSave={(v) => save({ unionSupport: v })}
            />
            <AutoSaveField label="Note (optional)" value={channel.note} multiline rows={2} validate={check('note')} onSave={(v) => save({ note: v })} />
          </div>
          <div className="channel-foot">
            <SelectField
              id={`${id}-lived`}
              label="Involves students with lived experience of widening participation"
              value={lived ?? channel.livedExperience}
              options={LIVED_EXPERIENCE_OPTIONS}
              error={livedError ?? undefined}
              announceError={false}
              onChange={(value) => {
                setLived(value);
                save({ livedExperience: value })
                  .then(() => setLivedError(null))
                  .catch((err: unknown) => {
                    setLived(null);
                    setLivedError((err as Error).message);
                  });
              }}
            />
            <button type="button" className="danger" data-deletes aria-label={`Delete channel ${channel.name}`} onClick={() => onDelete(channel)}>
              Delete
            </button>
          </div>
        </fieldset>
      </li>
    );
  },
  (a, b) => a.channel.id === b.channel.id && a.channel.updatedAt === b.channel.updatedAt && a.onDelete === b.onDelete,
);
