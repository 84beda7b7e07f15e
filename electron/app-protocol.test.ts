import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_SCHEME_PRIVILEGES, contentTypeFor, createAppRequestHandler, registerAppScheme, type ReadFile } from './app-protocol';

const root = path.resolve('/srv/app/renderer');
const files = new Map<string, string>([
  [path.join(root, 'index.html'), '<!doctype html><title>Co-Create Studio</title>'],
  [path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)'],
  [path.join(root, 'assets', 'index-abc123.css'), 'body{}'],
  [path.join(root, 'assets', 'atkinson.woff2'), 'woff2'],
  [path.join(root, 'assets', 'logo.svg'), '<svg/>'],
  [path.resolve('/srv/app/secret.txt'), 'top secret'],
  [path.resolve('/srv/app/renderer-evil/x.txt'), 'sibling'],
]);

function fakeReadFile(): { readFile: ReadFile; reads: string[] } {
  const reads: string[] = [];
  const readFile: ReadFile = async (filePath) => {
    reads.push(filePath);
    const text = files.get(filePath);
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${filePath}'`), { code: 'ENOENT' });
    }
    return new TextEncoder().encode(text);
  };
  return { readFile, reads };
}

const get = (url: string, method = 'GET') => {
  const { readFile, reads } = fakeReadFile();
  const handler = createAppRequestHandler(root, readFile);
  return handler(new Request(url, { method })).then((response) => ({ response, reads }));
};

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure, fetch-able scheme', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(registered).toEqual(APP_SCHEME_PRIVILEGES);
  });
});

describe('createAppRequestHandler', () => {
  it('serves index.html for the root with the CSP and nosniff headers', async () => {
    const { response } = await get('app://cocreate/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Co-Create Studio</title>');
  });

  it.each([
    ['app://cocreate/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://cocreate/assets/index-abc123.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://cocreate/assets/atkinson.woff2', 'font/woff2', 'woff2'],
    ['app://cocreate/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://cocreate/index.html?x=1#/session', 'text/html; charset=utf-8', '<!doctype html><title>Co-Create Studio</title>'],
  ])('serves %s as %s', async (url, type, body) => {
    const { response } = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe(body);
  });

  it('falls back to index.html for client-side routes', async () => {
    const { response } = await get('app://cocreate/sessions/abc/run');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Co-Create Studio');
  });

  it('answers 404 for a missing asset instead of serving HTML as script', async () => {
    const { response } = await get('app://cocreate/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    'app://cocreate/../secret.txt',
    'app://cocreate/%2e%2e/secret.txt',
    'app://cocreate/assets/%2E%2E/%2E%2E/secret.txt',
    'app://cocreate/..%2fsecret.txt',
    'app://cocreate/..%5csecret.txt',
    'app://cocreate/assets/..%5c..%5csecret.txt',
    'app://cocreate/%2e%2e/renderer-evil/x.txt',
    'app://cocreate/C:%5cWindows%5cwin.ini',
    'app://cocreate/index.html%00.png',
    'app://cocreate/%E0%A4%A',
  ])('rejects traversal %s with 404 and never reads outside the root', async (url) => {
    const { response, reads } = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    for (const read of reads) expect(read.startsWith(root + path.sep)).toBe(true);
  });

  it.each(['app://other/index.html', 'app://cocreate.evil/index.html', 'https://cocreate/index.html', 'file:///srv/app/renderer/index.html'])(
    'rejects %s (other host or scheme) with 404',
    async (url) => {
      const { response, reads } = await get(url);
      expect(response.status).toBe(404);
      expect(reads).toEqual([]);
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://cocreate/index.html', 'HEAD');
    expect(head.response.status).toBe(200);
    expect(await head.response.text()).toBe('');
    const post = await get('app://cocreate/index.html', 'POST');
    expect(post.response.status).toBe(405);
  });

  it('reports read failures other than "missing" as 500', async () => {
    const handler = createAppRequestHandler(root, async () => {
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    });
    const original = console.error;
    console.error = () => {};
    try {
      const response = await handler(new Request('app://cocreate/index.html'));
      expect(response.status).toBe(500);
    } finally {
      console.error = original;
    }
  });
});

describe('contentTypeFor', () => {
  it('knows common types and falls back to octet-stream', () => {
    expect(contentTypeFor('a/b/C.PNG')).toBe('image/png');
    expect(contentTypeFor('x.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});
