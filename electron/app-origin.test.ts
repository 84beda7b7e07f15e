import { describe, expect, it } from 'vitest';
import { isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it('accepts app://cocreate with any path, query or hash', () => {
    expect(isAppUrl('app://cocreate/index.html#/session/1')).toBe(true);
    expect(isAppUrl('app://cocreate/?projector=1')).toBe(true);
    expect(isAppUrl('app://cocreate')).toBe(true);
  });

  it('refuses every other origin and lookalike', () => {
    for (const url of [
      'app://user@cocreate/',
      'app://cocreate:8080/',
      'app://cocreate.evil/',
      'app://other/',
      'https://cocreate/',
      'file:///app/index.html',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
