import directives from './csp-directives.json';

/**
 * One Content-Security-Policy for the Electron app and the web server (which reads the same JSON
 * file): no remote anything, no inline script.
 */
export const CONTENT_SECURITY_POLICY = directives.join('; ');

/** The app's own origin in Electron. Fixed forever: IndexedDB data lives under it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cocreate';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
