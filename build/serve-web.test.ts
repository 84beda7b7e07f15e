import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
// @ts-expect-error: plain .mjs build script without type declarations
import { CONTENT_SECURITY_POLICY as SERVER_CSP, DEFAULT_PORT, resolvePort, startWebServer } from './serve-web.mjs';

describe('web server', () => {
  it('sends the same CSP as the Electron app, with nothing remote or inline', () => {
    expect(SERVER_CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('uses a fixed default port, overridable by COCREATE_PORT', () => {
    expect(resolvePort({})).toBe(DEFAULT_PORT);
    expect(resolvePort({ COCREATE_PORT: '5000' })).toBe(5000);
    expect(() => resolvePort({ COCREATE_PORT: 'abc' })).toThrow(/COCREATE_PORT/);
  });

  it('serves files with the CSP header on loopback and refuses path traversal', async () => {
    const root = new URL('../dist/renderer/', import.meta.url);
    mkdirSync(root, { recursive: true });
    writeFileSync(new URL('serve-web-test.txt', root), 'hello');
    const server = (await startWebServer({ port: 0 })) as { url: string; close(): Promise<void> };
    try {
      // port 0 picks a free port; read it back from the URL
      const res = await fetch(new URL('serve-web-test.txt', server.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).toBe('hello');
      const traversal = await fetch(new URL('/..%2f..%2fpackage.json', server.url));
      expect(traversal.status).toBe(404);
      expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
