/**
 * Text on one line, at most `max` characters: runs of white space become one space, and longer
 * text is cut at a word boundary (unless that loses more than half) and ends with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
