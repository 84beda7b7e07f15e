import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ActionPlanPhase, MappingPhase } from '../../../shared/template/schema';
import { actionFieldLabel, validateActionInput, type ActionInput, type ActionMessages } from '../../../shared/work/action-input';
import { linkKey } from '../../../shared/work/action-suggestions';
import type { ActionLink } from '../../../shared/work/schema';
import { SelectField, TextField, type Option } from '../../components/fields';
import { LIVED_EXPERIENCE_OPTIONS } from '../../../shared/vocabulary';

export interface LinkOption extends Option {
  link: ActionLink;
}

interface Props {
  title: string;
  phase: ActionPlanPhase;
  mapping: MappingPhase | undefined;
  initial: ActionInput;
  today: string;
  /** What "why" can point at: the unit's gaps, its channels, the room's action candidates. */
  linkOptions: readonly LinkOption[];
  /** Saves; resolves to field messages when the save was refused, null when it was saved. */
  onSave: (input: ActionInput) => Promise<ActionMessages | null>;
  onCancel: () => void;
}

/** One action, with the template's own field labels. Nothing is saved until every field is valid. */
export function ActionForm({ title, phase, mapping, initial, today, linkOptions, onSave, onCancel }: Props) {
  const id = useId();
  const [input, setInput] = useState(initial);
  const [errors, setErrors] = useState<ActionMessages>({});
  const [saving, setSaving] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const set = (patch: Partial<ActionInput>) => setInput((current) => ({ ...current, ...patch }));
  const label = (field: keyof ActionInput) => actionFieldLabel(phase, field);
  // Warnings (a date in the past) show while typing; errors wait for Save.
  const { warnings } = validateActionInput(input, { today, phase, mapping });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateActionInput(input, { today, phase, mapping });
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors);
      return;
    }
    setSaving(true);
    try {
      const problems = await onSave(input);
      if (problems) {
        setErrors(problems);
        focusFirstError(problems);
      }
    } finally {
      setSaving(false);
    }
  };

  const focusFirstError = (problems: ActionMessages) => {
    const first = Object.keys(problems)[0];
    const suffix: Record<string, string> = {
      what: 'what',
      why: 'why',
      link: 'link',
      owner: 'owner',
      partner: 'partner',
      firstStep: 'first',
      byWhen: 'by',
      stageId: 'stage',
      success: 'success',
      priorityId: 'priority',
      livedExperience: 'lived',
    };
    if (first && suffix[first]) formRef.current?.querySelector<HTMLElement>(`[id="${id}-${suffix[first]}"]`)?.focus();
  };

  const currentLink = input.link ? linkKey(input.link) : '';
  const links = linkOptions.some((o) => o.value === currentLink) || !input.link ? linkOptions : [...linkOptions, { value: currentLink, label: 'The item this came from', link: input.link }];

  return (
    <form ref={formRef} className="action-form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <TextField id={`${id}-what`} label={label('what')} value={input.what} error={errors.what} inputRef={firstRef} onChange={(v) => set({ what: v })} />
      <div className="grid-2">
        <TextField id={`${id}-why`} label={label('why')} value={input.why} error={errors.why} multiline onChange={(v) => set({ why: v })} />
        <SelectField
          id={`${id}-link`}
          label="Linked to"
          value={currentLink}
          options={links}
          placeholder="Nothing in particular"
          error={errors.link}
          hint="A gap on the map, a channel, or a discussion point marked as an action candidate."
          onChange={(v) => set({ link: links.find((o) => o.value === v)?.link ?? null })}
        />
        <TextField id={`${id}-owner`} label={label('owner')} value={input.owner} error={errors.owner} onChange={(v) => set({ owner: v })} />
        <TextField id={`${id}-partner`} label={label('partner')} value={input.partner} error={errors.partner} onChange={(v) => set({ partner: v })} />
        <TextField id={`${id}-first`} label={label('firstStep')} value={input.firstStep} error={errors.firstStep} onChange={(v) => set({ firstStep: v })} />
        <div className="by-when">
          <TextField
            id={`${id}-by`}
            label={label('byWhen')}
            value={input.byWhen}
            error={errors.byWhen}
            warning={warnings.byWhen}
            hint="A date (2027-03-31) or a term (Spring term 2027)."
            onChange={(v) => set({ byWhen: v })}
          />
          <label className="date-pick">
            <span className="sr-only">Pick a date for {label('byWhen')}</span>
            <input type="date" value={/^\d{4}-\d{2}-\d{2}$/.test(input.byWhen) ? input.byWhen : ''} onChange={(e) => set({ byWhen: e.target.value })} />
          </label>
        </div>
        <SelectField
          id={`${id}-stage`}
          label={label('stageId')}
          value={input.stageId ?? ''}
          options={(mapping?.rows ?? []).map((r) => ({ value: r.id, label: r.label }))}
          placeholder="Not given"
          error={errors.stageId}
          onChange={(v) => set({ stageId: v || null })}
        />
        <TextField id={`${id}-success`} label={label('success')} value={input.success} error={errors.success} multiline onChange={(v) => set({ success: v })} />
        <SelectField
          id={`${id}-priority`}
          label={label('priorityId')}
          value={input.priorityId ?? ''}
          options={phase.priorities.map((p) => ({ value: p.id, label: p.label }))}
          placeholder="Not given"
          error={errors.priorityId}
          onChange={(v) => set({ priorityId: v || null })}
        />
        <SelectField
          id={`${id}-lived`}
          label={label('livedExperience')}
          value={input.livedExperience}
          options={LIVED_EXPERIENCE_OPTIONS}
          error={errors.livedExperience}
          onChange={(v) => set({ livedExperience: v })}
        />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save action
        </button>
      </div>
    </form>
  );
}
