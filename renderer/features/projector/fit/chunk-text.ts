/**
 * Splits long text (a case study of up to 6,000 characters, a quiz explanation) into pieces that
 * can flow across columns and pages: paragraphs, then sentences, then words, each at most about
 * `max` characters. Joining the pieces of a paragraph with spaces gives the paragraph back.
 */
export function chunkText(text: string, max = 320): { text: string; paragraphStart: boolean }[] {
  const out: { text: string; paragraphStart: boolean }[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p !== '')) {
    let current = '';
    let first = true;
    const flush = () => {
      if (current === '') return;
      out.push({ text: current, paragraphStart: first });
      first = false;
      current = '';
    };
    for (const sentence of paragraph.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [paragraph]) {
      for (const word of sentence.trim().split(/\s+/).filter((w) => w !== '')) {
        if (current !== '' && current.length + 1 + word.length > max) flush();
        current = current === '' ? word : `${current} ${word}`;
      }
      if (current.length > max / 2) flush();
    }
    flush();
  }
  return out;
}
