import { describe, expect, it } from 'vitest';
import { mappingPhaseOf } from '../template/agenda';
import { getBuiltInTemplate } from '../templates';
import { describeActionLink, LINK_TEXT_MAX } from './action-links';

const mapping = mappingPhaseOf(getBuiltInTemplate('students-union-co-creation')!);
const channels = [{ id: 'c1', name: 'Surveys' }];
const cards = [
  { id: 'k1', text: 'Pay students' },
  { id: 'k2', text: 'Bursaries are hard to find: the page is three clicks deep, the form asks for evidence nobody has, and nobody tells you' },
];
const context = { mapping, channels, cards };

describe('describeActionLink', () => {
  it('describes what an action is linked to in one wording', () => {
    expect(describeActionLink({ kind: 'gap', columnId: 'col-unofficial', rowId: 'row-access' }, context)).toBe('Gap: Unofficial engagement \u00d7 Access');
    expect(describeActionLink({ kind: 'channel', channelId: 'c1' }, context)).toBe('Channel: Surveys');
    expect(describeActionLink({ kind: 'card', cardId: 'k1' }, context)).toBe('Discussion point: Pay students');
  });

  it('says nothing for no link or a deleted channel or card', () => {
    expect(describeActionLink({ kind: 'card', cardId: 'gone' }, context)).toBe('');
    expect(describeActionLink({ kind: 'channel', channelId: 'gone' }, context)).toBe('');
    expect(describeActionLink(null, context)).toBe('');
  });

  it('names a gap by its ids when the template no longer has the cell', () => {
    expect(describeActionLink({ kind: 'gap', columnId: 'old-col', rowId: 'row-access' }, context)).toBe('Gap: old-col \u00d7 Access');
    expect(describeActionLink({ kind: 'gap', columnId: 'c', rowId: 'r' }, { ...context, mapping: undefined })).toBe('Gap: c \u00d7 r');
  });

  it('shortens a long card at a word boundary, the same way everywhere', () => {
    const text = describeActionLink({ kind: 'card', cardId: 'k2' }, context);
    expect(text).toBe('Discussion point: Bursaries are hard to find: the page is three clicks deep, the form asks for\u2026');
    expect(text.length).toBeLessThanOrEqual('Discussion point: '.length + LINK_TEXT_MAX);
  });
});
