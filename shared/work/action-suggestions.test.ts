import { describe, expect, it } from 'vitest';
import { validateActionInput } from './action-input';
import { adoptSuggestion, linkKey, suggestActions, type SuggestActionsInput } from './action-suggestions';
import {
  makeAction,
  makeCard,
  makeChannel,
  makeEntry,
  partnershipActionPlan,
  partnershipMapping,
  SESSION_ID,
  unionActionPlan,
  unionMapping,
  uuid,
} from '../test-support/work-fixtures';

const UNIT = uuid(1);
const base: SuggestActionsInput = {
  mapping: unionMapping,
  actionPlan: unionActionPlan,
  unitEntries: [],
  cards: [],
  channels: [],
  existingActions: [],
};

/** Fills every cell of the union map with one strong entry, except the cells listed. */
function strongMapExcept(...skip: string[]) {
  return unionMapping.rows.flatMap((row) =>
    unionMapping.columns
      .filter((column) => !skip.includes(`${column.id}:${row.id}`))
      .map((column) => makeEntry({ unitId: UNIT, columnId: column.id, rowId: row.id, strengthId: 'co-created' })),
  );
}

describe('suggestActions from gaps', () => {
  it('drafts one action per cell of an empty map, row by row', () => {
    const drafts = suggestActions(base);
    expect(drafts).toHaveLength(9);
    expect(drafts.map((d) => d.key).slice(0, 4)).toEqual(['gap:inst-gov:access', 'gap:su-gov:access', 'gap:unofficial:access', 'gap:inst-gov:success']);
    expect(drafts.every((d) => d.link.kind === 'gap')).toBe(true);
  });

  it('names the cell in words, with the stage as the row', () => {
    const draft = suggestActions(base).find((d) => d.key === 'gap:su-gov:success');
    expect(draft).toEqual({
      key: 'gap:su-gov:success',
      what: "Strengthen engagement through official governance of the students' union at the success stage",
      why: "A gap on our map: nothing yet for official governance of the students' union at the success stage.",
      link: { kind: 'gap', columnId: 'su-gov', rowId: 'success' },
      stageId: 'success',
    });
  });

  it('produces nothing for a map that is strong everywhere', () => {
    expect(suggestActions({ ...base, unitEntries: strongMapExcept() })).toEqual([]);
  });

  it('drafts one action for a weak cell whose entries are all below the bar', () => {
    const unitEntries = [
      ...strongMapExcept('unofficial:progression'),
      makeEntry({ unitId: UNIT, columnId: 'unofficial', rowId: 'progression', strengthId: 'informed' }),
      makeEntry({ unitId: UNIT, columnId: 'unofficial', rowId: 'progression', strengthId: 'informed' }),
    ];
    const drafts = suggestActions({ ...base, unitEntries });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      key: 'gap:unofficial:progression',
      stageId: 'progression',
      why: 'A gap on our map: what we have for unofficial engagement at the progression stage is below “Consulted”.',
    });
  });

  it('leaves out gaps already adopted', () => {
    const existingActions = [makeAction({ unitId: UNIT, link: { kind: 'gap', columnId: 'inst-gov', rowId: 'access' } })];
    const keys = suggestActions({ ...base, existingActions }).map((d) => d.key);
    expect(keys).toHaveLength(8);
    expect(keys).not.toContain('gap:inst-gov:access');
  });

  it('has no gap drafts without a mapping phase', () => {
    expect(suggestActions({ ...base, mapping: undefined })).toEqual([]);
  });

  it('works with the partnership template axes and its own words', () => {
    const drafts = suggestActions({
      ...base,
      mapping: partnershipMapping,
      actionPlan: partnershipActionPlan,
      unitEntries: [makeEntry({ unitId: UNIT, columnId: 'strategic', rowId: 'university', strengthId: 'partnership' })],
    });
    expect(drafts).toHaveLength(20);
    expect(drafts.map((d) => d.key)).not.toContain('gap:strategic:university');
    expect(drafts[0]).toMatchObject({
      what: 'Strengthen engagement through teaching activities at the programme level',
      stageId: 'programme',
    });
  });
});

