/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { SnapshotForms } from '../../shared/join/snapshot';
import type { Submission } from '../../shared/join/submission';
import { actionFieldLabel, emptyActionInput, validateActionInput, type ActionInput, type ActionMessages } from '../../shared/work/action-input';
import { LIVED_OPTIONS, RadioField, SelectField, TextField } from './fields';
import { usePhoneForm } from './use-phone-form';

interface Props {
  actionPlan: NonNullable<SnapshotForms['actionPlan']>;
  /** The map's rows are the stages an action can be for. */
  mapping: SnapshotForms['mapping'];
  tableName: string;
  onAdd: (submission: Submission, label: string) => void;
  restored: ActionInput | null;
}

/** The phone's own local date, YYYY-MM-DD: a past "by when" is a warning, as on the console. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One action for the table's plan, labelled with the template's words. */
export function ActionForm({ actionPlan, mapping, tableName, onAdd, restored }: Props) {
  const { input, setInput, set, errors, setErrors } = usePhoneForm<ActionInput, ActionMessages>(restored, () => emptyActionInput());
  const [warnings, setWarnings] = useState<ActionMessages>({});
  const label = (field: keyof ActionInput) => actionFieldLabel(actionPlan, field);
  const context = { today: today(), phase: actionPlan, ...(mapping ? { mapping } : {}) };

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateActionInput(input, context);
    if (!checked.ok) {
      setErrors(checked.errors);
      setWarnings(checked.warnings);
      return;
    }
    setErrors({});
    setWarnings({});
    onAdd({ kind: 'action', input }, `Action: ${checked.value.what}`);
    setInput(emptyActionInput());
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Add an action to the plan of ${tableName}`}>
      <TextField label={label('what')} required value={input.what} error={errors.what} onInput={(v) => set({ what: v })} />
      <TextField label={label('why')} multiline value={input.why} error={errors.why} onInput={(v) => set({ why: v })} />
      <TextField label={label('owner')} required value={input.owner} error={errors.owner} onInput={(v) => set({ owner: v })} />
      <TextField label={label('partner')} value={input.partner} error={errors.partner} onInput={(v) => set({ partner: v })} />
      <TextField label={label('firstStep')} value={input.firstStep} error={errors.firstStep} onInput={(v) => set({ firstStep: v })} />
      <TextField
        label={label('byWhen')}
        hint="A date (YYYY-MM-DD) or a term, e.g. Spring term 2027"
        value={input.byWhen}
        error={errors.byWhen ?? warnings.byWhen}
        onInput={(v) => set({ byWhen: v })}
      />
      {mapping ? (
        <SelectField label={label('stageId')} value={input.stageId ?? ''} options={mapping.rows} placeholder="Not given" error={errors.stageId} onChange={(v) => set({ stageId: v || null })} />
      ) : null}
      <TextField label={label('success')} multiline value={input.success} error={errors.success} onInput={(v) => set({ success: v })} />
      <SelectField label={label('priorityId')} value={input.priorityId ?? ''} options={actionPlan.priorities} placeholder="Not given" error={errors.priorityId} onChange={(v) => set({ priorityId: v || null })} />
      <RadioField label={label('livedExperience')} value={input.livedExperience} options={LIVED_OPTIONS} error={errors.livedExperience} onChange={(v) => set({ livedExperience: v })} />
      <button type="submit" class="primary wide">
        Add action
      </button>
    </form>
  );
}
