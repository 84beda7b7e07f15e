import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Card, Theme } from '../../shared/run/schema';
import { groupCardsByTheme, themeTotals } from '../../shared/run/themes';
import { createUndoStack, push, redo, undo, type UndoStack } from '../../shared/util/undo-stack';
import type { DiscussionPhase, Template } from '../../shared/template/schema';
import { builtInTemplates } from '../../shared/templates';
import { CoCreateDb } from './db';
import { addDelegates } from './delegates-repo';
import {
  addCard,
  addTheme,
  applyDiscussionPatch,
  deleteCard,
  deleteTheme,
  listPhaseCards,
  listPhaseThemes,
  moveCard,
  renameTheme,
  setCardVotes,
  updateCard,
  type DiscussionPatch,
} from './discussion-repo';
import { ConflictError, ValidationError } from './errors';
import { startSession } from './run-repo';
import { createSession } from './sessions-repo';

const template = builtInTemplates[0] as Template;
const discussion = template.phases.find((p): p is DiscussionPhase => p.kind === 'discussion')!;
const T0 = 1_800_000_000_000;

let db: CoCreateDb;
let sessionId: string;

beforeEach(async () => {
  db = new CoCreateDb(`discussion-test-${crypto.randomUUID()}`);
  await db.open();
  sessionId = (await createSession(db, template, T0)).id;
  await startSession(db, sessionId, T0);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function reload(): Promise<CoCreateDb> {
  db.close();
  db = new CoCreateDb(db.name);
  await db.open();
  return db;
}

const cards = () => listPhaseCards(db, sessionId, discussion.id);
const themes = () => listPhaseThemes(db, sessionId, discussion.id);

describe('cards', () => {
  it('captures cards in order with optional attribution and topic, and keeps them across a reload', async () => {
    const [ana] = await addDelegates(db, sessionId, [{ name: 'Ana', role: '', institution: '', email: '' }]);
    await addCard(db, sessionId, discussion.id, { text: '  Officers change every year  ' }, T0 + 1);
    await addCard(db, sessionId, discussion.id, { text: 'Bursary panel has a union seat', delegateId: ana!.id, topicId: discussion.topics[0]!.id }, T0 + 2);
    await reload();
    const stored = await cards();
    expect(stored.map((c) => [c.text, c.delegateId, c.topicId, c.themeId, c.votes, c.order])).toEqual([
      ['Officers change every year', null, null, null, 0, 0],
      ['Bursary panel has a union seat', ana!.id, discussion.topics[0]!.id, null, 0, 1],
    ]);
  });

  it('rejects empty text, an unknown topic and a phase that is not a discussion', async () => {
    await expect(addCard(db, sessionId, discussion.id, { text: '   ' })).rejects.toMatchObject({ fieldErrors: { text: 'Card text is required' } });
    await expect(addCard(db, sessionId, discussion.id, { text: 'x', topicId: 'not-a-topic' })).rejects.toBeInstanceOf(ValidationError);
    await expect(addCard(db, sessionId, template.phases[0]!.id, { text: 'x' })).rejects.toBeInstanceOf(ConflictError);
    await expect(addCard(db, sessionId, discussion.id, { text: 'x', delegateId: crypto.randomUUID() })).rejects.toBeInstanceOf(ConflictError);
    expect(await cards()).toEqual([]);
  });

  it('edits, flags, votes and deletes, each with an undo that restores the card exactly', async () => {
    const { card } = await addCard(db, sessionId, discussion.id, { text: 'Typo hree' }, T0 + 1);
    const edit = await updateCard(db, card.id, { text: 'Typo here' }, T0 + 2);
    const flag = await updateCard(db, card.id, { actionCandidate: true }, T0 + 3);
    const votes = await setCardVotes(db, card.id, 7, T0 + 4);
    expect(await updateCard(db, card.id, { text: 'Typo here' }, T0 + 5)).toBeNull();
    expect(await setCardVotes(db, card.id, 7, T0 + 5)).toBeNull();
    expect((await cards())[0]).toMatchObject({ text: 'Typo here', actionCandidate: true, votes: 7 });

    await applyDiscussionPatch(db, sessionId, votes!.undo);
    await applyDiscussionPatch(db, sessionId, flag!.undo);
    await applyDiscussionPatch(db, sessionId, edit!.undo);
    expect((await cards())[0]).toEqual(card);

    const removal = await deleteCard(db, card.id);
    expect(await cards()).toEqual([]);
    await applyDiscussionPatch(db, sessionId, removal.undo);
    expect(await cards()).toEqual([card]);
  });

  it('refuses votes outside 0–1000 or not whole and keeps the old count', async () => {
    const { card } = await addCard(db, sessionId, discussion.id, { text: 'A' });
    await expect(setCardVotes(db, card.id, -1)).rejects.toMatchObject({ fieldErrors: { votes: 'votes cannot be negative' } });
    await expect(setCardVotes(db, card.id, 1.5)).rejects.toBeInstanceOf(ValidationError);
    await expect(setCardVotes(db, card.id, 1001)).rejects.toBeInstanceOf(ValidationError);
    expect((await cards())[0]?.votes).toBe(0);
  });
});

describe('themes and votes', () => {
  it('groups 30 cards into 3 themes with votes, and it all survives a reload', async () => {
    const added: Card[] = [];
    for (let i = 0; i < 30; i++) added.push((await addCard(db, sessionId, discussion.id, { text: `Card ${i + 1}` }, T0 + i)).card);
    const names = ['Money', 'Voice', 'Time'];
    const made: Theme[] = [];
    for (const name of names) made.push((await addTheme(db, sessionId, discussion.id, name, T0 + 100)).theme);
    for (const [i, card] of added.entries()) {
      await moveCard(db, card.id, made[i % 3]!.id, null, T0 + 200 + i);
      await setCardVotes(db, card.id, i % 5, T0 + 300 + i);
    }
    await reload();
    const groups = groupCardsByTheme(await cards(), await themes());
    expect(groups.map((g) => [g.theme?.name ?? null, g.cards.length])).toEqual([['Money', 10], ['Voice', 10], ['Time', 10], [null, 0]]);
    // Card i has i % 5 votes; theme k holds the cards with i % 3 === k.
    const expected = [0, 1, 2].map((k) => added.reduce((sum, _c, i) => (i % 3 === k ? sum + (i % 5) : sum), 0));
    expect(groups.slice(0, 3).map((g) => g.totalVotes)).toEqual(expected);
    expect(themeTotals(await cards(), await themes()).reduce((s, t) => s + t.totalVotes, 0)).toBe(added.reduce((s, _c, i) => s + (i % 5), 0));
    // Cards keep the order in which they were put into their theme.
    expect(groups[0]!.cards.map((c) => c.text)).toEqual(['Card 1', 'Card 4', 'Card 7', 'Card 10', 'Card 13', 'Card 16', 'Card 19', 'Card 22', 'Card 25', 'Card 28']);
  });

  it('drops a card at a position inside a theme and undoes the move', async () => {
    const a = (await addCard(db, sessionId, discussion.id, { text: 'A' }, T0)).card;
    const b = (await addCard(db, sessionId, discussion.id, { text: 'B' }, T0 + 1)).card;
    const c = (await addCard(db, sessionId, discussion.id, { text: 'C' }, T0 + 2)).card;
    const { theme } = await addTheme(db, sessionId, discussion.id, 'Theme');
    await moveCard(db, a.id, theme.id, null);
    await moveCard(db, b.id, theme.id, null);
    const move = await moveCard(db, c.id, theme.id, 0);
    const inTheme = async () => groupCardsByTheme(await cards(), [theme])[0]!.cards.map((x) => x.text);
    expect(await inTheme()).toEqual(['C', 'A', 'B']);
    await applyDiscussionPatch(db, sessionId, move!.undo);
    expect(await inTheme()).toEqual(['A', 'B']);
    await expect(moveCard(db, a.id, crypto.randomUUID(), null)).rejects.toBeInstanceOf(ConflictError);
  });

  it('renames with validation, deletes a theme (its cards become unthemed) and undoes the delete', async () => {
    const { card } = await addCard(db, sessionId, discussion.id, { text: 'A' });
    const { theme } = await addTheme(db, sessionId, discussion.id, 'Mony');
    await moveCard(db, card.id, theme.id, null);
    await renameTheme(db, theme.id, 'Money');
    await expect(renameTheme(db, theme.id, '  ')).rejects.toMatchObject({ fieldErrors: { name: 'Theme name is required' } });
    await expect(addTheme(db, sessionId, discussion.id, '')).rejects.toBeInstanceOf(ValidationError);
    expect((await themes()).map((t) => t.name)).toEqual(['Money']);

    const removal = await deleteTheme(db, theme.id);
    expect(await themes()).toEqual([]);
    expect((await cards())[0]?.themeId).toBeNull();
    await applyDiscussionPatch(db, sessionId, removal.undo);
    expect((await themes()).map((t) => t.name)).toEqual(['Money']);
    expect((await cards())[0]?.themeId).toBe(theme.id);
  });

  it('undoing the creation of a theme releases the cards put into it since', async () => {
    const { card } = await addCard(db, sessionId, discussion.id, { text: 'A' });
    const { theme, change } = await addTheme(db, sessionId, discussion.id, 'Short-lived');
    await moveCard(db, card.id, theme.id, null);
    await applyDiscussionPatch(db, sessionId, change.undo);
    expect(await themes()).toEqual([]);
    expect((await cards())[0]?.themeId).toBeNull();
  });

  it('refuses a patch holding another session’s records', async () => {
    const other = await createSession(db, template, T0);
    const { card } = await addCard(db, sessionId, discussion.id, { text: 'A' });
    await expect(applyDiscussionPatch(db, other.id, { putCards: [card] })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('undo and redo over 20 changes', () => {
  it('walks back and forward through the last 20 changes through the undo stack', async () => {
    let stack: UndoStack<DiscussionPatch> = createUndoStack(50);
    const snapshots: string[][] = [];
    const texts = async () => (await cards()).map((c) => `${c.text}:${c.votes}`);
    snapshots.push(await texts());
    for (let i = 0; i < 10; i++) {
      const { card, change } = await addCard(db, sessionId, discussion.id, { text: `Card ${i}` }, T0 + i);
      stack = push(stack, change);
      snapshots.push(await texts());
      stack = push(stack, (await setCardVotes(db, card.id, i + 1, T0 + i))!);
      snapshots.push(await texts());
    }
    for (let i = 20; i > 0; i--) {
      const step = undo(stack)!;
      stack = step.stack;
      await applyDiscussionPatch(db, sessionId, step.op);
      expect(await texts()).toEqual(snapshots[i - 1]);
    }
    expect(await cards()).toEqual([]);
    for (let i = 1; i <= 20; i++) {
      const step = redo(stack)!;
      stack = step.stack;
      await applyDiscussionPatch(db, sessionId, step.op);
      expect(await texts()).toEqual(snapshots[i]);
    }
  });
});
