import type { WebPreferences } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * The webPreferences of windows that never call the host (projector, print windows): isolated,
 * sandboxed, no Node and no preload, so no bridge at all. `satisfies` keeps the literal types so
 * tests (and readers) see the exact values.
 */
export function bridgelessWebPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const satisfies WebPreferences;
}

/** The console's webPreferences: the same, plus the preload that exposes the typed bridge. */
export function secureWebPreferences(preloadPath: string) {
  return { ...bridgelessWebPreferences(), preload: preloadPath } as const satisfies WebPreferences;
}

/** The navigation events' first argument (Electron passes more, deprecated, positional ones). */
export interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

export interface PreventableEventLike {
  preventDefault(): void;
}

/** The parts of Electron's WebContents that hardening touches; the real WebContents satisfies it. */
export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's Session that hardening touches. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

const hardened = new WeakSet<WebContentsLike>();

/**
 * Locks a webContents to the app: it can only navigate within `app://cocreate`, can never open
 * windows (the host opens the projector window itself) and can never attach a <webview>.
 * Called for every webContents through `app.on('web-contents-created')`.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  // Windows harden their own contents and `web-contents-created` hardens every contents: once is enough.
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const keepInsideApp = (event: NavigationEventLike) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', keepInsideApp);
  contents.on('will-redirect', keepInsideApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The app needs no web permission (camera, notifications, geolocation, clipboard-read…), so every
 * request is refused and every check answers "no".
 */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
