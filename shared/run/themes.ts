import type { RecordId } from '../ids';
import { describeIssues } from '../text';
import { cardSchema, themeSchema, type Card, type Theme } from './schema';

/**
 * Clustering discussion cards into themes and counting dot votes. Pure: every function returns
 * new records for the repository to persist.
 */

export interface ThemeGroup {
  /** null is the pile of cards not yet in a theme. */
  theme: Theme | null;
  cards: Card[];
  totalVotes: number;
}

export interface ThemeTotal {
  theme: Theme;
  cardCount: number;
  totalVotes: number;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

const byOrder = <T extends { order: number; createdAt: number; id: string }>(a: T, b: T): number =>
  a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const sumVotes = (cards: readonly Card[]): number => cards.reduce((sum, c) => sum + c.votes, 0);

/**
 * Themes in their order, each with its cards in order, then the unthemed pile last (always
 * present, so the console has somewhere to drop a card taken out of a theme). A card whose theme
 * is not among `themes` (deleted, or another phase's) is unthemed.
 */
export function groupCardsByTheme(cards: readonly Card[], themes: readonly Theme[]): ThemeGroup[] {
  const sortedThemes = [...themes].sort(byOrder);
  const buckets = new Map<RecordId | null, Card[]>(sortedThemes.map((t) => [t.id, []]));
  buckets.set(null, []);
  for (const card of [...cards].sort(byOrder)) {
    const key = card.themeId !== null && buckets.has(card.themeId) ? card.themeId : null;
    buckets.get(key)!.push(card);
  }
  const group = (theme: Theme | null): ThemeGroup => {
    const inGroup = buckets.get(theme ? theme.id : null) ?? [];
    return { theme, cards: inGroup, totalVotes: sumVotes(inGroup) };
  };
  return [...sortedThemes.map(group), group(null)];
}

/** Puts a card in a theme (or back in the unthemed pile) keeping its order value. */
export function moveCardToTheme(card: Card, themeId: RecordId | null, now: number): Card {
  if (card.themeId === themeId) return card;
  return { ...card, themeId, updatedAt: now };
}

/**
 * Drops card `cardId` at position `toIndex` of a theme (or the unthemed pile), as a drag and drop
 * does. Returns only the cards whose theme or order changed — the moved card and the cards of
 * the target group, renumbered 0..n-1 — for the repository to save.
 */
export function reorderCard(
  cards: readonly Card[],
  themes: readonly Theme[],
  cardId: RecordId,
  toThemeId: RecordId | null,
  toIndex: number,
  now: number,
): Card[] {
  const moving = cards.find((c) => c.id === cardId);
  if (!moving) return [];
  const groups = groupCardsByTheme(cards, themes);
  const target = groups.find((g) => (g.theme ? g.theme.id : null) === toThemeId) ?? groups[groups.length - 1]!;
  const targetThemeId = target.theme ? target.theme.id : null;
  const others = target.cards.filter((c) => c.id !== cardId);
  const at = Number.isFinite(toIndex) ? Math.min(Math.max(0, Math.trunc(toIndex)), others.length) : others.length;
  const ordered = [...others.slice(0, at), moving, ...others.slice(at)];
  return ordered.flatMap((card, order) =>
    card.order === order && card.themeId === targetThemeId ? [] : [{ ...card, themeId: targetThemeId, order, updatedAt: now }],
  );
}

/** A renamed theme, or the reason the name cannot be used. */
export function renameTheme(theme: Theme, name: string): Validated<Theme> {
  const parsed = themeSchema.shape.name.safeParse(name);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  return { ok: true, value: parsed.data === theme.name ? theme : { ...theme, name: parsed.data } };
}

/** A card with a new vote count (a whole number from 0 to 1000), or the reason it is refused. */
export function setVotes(card: Card, votes: number, now: number): Validated<Card> {
  const parsed = cardSchema.shape.votes.safeParse(votes);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  return { ok: true, value: parsed.data === card.votes ? card : { ...card, votes: parsed.data, updatedAt: now } };
}

/** Themes ranked by votes (most first; ties keep the theme order), with their card counts. */
export function themeTotals(cards: readonly Card[], themes: readonly Theme[]): ThemeTotal[] {
  return groupCardsByTheme(cards, themes)
    .flatMap((g) => (g.theme ? [{ theme: g.theme, cardCount: g.cards.length, totalVotes: g.totalVotes }] : []))
    .sort((a, b) => b.totalVotes - a.totalVotes);
}
