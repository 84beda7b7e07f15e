import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shorten } from './shorten';

describe('shorten', () => {
  it('keeps short text whole, on one line', () => {
    expect(shorten('  Pay   student\nambassadors ', 80)).toBe('Pay student ambassadors');
  });

  it('cuts long text at a word boundary and ends it with an ellipsis', () => {
    expect(shorten('Bursaries are hard to find on the website', 20)).toBe('Bursaries are hard\u2026');
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali\u2026');
  });

  it('never goes over the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        const short = shorten(text, max);
        expect(short.length).toBeLessThanOrEqual(max);
        expect(short).not.toMatch(/\n/);
      }),
    );
  });
});
