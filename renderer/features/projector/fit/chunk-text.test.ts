import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk-text';

describe('chunkText', () => {
  it('keeps short paragraphs whole and marks where each starts', () => {
    expect(chunkText('One short paragraph.\n\nAnother one.')).toEqual([
      { text: 'One short paragraph.', paragraphStart: true },
      { text: 'Another one.', paragraphStart: true },
    ]);
  });

  it('loses no word, keeps the order and bounds every piece', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}[.!?]?$/), { maxLength: 400 }), (words) => {
        const text = words.join(' ');
        const pieces = chunkText(text, 80);
        expect(pieces.map((p) => p.text).join(' ').split(' ').filter(Boolean)).toEqual(words);
        for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
