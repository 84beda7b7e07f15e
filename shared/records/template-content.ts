import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf } from '../template/agenda';
import type { Template } from '../template/schema';

/** Kinds of id that live in a session's own template copy rather than in a table. */
export type ContentKind =
  | 'phase'
  | 'discussionPhase'
  | 'statement'
  | 'topic'
  | 'column'
  | 'row'
  | 'strength'
  | 'frequency'
  | 'mapSuggestion'
  | 'channelSuggestion'
  | 'stage'
  | 'priority';

/** The ids a record of this session may refer to, per content kind. */
export function templateContentIds(template: Pick<Template, 'phases'>): Record<ContentKind, ReadonlySet<string>> {
  const mapping = mappingPhaseOf(template);
  const ids = (list: ReadonlyArray<{ id: string }> | undefined) => new Set((list ?? []).map((x) => x.id));
  return {
    phase: ids(template.phases),
    discussionPhase: ids(template.phases.filter((p) => p.kind === 'discussion')),
    statement: ids(template.phases.flatMap((p) => (p.kind === 'quiz' ? p.statements : []))),
    topic: ids(template.phases.flatMap((p) => (p.kind === 'discussion' ? p.topics : []))),
    column: ids(mapping?.columns),
    row: ids(mapping?.rows),
    strength: ids(mapping?.strengths),
    frequency: ids(mapping?.frequencies),
    mapSuggestion: ids(mapping?.suggestions),
    channelSuggestion: ids(channelsPhaseOf(template)?.suggestions),
    // The action plan's stages are the map's rows (see shared/work/action-input.ts).
    stage: ids(mapping?.rows),
    priority: ids(actionPlanPhaseOf(template)?.priorities),
  };
}
