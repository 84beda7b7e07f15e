import { describe, expect, it } from 'vitest';
import { actionPlanPhaseOf } from '../template/agenda';
import { getBuiltInTemplate } from '../templates';
import { actionLabels, DEFAULT_ACTION_LABELS } from './action-labels';

describe('action labels', () => {
  it('uses the template’s own wording when the session has an action plan', () => {
    const phase = actionPlanPhaseOf(getBuiltInTemplate('students-union-co-creation')!);
    expect(actionLabels(phase).partner).toBe('Union partner');
  });

  it('falls back to one set of defaults, worded as the built-in templates word them', () => {
    expect(actionLabels(null)).toBe(DEFAULT_ACTION_LABELS);
    expect(actionLabels(undefined).success).toBe('How we will see success');
    for (const template of ['students-union-co-creation', 'student-staff-partnership-network']) {
      const labels = actionPlanPhaseOf(getBuiltInTemplate(template)!)!.fieldLabels;
      for (const key of ['what', 'owner', 'firstStep', 'byWhen', 'success', 'priority', 'livedExperience'] as const) expect(labels[key]).toBe(DEFAULT_ACTION_LABELS[key]);
    }
  });
});
