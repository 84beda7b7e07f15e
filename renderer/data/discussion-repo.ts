import { newId } from '../../shared/ids';
import { cardSchema, themeSchema, type Card, type Theme } from '../../shared/run/schema';
import { renameTheme as renamedTheme, reorderCard, setVotes } from '../../shared/run/themes';
import type { UndoEntry } from '../../shared/util/undo-stack';
import type { DiscussionPhase } from '../../shared/template/schema';
import type { Session } from '../../shared/session/schema';
import type { CoCreateDb } from './db';
import { ConflictError, firstIssueMessage, ValidationError } from './errors';
import { touchSession } from './touch-session';

/**
 * Discussion cards and themes. Every edit is written at once in one transaction and returns the
 * change as two patches — what it did and how to undo it — for the console's undo stack
 * (shared/run/undo-stack.ts). Undo and redo apply those patches through `applyDiscussionPatch`.
 */

/** Records to write and ids to remove, in one transaction. Records are whole, so undo restores them exactly. */
export interface DiscussionPatch {
  putThemes?: Theme[];
  putCards?: Card[];
  deleteCardIds?: string[];
  deleteThemeIds?: string[];
}
export type DiscussionChange = UndoEntry<DiscussionPatch>;

export interface CardDraft {
  text: string;
  delegateId?: string | null;
  unitId?: string | null;
  topicId?: string | null;
}

export type CardEdit = Partial<Pick<Card, 'text' | 'delegateId' | 'unitId' | 'topicId' | 'actionCandidate'>>;

const byOrder = (a: { order: number; createdAt: number }, b: { order: number; createdAt: number }) => a.order - b.order || a.createdAt - b.createdAt;

export async function listPhaseCards(db: CoCreateDb, sessionId: string, phaseId: string): Promise<Card[]> {
  return (await db.cards.where('[sessionId+phaseId]').equals([sessionId, phaseId]).toArray()).sort(byOrder);
}

export async function listPhaseThemes(db: CoCreateDb, sessionId: string, phaseId: string): Promise<Theme[]> {
  return (await db.themes.where('[sessionId+phaseId]').equals([sessionId, phaseId]).toArray()).sort(byOrder);
}

export function listSessionCards(db: CoCreateDb, sessionId: string): Promise<Card[]> {
  return db.cards.where('sessionId').equals(sessionId).toArray();
}

export function listSessionThemes(db: CoCreateDb, sessionId: string): Promise<Theme[]> {
  return db.themes.where('sessionId').equals(sessionId).toArray();
}

function cleanText(text: string): string {
  const result = cardSchema.shape.text.safeParse(text);
  if (!result.success) throw new ValidationError({ text: firstIssueMessage(result.error) });
  return result.data;
}

/** A new card at the end of the "not in a theme" pile. */
export async function addCard(db: CoCreateDb, sessionId: string, phaseId: string, draft: CardDraft, now = Date.now()): Promise<{ card: Card; change: DiscussionChange }> {
  const text = cleanText(draft.text);
  return db.transaction('rw', [db.sessions, db.delegates, db.units, db.cards], async () => {
    const attribution = { delegateId: draft.delegateId ?? null, unitId: draft.unitId ?? null, topicId: draft.topicId ?? null };
    // The reads go out together: each round trip to the database is on the keypress's path.
    const [stored, cards] = await Promise.all([db.sessions.get(sessionId), listPhaseCards(db, sessionId, phaseId)]);
    const { session, phase } = discussionPhaseOf(stored, phaseId);
    await checkAttribution(db, sessionId, phase, attribution);
    const order = cards.reduce((max, c) => Math.max(max, c.order + 1), 0);
    const card = cardSchema.parse({
      id: newId(),
      sessionId,
      phaseId,
      text,
      ...attribution,
      themeId: null,
      votes: 0,
      actionCandidate: false,
      order,
      createdAt: now,
      updatedAt: now,
    } satisfies Card);
    await Promise.all([db.cards.add(card), touchSession(db, session, now)]);
    return { card, change: { do: { putCards: [card] }, undo: { deleteCardIds: [card.id] }, label: 'add card' } };
  });
}

