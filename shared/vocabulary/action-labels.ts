import type { ActionFieldKey, ActionPlanPhase } from '../template/schema';

/** The field names used when a session has no action-plan phase to take its wording from. */
export const DEFAULT_ACTION_LABELS: Record<ActionFieldKey, string> = {
  what: 'Action',
  why: 'Why',
  owner: 'Owner',
  partner: 'Partner',
  firstStep: 'First step',
  byWhen: 'By when',
  stage: 'Stage',
  success: 'How we will see success',
  priority: 'Priority',
  livedExperience: 'Involves students with lived experience',
};

/** The template's own action field labels, or the defaults. */
export const actionLabels = (phase: Pick<ActionPlanPhase, 'fieldLabels'> | null | undefined): Record<ActionFieldKey, string> =>
  phase?.fieldLabels ?? DEFAULT_ACTION_LABELS;