describe('suggestActions from cards and channels', () => {
  const strong = strongMapExcept();

  it('drafts action candidates, most votes first, and ignores other cards', () => {
    const cards = [
      makeCard({ text: 'Pay student reps for their time', votes: 2 }),
      makeCard({ text: 'Not a candidate', votes: 9, actionCandidate: false }),
      makeCard({ text: 'Share WP data with the union', votes: 5 }),
    ];
    const drafts = suggestActions({ ...base, unitEntries: strong, cards });
    expect(drafts.map((d) => d.what)).toEqual(['Share WP data with the union', 'Pay student reps for their time']);
    expect(drafts[0]).toEqual({
      key: `card:${cards[2]!.id}`,
      what: 'Share WP data with the union',
      why: 'Raised in the room discussion.',
      link: { kind: 'card', cardId: cards[2]!.id },
      stageId: null,
    });
  });

  it('shortens a long card to fit an action and keeps the full text in why', () => {
    const text = `${'word '.repeat(99)}end`;
    const [draft] = suggestActions({ ...base, unitEntries: strong, cards: [makeCard({ text })] });
    expect(draft!.what.length).toBeLessThanOrEqual(300);
    expect(draft!.what.endsWith('…')).toBe(true);
    expect(draft!.why).toContain(text);
  });

  it('drafts from channels with an idea for union support', () => {
    const channels = [
      makeChannel({ unitId: UNIT, name: 'Ambassadors', unionSupport: 'Recruit through societies' }),
      makeChannel({ unitId: UNIT, name: 'Surveys', unionSupport: '  ' }),
    ];
    const drafts = suggestActions({ ...base, unitEntries: strong, channels });
    expect(drafts).toEqual([
      {
        key: `channel:${channels[0]!.id}`,
        what: 'Ambassadors: Recruit through societies',
        why: 'Builds on a channel we already use: Ambassadors.',
        link: { kind: 'channel', channelId: channels[0]!.id },
        stageId: null,
      },
    ]);
  });

  it('leaves out adopted cards and channels', () => {
    const card = makeCard({ text: 'Joint WP week' });
    const channel = makeChannel({ unitId: UNIT, name: 'Podcast', unionSupport: 'Co-host' });
    const existingActions = [
      makeAction({ unitId: UNIT, link: { kind: 'card', cardId: card.id } }),
      makeAction({ unitId: UNIT, link: { kind: 'channel', channelId: channel.id } }),
      makeAction({ unitId: UNIT, link: null }),
    ];
    expect(suggestActions({ ...base, unitEntries: strong, cards: [card], channels: [channel], existingActions })).toEqual([]);
  });

  it('keeps keys unique and equal to linkKey', () => {
    const drafts = suggestActions({ ...base, cards: [makeCard({ text: 'A' }), makeCard({ text: 'B' })] });
    expect(new Set(drafts.map((d) => d.key)).size).toBe(drafts.length);
    expect(drafts.every((d) => d.key === linkKey(d.link))).toBe(true);
  });
});

describe('adoptSuggestion', () => {
  it('returns a pre-filled form input that still needs an owner', () => {
    const [draft] = suggestActions(base);
    const form = adoptSuggestion(draft!, { sessionId: SESSION_ID, unitId: UNIT, order: 4 });
    expect(form).toMatchObject({ sessionId: SESSION_ID, unitId: UNIT, order: 4 });
    expect(form.input).toMatchObject({ what: draft!.what, why: draft!.why, link: draft!.link, stageId: 'access', owner: '' });
    const context = { today: '2026-03-10', phase: unionActionPlan, mapping: unionMapping };
    const unsaved = validateActionInput(form.input, context);
    expect(!unsaved.ok && unsaved.errors).toEqual({ owner: 'Owner is required' });
    expect(validateActionInput({ ...form.input, owner: 'Sam' }, context).ok).toBe(true);
  });

  it('takes an owner when the caller has one', () => {
    const [draft] = suggestActions(base);
    expect(adoptSuggestion(draft!, { sessionId: SESSION_ID, unitId: UNIT, order: 0, owner: 'Table 3' }).input.owner).toBe('Table 3');
  });
});
