import type { Card } from '../run/schema';
import type { ActionPlanPhase, MappingPhase } from '../template/schema';
import { gapBarName, shorten } from '../vocabulary';
import { emptyActionInput, type ActionInput } from './action-input';
import { aggregateRoomMap } from './room-map';
import { actionSchema, type Action, type ActionLink, type Channel, type MapEntry } from './schema';

/** A suggested action the unit can adopt into its plan; nothing is stored until it is adopted and saved. */
export interface DraftAction {
  /** Stable across recomputation: 'gap:<columnId>:<rowId>', 'channel:<id>' or 'card:<id>' (see linkKey). */
  key: string;
  what: string;
  why: string;
  link: ActionLink;
  /** The map row the draft is about (gaps only). */
  stageId: string | null;
}

export interface SuggestActionsInput {
  /** Without a mapping phase there are no gap drafts. */
  mapping?: MappingPhase;
  /** Its stage label words the gap drafts ("… at the access stage"). */
  actionPlan: ActionPlanPhase;
  /** This unit's map entries only. */
  unitEntries: readonly MapEntry[];
  /** Discussion cards; only those marked as action candidates become drafts. */
  cards: readonly Card[];
  /** This unit's channels; those with an idea for union support become drafts. */
  channels: readonly Channel[];
  /** This unit's actions: a draft whose link one of them already has is left out. */
  existingActions: readonly Action[];
}

const WHAT_MAX = actionSchema.shape.what.maxLength ?? 300;
const WHY_MAX = actionSchema.shape.why.maxLength ?? 600;

/** The same key for the same link, so drafts and adopted actions can be matched. */
export function linkKey(link: ActionLink): string {
  switch (link.kind) {
    case 'gap':
      return `gap:${link.columnId}:${link.rowId}`;
    case 'channel':
      return `channel:${link.channelId}`;
    case 'card':
      return `card:${link.cardId}`;
  }
}

/** Lower-cases a label's first letter for use mid-sentence, but leaves acronyms ("SU council") alone. */
function midSentence(label: string): string {
  const first = label.charAt(0);
  const second = label.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(1);
}

function gapDrafts(mapping: MappingPhase, actionPlan: ActionPlanPhase, entries: readonly MapEntry[]): DraftAction[] {
  const map = aggregateRoomMap(mapping, entries);
  const stageWord = midSentence(actionPlan.fieldLabels.stage);
  const barText = gapBarName(mapping);
  return map.cells.flat().flatMap((cell) => {
    if (!cell.isGap) return [];
    const column = mapping.columns.find((c) => c.id === cell.columnId);
    const row = mapping.rows.find((r) => r.id === cell.rowId);
    if (!column || !row) return [];
    const place = `${midSentence(column.label)} at the ${midSentence(row.label)} ${stageWord}`;
    const why =
      cell.count === 0
        ? `A gap on our map: nothing yet for ${place}.`
        : `A gap on our map: what we have for ${place} is below ${barText}.`;
    const link: ActionLink = { kind: 'gap', columnId: cell.columnId, rowId: cell.rowId };
    return [{ key: linkKey(link), what: shorten(`Strengthen engagement through ${place}`, WHAT_MAX), why: shorten(why, WHY_MAX), link, stageId: row.id }];
  });
}

function channelDrafts(channels: readonly Channel[]): DraftAction[] {
  return [...channels]
    .filter((channel) => channel.unionSupport.trim() !== '')
    .sort((a, b) => a.order - b.order)
    .map((channel) => {
      const link: ActionLink = { kind: 'channel', channelId: channel.id };
      const name = channel.name.trim();
      return {
        key: linkKey(link),
        what: shorten(`${name}: ${channel.unionSupport}`, WHAT_MAX),
        why: shorten(`Builds on a channel we already use: ${name}.`, WHY_MAX),
        link,
        stageId: null,
      };
    });
}

function cardDrafts(cards: readonly Card[]): DraftAction[] {
  return [...cards]
    .filter((card) => card.actionCandidate)
    .sort((a, b) => b.votes - a.votes || a.order - b.order)
    .map((card) => {
      const link: ActionLink = { kind: 'card', cardId: card.id };
      const what = shorten(card.text, WHAT_MAX);
      // A shortened card keeps its full wording in "why".
      const why = what === card.text.trim().replace(/\s+/g, ' ') ? 'Raised in the room discussion.' : `Raised in the room discussion: "${card.text.trim()}"`;
      return { key: linkKey(link), what, why: shorten(why, WHY_MAX), link, stageId: null };
    });
}

/**
 * Drafts for one unit's plan, in this order: its map gaps (row-major), its channels' ideas for
 * union support, then the discussion's action candidates (most votes first). Drafts already adopted
 * (an existing action with the same link) are left out.
 */
export function suggestActions(input: SuggestActionsInput): DraftAction[] {
  const adopted = new Set(input.existingActions.flatMap((action) => (action.link ? [linkKey(action.link)] : [])));
  const drafts = [
    ...(input.mapping ? gapDrafts(input.mapping, input.actionPlan, input.unitEntries) : []),
    ...channelDrafts(input.channels),
    ...cardDrafts(input.cards),
  ];
  return drafts.filter((draft) => !adopted.has(draft.key));
}

/** What an edit form needs to create an action: where it will be stored and the pre-filled fields. */
export interface NewActionForm {
  sessionId: string;
  unitId: string;
  order: number;
  input: ActionInput;
}

/**
 * Adopting a draft opens the edit form rather than saving an Action: an action needs an owner,
 * which only the unit can give, so a saved record could not be valid yet. The form validates with
 * validateActionInput and saves with buildAction (which takes the id and the clock).
 */
export function adoptSuggestion(
  draft: DraftAction,
  target: { sessionId: string; unitId: string; order: number; owner?: string },
): NewActionForm {
  return {
    sessionId: target.sessionId,
    unitId: target.unitId,
    order: target.order,
    input: emptyActionInput({
      what: draft.what,
      why: draft.why,
      link: draft.link,
      stageId: draft.stageId,
      owner: target.owner ?? '',
    }),
  };
}
