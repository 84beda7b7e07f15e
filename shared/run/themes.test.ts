import { describe, expect, it } from 'vitest';
import { cardSchema, themeSchema, type Card, type Theme } from './schema';
import { groupCardsByTheme, moveCardToTheme, renameTheme, reorderCard, setVotes, themeTotals } from './themes';

const SESSION = '0b6c3f56-7d1f-4d0e-9a3b-4f2b8e1c9d70';
const T0 = 1_800_000_000_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function theme(n: number, name: string, order: number): Theme {
  return themeSchema.parse({ id: uuid(900 + n), sessionId: SESSION, phaseId: 'discuss', name, order, createdAt: T0, updatedAt: T0 });
}

function card(n: number, themeId: string | null, order: number, votes = 0): Card {
  return cardSchema.parse({
    id: uuid(n),
    sessionId: SESSION,
    phaseId: 'discuss',
    text: `Card ${n}`,
    delegateId: null,
    unitId: null,
    topicId: null,
    themeId,
    votes,
    actionCandidate: false,
    order,
    createdAt: T0 + n,
    updatedAt: T0 + n,
  });
}

const funding = theme(1, 'Funding', 1);
const voice = theme(2, 'Student voice', 0);
const ids = (cards: readonly Card[]) => cards.map((c) => c.id);

describe('groupCardsByTheme', () => {
  it('orders themes and cards, puts the unthemed pile last and sums votes', () => {
    const cards = [card(1, funding.id, 2, 3), card(2, null, 0, 1), card(3, funding.id, 1, 4), card(4, voice.id, 0, 0), card(5, null, 0, 2)];
    const groups = groupCardsByTheme(cards, [funding, voice]);
    expect(groups.map((g) => g.theme?.name ?? null)).toEqual(['Student voice', 'Funding', null]);
    expect(ids(groups[1]!.cards)).toEqual([uuid(3), uuid(1)]);
    // Same order value: earlier card first.
    expect(ids(groups[2]!.cards)).toEqual([uuid(2), uuid(5)]);
    expect(groups.map((g) => g.totalVotes)).toEqual([0, 7, 3]);
  });

  it('keeps empty themes and the empty unthemed pile, and treats unknown themes as unthemed', () => {
    const groups = groupCardsByTheme([card(1, uuid(999), 0, 5)], [funding]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual({ theme: funding, cards: [], totalVotes: 0 });
    expect(groups[1]?.theme).toBeNull();
    expect(ids(groups[1]!.cards)).toEqual([uuid(1)]);
    expect(groupCardsByTheme([], [])).toEqual([{ theme: null, cards: [], totalVotes: 0 }]);
  });
});

describe('moveCardToTheme', () => {
  it('returns a new card in the theme with updatedAt, leaving the original untouched', () => {
    const original = card(1, null, 0);
    const moved = moveCardToTheme(original, funding.id, T0 + 100);
    expect(moved).toMatchObject({ themeId: funding.id, updatedAt: T0 + 100, order: 0 });
    expect(original.themeId).toBeNull();
    expect(moveCardToTheme(moved, null, T0 + 200).themeId).toBeNull();
    expect(moveCardToTheme(moved, funding.id, T0 + 300)).toBe(moved);
  });
});

describe('reorderCard', () => {
  const cards = [card(1, funding.id, 0), card(2, funding.id, 1), card(3, funding.id, 2), card(4, null, 0)];

  it('moves a card within its theme and returns only the changed cards', () => {
    const changed = reorderCard(cards, [funding], uuid(3), funding.id, 0, T0 + 50);
    expect(changed.map((c) => [c.id, c.order])).toEqual([
      [uuid(3), 0],
      [uuid(1), 1],
      [uuid(2), 2],
    ]);
    expect(changed.every((c) => c.updatedAt === T0 + 50)).toBe(true);
    const after = groupCardsByTheme(applyChanges(cards, changed), [funding]);
    expect(ids(after[0]!.cards)).toEqual([uuid(3), uuid(1), uuid(2)]);
  });

  it('moves a card into another group at a position', () => {
    const changed = reorderCard(cards, [funding], uuid(4), funding.id, 1, T0 + 50);
    const after = groupCardsByTheme(applyChanges(cards, changed), [funding]);
    expect(ids(after[0]!.cards)).toEqual([uuid(1), uuid(4), uuid(2), uuid(3)]);
    expect(after[1]!.cards).toEqual([]);
    expect(changed.map((c) => c.id)).not.toContain(uuid(1));
  });

  it('clamps the position, moves to the unthemed pile with null, and ignores unknown cards', () => {
    const changed = reorderCard(cards, [funding], uuid(1), null, 99, T0 + 50);
    const after = groupCardsByTheme(applyChanges(cards, changed), [funding]);
    expect(ids(after[1]!.cards)).toEqual([uuid(4), uuid(1)]);
    expect(reorderCard(cards, [funding], uuid(77), null, 0, T0)).toEqual([]);
    expect(reorderCard(cards, [funding], uuid(1), funding.id, 0, T0)).toEqual([]);
  });

  function applyChanges(all: readonly Card[], changed: readonly Card[]): Card[] {
    const byId = new Map(changed.map((c) => [c.id, c]));
    return all.map((c) => byId.get(c.id) ?? c);
  }
});

describe('renameTheme', () => {
  it('trims and accepts a valid name', () => {
    const result = renameTheme(funding, '  Money  ');
    expect(result).toEqual({ ok: true, value: { ...funding, name: 'Money' } });
  });
  it('refuses an empty or over-long name with a readable message', () => {
    expect(renameTheme(funding, '   ')).toEqual({ ok: false, error: 'Theme name is required' });
    expect(renameTheme(funding, 'x'.repeat(121))).toEqual({ ok: false, error: 'Theme name must be at most 120 characters' });
  });
});

describe('setVotes', () => {
  it('sets a whole number of votes from 0 to 1000', () => {
    const c = card(1, null, 0, 2);
    expect(setVotes(c, 5, T0 + 9)).toEqual({ ok: true, value: { ...c, votes: 5, updatedAt: T0 + 9 } });
    expect(setVotes(c, 0, T0 + 9)).toMatchObject({ ok: true, value: { votes: 0 } });
    expect(setVotes(c, 1000, T0 + 9)).toMatchObject({ ok: true, value: { votes: 1000 } });
  });
  it('refuses negative, too many and fractional votes', () => {
    const c = card(1, null, 0, 2);
    expect(setVotes(c, -1, T0)).toEqual({ ok: false, error: 'votes cannot be negative' });
    expect(setVotes(c, 1001, T0)).toEqual({ ok: false, error: 'at most 1000 votes' });
    const fractional = setVotes(c, 1.5, T0);
    expect(fractional.ok).toBe(false);
    expect(fractional.ok ? '' : fractional.error).not.toBe('');
    expect(setVotes(c, Number.NaN, T0).ok).toBe(false);
  });
});

describe('themeTotals', () => {
  it('ranks themes by votes with card counts, leaving out unthemed cards', () => {
    const cards = [card(1, funding.id, 0, 3), card(2, funding.id, 1, 4), card(3, voice.id, 0, 2), card(4, null, 0, 50)];
    const other = theme(3, 'Other', 2);
    expect(themeTotals(cards, [funding, voice, other])).toEqual([
      { theme: funding, cardCount: 2, totalVotes: 7 },
      { theme: voice, cardCount: 1, totalVotes: 2 },
      { theme: other, cardCount: 0, totalVotes: 0 },
    ]);
  });
});
