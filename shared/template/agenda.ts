import type { ActionPlanPhase, ChannelsPhase, MappingPhase, Phase, QuizPhase, Template } from './schema';

/** What each kind of phase is called on screen and in print. */
export const PHASE_KIND_LABELS: Record<Phase['kind'], string> = {
  intro: 'Introduction',
  quiz: 'True/false quiz',
  discussion: 'Discussion',
  mapping: 'Mapping activity',
  channels: 'Engaging students directly',
  'action-plan': 'Action plan',
  close: 'Close',
};

export function agendaTotalMinutes(template: Pick<Template, 'phases'>): number {
  return template.phases.reduce((sum, phase) => sum + phase.minutes, 0);
}

/** "3 min over", "2 min spare" or "exactly on time": the agenda total against the slot. */
export function describeAgendaFit(template: Pick<Template, 'phases' | 'durationMinutes'>): string {
  const diff = agendaTotalMinutes(template) - template.durationMinutes;
  if (diff === 0) return 'fits the slot exactly';
  return diff > 0 ? `${diff} min over the slot` : `${-diff} min spare`;
}

export function findPhase<K extends Phase['kind']>(template: Pick<Template, 'phases'>, kind: K): Extract<Phase, { kind: K }> | undefined {
  return template.phases.find((p): p is Extract<Phase, { kind: K }> => p.kind === kind);
}

export const mappingPhaseOf = (t: Pick<Template, 'phases'>): MappingPhase | undefined => findPhase(t, 'mapping');
export const channelsPhaseOf = (t: Pick<Template, 'phases'>): ChannelsPhase | undefined => findPhase(t, 'channels');
export const actionPlanPhaseOf = (t: Pick<Template, 'phases'>): ActionPlanPhase | undefined => findPhase(t, 'action-plan');
export const quizPhaseOf = (t: Pick<Template, 'phases'>): QuizPhase | undefined => findPhase(t, 'quiz');

/** The statements a session uses, in the chosen order. */
export function selectedStatements(phase: QuizPhase) {
  const byId = new Map(phase.statements.map((s) => [s.id, s]));
  return phase.selectedStatementIds.flatMap((id) => {
    const s = byId.get(id);
    return s ? [s] : [];
  });
}
