/** A CSS string literal, for a `content:` value set through the CSSOM (the CSP allows no inline styles). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}
