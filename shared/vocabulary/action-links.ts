import type { Card } from '../run/schema';
import type { MappingPhase } from '../template/schema';
import type { ActionLink, Channel } from '../work/schema';
import { cellName } from './cell-keys';
import { shorten } from './shorten';

/** The records an action's link may point at. */
export interface ActionLinkContext {
  mapping: Pick<MappingPhase, 'columns' | 'rows'> | null | undefined;
  channels: ReadonlyArray<Pick<Channel, 'id' | 'name'>>;
  cards: ReadonlyArray<Pick<Card, 'id' | 'text'>>;
}

/** How long the named gap, channel or card may be in a link's description (a card is kept whole in its own CSV file). */
export const LINK_TEXT_MAX = 80;

export const LINK_KIND_WORDS: Record<ActionLink['kind'], string> = { gap: 'Gap', channel: 'Channel', card: 'Discussion point' };

/**
 * What an action was built from, in words, on screen, in print and in the CSV alike:
 * "Gap: Official governance of the institution × Access", "Channel: Course reps",
 * "Discussion point: Bursaries are hard to find". Empty when there is no link or its channel
 * or card has since been deleted; a gap outside the template is named by its ids.
 */
export function describeActionLink(link: ActionLink | null, context: ActionLinkContext): string {
  if (link === null) return '';
  const named = (text: string) => `${LINK_KIND_WORDS[link.kind]}: ${shorten(text, LINK_TEXT_MAX)}`;
  switch (link.kind) {
    case 'gap':
      return named(cellName(context.mapping ?? { columns: [], rows: [] }, link.columnId, link.rowId));
    case 'channel': {
      const channel = context.channels.find((c) => c.id === link.channelId);
      return channel ? named(channel.name) : '';
    }
    case 'card': {
      const card = context.cards.find((c) => c.id === link.cardId);
      return card ? named(card.text) : '';
    }
  }
}
