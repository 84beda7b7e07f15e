import type { Unit } from '../../../shared/session/schema';
import { actionFieldKeys, type ActionPlanPhase, type DiscussionTopic, type MappingPhase } from '../../../shared/template/schema';

/** One row of the strength key: a level with what it means and an example entry at that level. */
export interface StrengthKeyRow {
  id: string;
  level: number;
  label: string;
  definition: string;
  example: string;
}

/** The strength levels that carry a definition or an example, in level order; empty for templates without them. */
export function strengthKey(phase: Pick<MappingPhase, 'strengths'>): StrengthKeyRow[] {
  return [...phase.strengths]
    .sort((a, b) => a.level - b.level)
    .filter((s) => (s.definition ?? '').trim() !== '' || (s.example ?? '').trim() !== '')
    .map((s) => ({ id: s.id, level: s.level, label: s.label, definition: s.definition?.trim() ?? '', example: s.example?.trim() ?? '' }));
}

/** The worked action as label/value pairs in the action form's order, with the template's own field labels. */
export function workedExampleRows(phase: Pick<ActionPlanPhase, 'fieldLabels' | 'workedExample'>): Array<{ key: string; label: string; value: string }> {
  const example = phase.workedExample;
  if (!example) return [];
  return actionFieldKeys.flatMap((key) => {
    const value = example[key]?.trim() ?? '';
    return value ? [{ key, label: phase.fieldLabels[key], value }] : [];
  });
}

/** Which topic each table or group takes, round the topics in order; with no units, the topics are numbered for tables 1, 2, 3... */
export function topicAllocation(
  topics: readonly Pick<DiscussionTopic, 'id' | 'title'>[],
  units: readonly Pick<Unit, 'id' | 'name' | 'kind' | 'order'>[],
): Array<{ key: string; who: string; topic: string }> {
  if (topics.length === 0) return [];
  const shared = [...units].filter((u) => u.kind !== 'delegate').sort((a, b) => a.order - b.order);
  if (shared.length === 0) return topics.map((t, i) => ({ key: t.id, who: `Table ${i + 1}`, topic: t.title }));
  return shared.map((u, i) => ({ key: u.id, who: u.name, topic: topics[i % topics.length]!.title }));
}