/** Edits a card's text, attribution, topic or action-candidate flag; null when nothing changed. */
export async function updateCard(db: CoCreateDb, cardId: string, edit: CardEdit, now = Date.now()): Promise<DiscussionChange | null> {
  const clean: CardEdit = { ...edit };
  if (edit.text !== undefined) clean.text = cleanText(edit.text);
  return db.transaction('rw', [db.sessions, db.delegates, db.units, db.cards], async () => {
    const before = await existingCard(db, cardId);
    const merged = { ...before, ...clean };
    if (edit.delegateId !== undefined || edit.unitId !== undefined || edit.topicId !== undefined) {
      const phase = await discussionPhase(db, before.sessionId, before.phaseId);
      await checkAttribution(db, before.sessionId, phase, merged);
    }
    const changed = (Object.keys(clean) as (keyof CardEdit)[]).some((key) => merged[key] !== before[key]);
    if (!changed) return null;
    const after = cardSchema.parse({ ...merged, updatedAt: now });
    await db.cards.put(after);
    await touch(db, before.sessionId, now);
    const label = edit.actionCandidate !== undefined ? 'action candidate' : edit.text !== undefined ? 'edit card' : 'change attribution';
    return { do: { putCards: [after] }, undo: { putCards: [before] }, label };
  });
}

/** Sets a card's dot votes (0–1000); null when unchanged. */
export async function setCardVotes(db: CoCreateDb, cardId: string, votes: number, now = Date.now()): Promise<DiscussionChange | null> {
  return db.transaction('rw', db.sessions, db.cards, async () => {
    const before = await existingCard(db, cardId);
    const result = setVotes(before, votes, now);
    if (!result.ok) throw new ValidationError({ votes: result.error });
    if (result.value === before) return null;
    await db.cards.put(result.value);
    await touch(db, before.sessionId, now);
    return { do: { putCards: [result.value] }, undo: { putCards: [before] }, label: 'votes' };
  });
}

export async function deleteCard(db: CoCreateDb, cardId: string, now = Date.now()): Promise<DiscussionChange> {
  return db.transaction('rw', db.sessions, db.cards, async () => {
    const before = await existingCard(db, cardId);
    await db.cards.delete(cardId);
    await touch(db, before.sessionId, now);
    return { do: { deleteCardIds: [cardId] }, undo: { putCards: [before] }, label: 'delete card' };
  });
}

/**
 * Puts a card into a theme (null: back to the unthemed pile) at a position, as a drag and drop
 * does; without a position it goes to the end. Null when nothing moved.
 */
export async function moveCard(db: CoCreateDb, cardId: string, toThemeId: string | null, toIndex: number | null, now = Date.now()): Promise<DiscussionChange | null> {
  return db.transaction('rw', db.sessions, db.cards, db.themes, async () => {
    const card = await existingCard(db, cardId);
    const cards = await listPhaseCards(db, card.sessionId, card.phaseId);
    const themes = await listPhaseThemes(db, card.sessionId, card.phaseId);
    if (toThemeId !== null && !themes.some((t) => t.id === toThemeId)) throw new ConflictError('That theme no longer exists.');
    const changed = reorderCard(cards, themes, cardId, toThemeId, toIndex ?? Number.POSITIVE_INFINITY, now);
    if (changed.length === 0) return null;
    const byId = new Map(cards.map((c) => [c.id, c]));
    const before = changed.map((c) => byId.get(c.id)!);
    await db.cards.bulkPut(changed);
    await touch(db, card.sessionId, now);
    return { do: { putCards: changed }, undo: { putCards: before }, label: 'move card' };
  });
}

export async function addTheme(db: CoCreateDb, sessionId: string, phaseId: string, name: string, now = Date.now()): Promise<{ theme: Theme; change: DiscussionChange }> {
  const clean = themeSchema.shape.name.safeParse(name);
  if (!clean.success) throw new ValidationError({ name: firstIssueMessage(clean.error) });
  return db.transaction('rw', db.sessions, db.themes, async () => {
    await discussionPhase(db, sessionId, phaseId);
    const themes = await listPhaseThemes(db, sessionId, phaseId);
    const theme = themeSchema.parse({
      id: newId(),
      sessionId,
      phaseId,
      name: clean.data,
      order: themes.reduce((max, t) => Math.max(max, t.order + 1), 0),
      createdAt: now,
      updatedAt: now,
    } satisfies Theme);
    await db.themes.add(theme);
    await touch(db, sessionId, now);
    return { theme, change: { do: { putThemes: [theme] }, undo: { deleteThemeIds: [theme.id] }, label: 'add theme' } };
  });
}

