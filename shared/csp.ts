/** One Content-Security-Policy for the Electron app and the web server: no remote anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

/** The app's own origin in Electron. Fixed forever: IndexedDB data lives under it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cocreate';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
