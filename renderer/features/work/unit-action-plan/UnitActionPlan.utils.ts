import type { Card } from '../../../../shared/run/schema';
import type { ActionPlanPhase, MappingPhase } from '../../../../shared/template/schema';
import { describeActionLink, livedExperienceLabel } from '../../../../shared/vocabulary';
import { byWhenKind, type ActionMessages } from '../../../../shared/work/action-input';
import { linkKey } from '../../../../shared/work/action-suggestions';
import { gapCells, unitMap } from '../../../../shared/work/room-map';
import type { Action, ActionLink, Channel, MapEntry } from '../../../../shared/work/schema';
import { ValidationError } from '../../../data/errors';
import type { LinkOption } from '../ActionForm';

/** A failed save's messages: the field messages of a refused action, else the error under "what". */
export function errorsOf(e: unknown): ActionMessages {
  if (e instanceof ValidationError) return e.fieldErrors;
  return { what: (e as Error).message };
}

interface LinkSources {
  mapping: MappingPhase | undefined;
  unitId: string;
  entries: readonly MapEntry[];
  channels: readonly Channel[];
  cards: readonly Card[];
}

/** What an action can be linked to: the unit's gaps, then its channels, then the room's action candidates. */
export function linkOptions({ mapping, unitId, entries, channels, cards }: LinkSources): LinkOption[] {
  const context = { mapping, channels, cards };
  const links: ActionLink[] = [
    ...(mapping ? gapCells(unitMap(mapping, entries, unitId)).map((cell): ActionLink => ({ kind: 'gap', columnId: cell.columnId, rowId: cell.rowId })) : []),
    ...channels.map((channel): ActionLink => ({ kind: 'channel', channelId: channel.id })),
    ...cards.map((card): ActionLink => ({ kind: 'card', cardId: card.id })),
  ];
  return links.map((link) => ({ value: linkKey(link), label: describeActionLink(link, context), link }));
}

export interface ActionDetail {
  term: string;
  value: string;
  /** A "by when" date already past. */
  past?: boolean;
}

/** An action's filled-in fields, in the plan's own words and order; empty ones left out. */
export function actionDetails(action: Action, phase: Pick<ActionPlanPhase, 'fieldLabels' | 'priorities'>, mapping: Pick<MappingPhase, 'rows'> | undefined, today: string): ActionDetail[] {
  const labels = phase.fieldLabels;
  const details: ActionDetail[] = [
    { term: labels.owner, value: action.owner },
    { term: labels.partner, value: action.partner },
    { term: labels.firstStep, value: action.firstStep },
    { term: labels.byWhen, value: action.byWhen, past: byWhenKind(action.byWhen) === 'date' && action.byWhen < today },
    { term: labels.stage, value: mapping?.rows.find((r) => r.id === action.stageId)?.label ?? '' },
    { term: labels.priority, value: phase.priorities.find((p) => p.id === action.priorityId)?.label ?? '' },
    { term: labels.success, value: action.success },
    { term: labels.livedExperience, value: livedExperienceLabel(action.livedExperience) },
  ];
  return details.filter((d) => d.value !== '');
}
