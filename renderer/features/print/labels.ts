import type { Card, QuizAnswerValue } from '../../../shared/run/schema';
import type { Unit } from '../../../shared/session/schema';
import type { MappingPhase } from '../../../shared/template/schema';
import type { Action, Channel, LivedExperience } from '../../../shared/work/schema';

export const LIVED_EXPERIENCE_WORDS: Record<LivedExperience, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };
export const ANSWER_WORDS: Record<QuizAnswerValue, string> = { true: 'True', false: 'False', unsure: 'Not sure' };
export const answerWord = (answer: boolean): string => (answer ? 'True' : 'False');

/** "8 min", "45 s", "8 min 30 s" (rounded to the second). */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** "+3 min", "−1 min 20 s" or "on time", for actual − planned. */
export function formatDifference(ms: number): string {
  if (Math.round(ms / 1000) === 0) return 'on time';
  return `${ms > 0 ? '+' : '\u2212'}${formatDuration(ms)}`;
}

/** "62%" from a 0..1 share; "–" when nobody answered. */
export function formatShare(share: number | null): string {
  return share === null ? '\u2013' : `${Math.round(share * 100)}%`;
}

/** "+25 points", "−10 points", "no change". */
export function formatChange(change: number | null): string {
  if (change === null) return '\u2013';
  const points = Math.round(change * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '\u2212'}${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const UNIT_KIND_WORDS: Record<Unit['kind'], string> = { delegate: 'Own map and plan', group: 'Group', table: 'Table' };
export const unitKindWord = (unit: Pick<Unit, 'kind'>): string => UNIT_KIND_WORDS[unit.kind];

/** What an action was built from, in words: "Gap: Official governance of the institution × Access". */
export function describeActionLink(
  action: Pick<Action, 'link'>,
  mapping: MappingPhase | undefined,
  channels: readonly Pick<Channel, 'id' | 'name'>[],
  cards: readonly Pick<Card, 'id' | 'text'>[],
): string {
  const link = action.link;
  if (link === null) return '';
  switch (link.kind) {
    case 'gap': {
      const column = mapping?.columns.find((c) => c.id === link.columnId)?.label ?? link.columnId;
      const row = mapping?.rows.find((r) => r.id === link.rowId)?.label ?? link.rowId;
      return `Gap: ${column} \u00d7 ${row}`;
    }
    case 'channel': {
      const channel = channels.find((c) => c.id === link.channelId);
      return channel ? `Channel: ${channel.name}` : '';
    }
    case 'card': {
      const card = cards.find((c) => c.id === link.cardId);
      return card ? `Discussion point: ${card.text}` : '';
    }
  }
}
