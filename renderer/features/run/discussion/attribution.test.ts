import { describe, expect, it } from 'vitest';
import { attributionValue, parseAttribution, shortText } from './attribution';

describe('card attribution in one select', () => {
  it('round-trips nobody, a delegate and a unit', () => {
    for (const card of [
      { delegateId: null, unitId: null },
      { delegateId: 'a2d4c1e0-0000-4000-8000-000000000001', unitId: null },
      { delegateId: null, unitId: 'a2d4c1e0-0000-4000-8000-000000000002' },
    ]) {
      expect(parseAttribution(attributionValue(card))).toEqual(card);
    }
  });

  it('treats anything unknown as nobody', () => {
    expect(parseAttribution('x:123')).toEqual({ delegateId: null, unitId: null });
  });
});

describe('shortText', () => {
  it('keeps short text and shortens long text with an ellipsis', () => {
    expect(shortText('Short')).toBe('Short');
    const long = 'A very long card text that goes on and on about the union';
    expect(shortText(long).length).toBeLessThanOrEqual(40);
    expect(shortText(long)).toBe('A very long card text that goes on and…');
    expect(shortText(long).endsWith('…')).toBe(true);
  });
});
