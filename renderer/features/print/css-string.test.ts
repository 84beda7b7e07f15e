import { describe, it, expect } from 'vitest';
import { cssString } from './css-string';

describe('cssString', () => {
  it('quotes text and escapes quotes and backslashes', () => {
    expect(cssString('Spring Roadshow · North')).toBe('"Spring Roadshow · North"');
    expect(cssString('The "big" one \\ again')).toBe('"The \\"big\\" one \\\\ again"');
  });

  it('turns line breaks into spaces, which a CSS string cannot hold unescaped', () => {
    expect(cssString('a\nb\r\nc')).toBe('"a b c"');
  });
});
