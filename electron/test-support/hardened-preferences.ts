/**
 * What every window's webPreferences must be, written out by hand (not imported from security.ts) so the
 * tests of the console, projector and security modules check the real values against one expectation.
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;
