import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../shared/csp';
import { hardenWebContents, secureWebPreferences, type WebContentsLike } from './security';

export const CONSOLE_URL = `${APP_ORIGIN}/index.html`;
export const APP_WINDOW_TITLE = 'Co-Create Studio';

/** The parts of Electron's BrowserWindow used to open the console. */
export interface AppWindowLike {
  readonly webContents: WebContentsLike;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export function consoleWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: APP_WINDOW_TITLE,
    width: 1280,
    height: 800,
    // Small enough for a 1366×768 laptop with a task bar, large enough for the activity grids.
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so the facilitator never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export interface ConsoleWindowDeps<W> {
  BrowserWindow: WindowConstructor<W>;
  preloadPath: string;
  /** Told when the app page cannot be loaded (the window is shown anyway, so the failure is visible). */
  onLoadError?: (error: unknown) => void;
}

/** Opens the facilitator console on `app://cocreate/index.html`. */
export function createConsoleWindow<W extends AppWindowLike>(deps: ConsoleWindowDeps<W>): W {
  const window = new deps.BrowserWindow(consoleWindowOptions(deps.preloadPath));
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.loadURL(CONSOLE_URL).catch((error: unknown) => {
    (deps.onLoadError ?? ((e: unknown) => console.error('Could not load the console:', e)))(error);
    window.show();
  });
  return window;
}
