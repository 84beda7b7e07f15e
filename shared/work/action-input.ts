import type { ActionFieldKey, ActionPlanPhase, MappingPhase } from '../template/schema';
import { actionLinkSchema, actionSchema, livedExperienceSchema, type Action, type ActionLink } from './schema';

/** The editable fields of an action, as an edit form holds them (not yet checked). */
export interface ActionInput {
  what: string;
  why: string;
  /** Set when the action was adopted from a suggestion; not edited by hand. */
  link: ActionLink | null;
  owner: string;
  partner: string;
  firstStep: string;
  /** A date (YYYY-MM-DD) or a term in words ("Spring term 2027"). */
  byWhen: string;
  /** One of the mapping phase's rows; null or '' means "not given". */
  stageId: string | null;
  success: string;
  /** One of the action-plan phase's priorities; null or '' means "not given". */
  priorityId: string | null;
  livedExperience: string;
}

/** Checked, trimmed fields, ready to spread into an Action. */
export type ActionValue = Pick<
  Action,
  'what' | 'why' | 'link' | 'owner' | 'partner' | 'firstStep' | 'byWhen' | 'stageId' | 'success' | 'priorityId' | 'livedExperience'
>;

/** Keyed by ActionInput field. */
export type ActionMessages = Partial<Record<keyof ActionInput, string>>;

export type ActionValidation =
  | { ok: true; value: ActionValue; warnings: ActionMessages }
  | { ok: false; errors: ActionMessages; warnings: ActionMessages };

/** The parts of an action-plan phase the checks read (the console passes the phase, a phone the snapshot's form bits). */
export type ActionFormPhase = Pick<ActionPlanPhase, 'fieldLabels' | 'priorities'>;

export interface ActionValidationContext {
  /** The facilitator's local date, YYYY-MM-DD. */
  today: string;
  phase: ActionFormPhase;
  /** Supplies the stages (its rows); without it no stage can be chosen. */
  mapping?: Pick<MappingPhase, 'rows'>;
}

type TextField = 'what' | 'why' | 'owner' | 'partner' | 'firstStep' | 'byWhen' | 'success';
const textFields: ReadonlyArray<{ field: TextField; required: boolean }> = [
  { field: 'what', required: true },
  { field: 'why', required: false },
  { field: 'owner', required: true },
  { field: 'partner', required: false },
  { field: 'firstStep', required: false },
  { field: 'byWhen', required: false },
  { field: 'success', required: false },
];

/** Length limits come from the stored schema so form and storage never disagree. */
function maxLengthOf(field: TextField): number {
  const max = actionSchema.shape[field].maxLength;
  if (max === null) throw new Error(`actionSchema.${field} has no maximum length`);
  return max;
}

const labelKey: Record<keyof ActionInput, ActionFieldKey | null> = {
  what: 'what',
  why: 'why',
  link: null,
  owner: 'owner',
  partner: 'partner',
  firstStep: 'firstStep',
  byWhen: 'byWhen',
  stageId: 'stage',
  success: 'success',
  priorityId: 'priority',
  livedExperience: 'livedExperience',
};

/** The template's label for a form field, e.g. "Union partner" for partner. */
export function actionFieldLabel(phase: ActionFormPhase, field: keyof ActionInput): string {
  const key = labelKey[field];
  return key === null ? 'Link' : phase.fieldLabels[key];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Whether "by when" holds a date, a term in words, or nothing. */
export function byWhenKind(byWhen: string): 'date' | 'term' | 'none' {
  const text = byWhen.trim();
  if (text === '') return 'none';
  return isIsoDate(text) ? 'date' : 'term';
}

const emptyToNull = (id: string | null): string | null => (id === null || id.trim() === '' ? null : id);

/**
 * Checks an action edit against the session's template. Messages use the template's field labels.
 * A past date is allowed (plans are sometimes written up afterwards) but comes back as a warning.
 */
export function validateActionInput(input: ActionInput, context: ActionValidationContext): ActionValidation {
  const { phase, mapping, today } = context;
  const errors: ActionMessages = {};
  const warnings: ActionMessages = {};
  const text = {} as Record<TextField, string>;

  for (const { field, required } of textFields) {
    const value = input[field].trim();
    const label = actionFieldLabel(phase, field);
    const max = maxLengthOf(field);
    text[field] = value;
    if (required && value === '') errors[field] = `${label} is required`;
    else if (value.length > max) errors[field] = `${label} must be at most ${max} characters`;
  }

  if (!errors.byWhen && ISO_DATE.test(text.byWhen)) {
    if (!isIsoDate(text.byWhen)) errors.byWhen = `${text.byWhen} is not a real date`;
    // YYYY-MM-DD strings compare in date order.
    else if (text.byWhen < today) warnings.byWhen = 'This date is in the past';
  }

  const stageId = emptyToNull(input.stageId);
  if (stageId !== null && !(mapping?.rows ?? []).some((row) => row.id === stageId)) {
    errors.stageId = `${actionFieldLabel(phase, 'stageId')} must be one of the listed options`;
  }

  const priorityId = emptyToNull(input.priorityId);
  if (priorityId !== null && !phase.priorities.some((p) => p.id === priorityId)) {
    errors.priorityId = `${actionFieldLabel(phase, 'priorityId')} must be one of the listed options`;
  }

  const lived = livedExperienceSchema.safeParse(input.livedExperience);
  if (!lived.success) errors.livedExperience = `${actionFieldLabel(phase, 'livedExperience')}: choose yes, no or unsure`;

  const link = input.link === null ? null : actionLinkSchema.safeParse(input.link);
  if (link !== null && !link.success) errors.link = 'The suggestion this action came from is not valid';

  if (Object.keys(errors).length > 0 || !lived.success || (link !== null && !link.success)) {
    return { ok: false, errors, warnings };
  }
  return {
    ok: true,
    value: { ...text, link: link === null ? null : link.data, stageId, priorityId, livedExperience: lived.data },
    warnings,
  };
}

export function emptyActionInput(defaults: Partial<ActionInput> = {}): ActionInput {
  return {
    what: '',
    why: '',
    link: null,
    owner: '',
    partner: '',
    firstStep: '',
    byWhen: '',
    stageId: null,
    success: '',
    priorityId: null,
    livedExperience: 'unsure',
    ...defaults,
  };
}

export function actionToInput(action: Action): ActionInput {
  return {
    what: action.what,
    why: action.why,
    link: action.link,
    owner: action.owner,
    partner: action.partner,
    firstStep: action.firstStep,
    byWhen: action.byWhen,
    stageId: action.stageId,
    success: action.success,
    priorityId: action.priorityId,
    livedExperience: action.livedExperience,
  };
}

/** A new Action record from a validated form; the caller supplies the id (newId()) and the clock. */
export function buildAction(
  value: ActionValue,
  meta: { id: string; sessionId: string; unitId: string; order: number; now: number },
): Action {
  return {
    id: meta.id,
    sessionId: meta.sessionId,
    unitId: meta.unitId,
    ...value,
    order: meta.order,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
}
