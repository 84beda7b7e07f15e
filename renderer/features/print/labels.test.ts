import { describe, it, expect } from 'vitest';
import { describeActionLink, formatChange, formatDifference, formatDuration, formatShare } from './labels';
import { getBuiltInTemplate } from '../../../shared/templates';
import { mappingPhaseOf } from '../../../shared/template/agenda';

describe('print labels', () => {
  it('formats durations and differences to the second', () => {
    expect(formatDuration(8 * 60_000)).toBe('8 min');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(8 * 60_000 + 30_400)).toBe('8 min 30 s');
    expect(formatDifference(90_000)).toBe('+1 min 30 s');
    expect(formatDifference(-60_000)).toBe('\u22121 min');
    expect(formatDifference(400)).toBe('on time');
  });

  it('formats shares and changes, with a dash when nobody answered', () => {
    expect(formatShare(0.625)).toBe('63%');
    expect(formatShare(null)).toBe('\u2013');
    expect(formatChange(0.25)).toBe('+25 points');
    expect(formatChange(-0.01)).toBe('\u22121 point');
    expect(formatChange(0)).toBe('no change');
    expect(formatChange(null)).toBe('\u2013');
  });

  it('describes what an action is linked to', () => {
    const mapping = mappingPhaseOf(getBuiltInTemplate('students-union-co-creation')!);
    const channels = [{ id: 'c1', name: 'Surveys' }];
    const cards = [{ id: 'k1', text: 'Pay students' }];
    expect(describeActionLink({ link: { kind: 'gap', columnId: 'col-unofficial', rowId: 'row-access' } }, mapping, channels, cards)).toBe(
      'Gap: Unofficial engagement \u00d7 Access',
    );
    expect(describeActionLink({ link: { kind: 'channel', channelId: 'c1' } }, mapping, channels, cards)).toBe('Channel: Surveys');
    expect(describeActionLink({ link: { kind: 'card', cardId: 'k1' } }, mapping, channels, cards)).toBe('Discussion point: Pay students');
    expect(describeActionLink({ link: { kind: 'card', cardId: 'gone' } }, mapping, channels, cards)).toBe('');
    expect(describeActionLink({ link: null }, mapping, channels, cards)).toBe('');
  });
});
