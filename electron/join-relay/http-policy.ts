/**
 * What every answer of the phone-facing server carries, and the checks every request passes first.
 * Phones reach it over plain HTTP on a shared network, so it trusts nothing: no cross-origin
 * access at all (CORS closed), no framing, no inline script, exact Host and Origin.
 */
import type { IncomingHttpHeaders } from 'node:http';

export const PHONE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
].join('; ');

/** The laptop's printable page for web mode: its own styles inline, and no script of any kind. */
export const DOCUMENT_CSP = ["default-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', 'font-src data:', "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", 'sandbox allow-modals'].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PHONE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cache-Control': 'no-store',
};

/** `host:port` as phones send it in the Host header (IPv6 in brackets). */
export function hostHeaderFor(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

export type RequestCheck = { ok: true } | { ok: false; status: number; reason: 'host' | 'origin' | 'content-type' | 'method' };

/**
 * Host must be the address the relay listens on (a foreign name resolving to it is DNS rebinding);
 * a browser's Origin, when sent, must be the relay's own; a POST must be JSON, which no plain
 * cross-site form can send, and preflights (OPTIONS) are refused, so no other site can call the API.
 */
export function checkRequest(method: string | undefined, headers: IncomingHttpHeaders, ownHost: string): RequestCheck {
  if (headers.host !== ownHost) return { ok: false, status: 421, reason: 'host' };
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${ownHost}`) return { ok: false, status: 403, reason: 'origin' };
  if (method === 'POST') {
    const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return { ok: false, status: 415, reason: 'content-type' };
  } else if (method !== 'GET' && method !== 'HEAD') {
    return { ok: false, status: 405, reason: 'method' };
  }
  return { ok: true };
}

/** The token from `Authorization: Bearer …`, or from `?token=` (EventSource sends no headers). */
export function tokenFrom(headers: IncomingHttpHeaders, query: URLSearchParams): string | null {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return query.get('token');
}
