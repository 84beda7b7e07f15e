import type { Phase, Template } from '../template/schema';

/**
 * The phase where the quiz can be run a second time ("at the close"). A template's own `close`
 * phase when it has one; otherwise the last phase of the agenda — the built-in templates end on
 * their action-plan conclusion, and the repeat's time comes out of it.
 */
export function closingPhaseOf(template: Pick<Template, 'phases'>): Phase | undefined {
  const close = template.phases.findLast((p) => p.kind === 'close');
  return close ?? template.phases[template.phases.length - 1];
}

export function isClosingPhase(template: Pick<Template, 'phases'>, phaseId: string): boolean {
  return closingPhaseOf(template)?.id === phaseId;
}
