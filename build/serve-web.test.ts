import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
// @ts-expect-error: plain .mjs build script without type declarations
import { CONTENT_SECURITY_POLICY as SERVER_CSP, DEFAULT_PORT, resolvePort, startWebServer } from './serve-web.mjs';
import * as dataApi from './web-data-api';

const tempDataDir = () => mkdtempSync(path.join(tmpdir(), 'cocreate-web-'));

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
    const server = (await startWebServer({ port: 0, dataDir: tempDataDir(), dataApi })) as { url: string; close(): Promise<void> };
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

  it('hands the page a per-launch secret and answers only to its own host names', async () => {
    const root = new URL('../dist/renderer/', import.meta.url);
    mkdirSync(root, { recursive: true });
    const indexExists = (() => {
      try {
        return readFileSync(new URL('index.html', root), 'utf8').length > 0;
      } catch {
        return false;
      }
    })();
    if (!indexExists) writeFileSync(new URL('index.html', root), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    const first = (await startWebServer({ port: 0, dataDir: tempDataDir(), dataApi })) as { url: string; close(): Promise<void> };
    const second = (await startWebServer({ port: 0, dataDir: tempDataDir(), dataApi })) as { url: string; close(): Promise<void> };
    try {
      const tokenOf = async (url: string) => /name="cocreate-server-token" content="([0-9a-f]{64})"/.exec(await (await fetch(url)).text())?.[1];
      const a = await tokenOf(first.url);
      expect(a).toMatch(/^[0-9a-f]{64}$/);
      expect(await tokenOf(second.url)).not.toBe(a);
      const port = new URL(first.url).port;
      // fetch() cannot fake Host; a raw request can, as a DNS-rebinding page would.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: Number(port), path: '/', headers: { Host: `evil.example:${port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(421);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