export async function renameTheme(db: CoCreateDb, themeId: string, name: string, now = Date.now()): Promise<DiscussionChange | null> {
  return db.transaction('rw', db.sessions, db.themes, async () => {
    const before = await db.themes.get(themeId);
    if (!before) throw new ConflictError('This theme no longer exists.');
    const result = renamedTheme(before, name);
    if (!result.ok) throw new ValidationError({ name: result.error });
    if (result.value === before) return null;
    const after = { ...result.value, updatedAt: now };
    await db.themes.put(after);
    await touch(db, before.sessionId, now);
    return { do: { putThemes: [after] }, undo: { putThemes: [before] }, label: 'rename theme' };
  });
}

/** Deletes a theme; its cards go back to the unthemed pile (undo puts them back in it). */
export async function deleteTheme(db: CoCreateDb, themeId: string, now = Date.now()): Promise<DiscussionChange> {
  return db.transaction('rw', db.sessions, db.themes, db.cards, async () => {
    const theme = await db.themes.get(themeId);
    if (!theme) throw new ConflictError('This theme no longer exists.');
    const cards = await db.cards.where('themeId').equals(themeId).toArray();
    const released = cards.map((c) => ({ ...c, themeId: null, updatedAt: now }));
    await db.cards.bulkPut(released);
    await db.themes.delete(themeId);
    await touch(db, theme.sessionId, now);
    return {
      do: { deleteThemeIds: [themeId], putCards: released },
      undo: { putThemes: [theme], putCards: cards },
      label: 'delete theme',
    };
  });
}

/**
 * Applies an undo or redo patch. Every record is validated and must belong to the session; themes
 * are written before the cards that point at them, and cards left in a removed theme go back to
 * the unthemed pile, so no card ever points at a missing theme.
 */
export async function applyDiscussionPatch(db: CoCreateDb, sessionId: string, patch: DiscussionPatch, now = Date.now()): Promise<void> {
  const themes = (patch.putThemes ?? []).map((t) => themeSchema.parse(t));
  const cards = (patch.putCards ?? []).map((c) => cardSchema.parse(c));
  if ([...themes, ...cards].some((r) => r.sessionId !== sessionId)) throw new ConflictError('That change belongs to another session.');
  await db.transaction('rw', db.sessions, db.themes, db.cards, async () => {
    if (themes.length > 0) await db.themes.bulkPut(themes);
    if (patch.deleteThemeIds?.length) {
      await db.themes.bulkDelete(patch.deleteThemeIds);
      const removed = new Set(patch.deleteThemeIds);
      await db.cards.where('themeId').anyOf(patch.deleteThemeIds).modify({ themeId: null, updatedAt: now });
      for (const card of cards) if (card.themeId !== null && removed.has(card.themeId)) card.themeId = null;
    }
    if (cards.length > 0) await db.cards.bulkPut(cards);
    if (patch.deleteCardIds?.length) await db.cards.bulkDelete(patch.deleteCardIds);
    await touch(db, sessionId, now);
  });
}

async function existingCard(db: CoCreateDb, cardId: string): Promise<Card> {
  const card = await db.cards.get(cardId);
  if (!card) throw new ConflictError('This card no longer exists.');
  return card;
}

async function discussionPhase(db: CoCreateDb, sessionId: string, phaseId: string): Promise<DiscussionPhase> {
  return discussionPhaseOf(await db.sessions.get(sessionId), phaseId).phase;
}

function discussionPhaseOf(session: Session | undefined, phaseId: string): { session: Session; phase: DiscussionPhase } {
  if (!session) throw new ConflictError('This session no longer exists.');
  const phase = session.template.phases.find((p) => p.id === phaseId);
  if (phase?.kind !== 'discussion') throw new ConflictError('Cards can only be captured in a discussion phase.');
  return { session, phase };
}

async function checkAttribution(
  db: CoCreateDb,
  sessionId: string,
  phase: DiscussionPhase,
  card: { delegateId: string | null; unitId: string | null; topicId: string | null },
): Promise<void> {
  if (card.delegateId !== null) {
    const delegate = await db.delegates.get(card.delegateId);
    if (delegate?.sessionId !== sessionId) throw new ConflictError('That delegate is not in this session.');
  }
  if (card.unitId !== null) {
    const unit = await db.units.get(card.unitId);
    if (unit?.sessionId !== sessionId) throw new ConflictError('That group or table is not in this session.');
  }
  if (card.topicId !== null && !phase.topics.some((t) => t.id === card.topicId)) {
    throw new ValidationError({ topicId: 'That topic is not in this discussion.' });
  }
}

async function touch(db: CoCreateDb, sessionId: string, now: number): Promise<void> {
  await db.sessions.update(sessionId, { updatedAt: now });
}
