import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../shared/csp';
import mimeTypes from '../shared/mime-types.json';

/**
 * `app://` is standard (real origin, so IndexedDB and relative URLs work), secure (treated like
 * https) and fetch-able. Electron only accepts this before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

export interface ProtocolRegistrarLike {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
}

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: ProtocolRegistrarLike): void {
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
}

/** Reads a whole file; rejects with a Node-style `code` (ENOENT…) when it is missing. */
export type ReadFile = (absolutePath: string) => Promise<Uint8Array>;

// One list for the app:// scheme and the web fallback server (build/serve-web.mjs reads it too).
const MIME_TYPES: Readonly<Record<string, string>> = mimeTypes;

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

const notFound = () => textResponse(404, 'Not found');

/**
 * URL path → path segments, or null when any segment could step outside the root
 * (`..`, encoded slashes or backslashes, NUL, drive letters).
 */
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isNotFoundError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Serves the built renderer (`rootDir`, i.e. dist/renderer) on `app://cocreate/…` with the app's
 * CSP. `/` is index.html; a missing path without a file extension is a client-side route and gets
 * index.html too; a missing asset is a 404; anything outside `rootDir` or on another host is a 404.
 */
export function createAppRequestHandler(rootDir: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  const indexPath = path.join(root, 'index.html');

  const serve = async (filePath: string, method: string): Promise<Response> => {
    const body = await readFile(filePath);
    const headers = { ...securityHeaders(), 'Content-Type': contentTypeFor(filePath), 'Cache-Control': 'no-cache' };
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers });
  };

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');

    const segments = safeSegments(url.pathname);
    if (segments === null) return notFound();
    const filePath = segments.length === 0 ? indexPath : path.join(root, ...segments);
    const relative = path.relative(root, filePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return notFound();

    try {
      return await serve(filePath, request.method);
    } catch (error) {
      if (!isNotFoundError(error)) {
        console.error(`app:// could not read ${filePath}:`, error);
        return textResponse(500, 'Could not read the file');
      }
    }
    const last = segments[segments.length - 1] ?? '';
    if (path.extname(last) !== '') return notFound();
    try {
      return await serve(indexPath, request.method);
    } catch (error) {
      if (isNotFoundError(error)) return notFound();
      console.error(`app:// could not read ${indexPath}:`, error);
      return textResponse(500, 'Could not read the file');
    }
  };
}
