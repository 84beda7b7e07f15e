import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { NavigationEventLike } from './security';
import { APP_WINDOW_TITLE, CONSOLE_URL, createConsoleWindow, type AppWindowLike } from './windows';
import { HARDENED_WEB_PREFERENCES } from './test-support/hardened-preferences';

function fakeWindowClass(loadResult: () => Promise<void> = async () => {}) {
  const created: FakeWindow[] = [];
  class FakeWindow implements AppWindowLike {
    readonly options: BrowserWindowConstructorOptions;
    readonly loaded: string[] = [];
    shown = 0;
    readonly listeners = new Map<string, Array<(event: NavigationEventLike) => void>>();
    private readyListeners: Array<() => void> = [];
    openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
    readonly webContents = {
      on: (event: string, listener: (event: NavigationEventLike) => void) => {
        this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
        return this.webContents;
      },
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
        this.openHandler = handler;
      },
    };
    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options;
      created.push(this);
    }
    once(_event: 'ready-to-show', listener: () => void) {
      this.readyListeners.push(listener);
      return this;
    }
    emitReady() {
      for (const listener of this.readyListeners.splice(0)) listener();
    }
    show() {
      this.shown++;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return loadResult();
    }
  }
  return { FakeWindow, created };
}

describe('createConsoleWindow', () => {
  it('creates a hidden, secure, titled window on the app origin and shows it when ready', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    const window = createConsoleWindow({ BrowserWindow: FakeWindow, preloadPath: '/app/dist/electron/preload.cjs' });
    expect(created).toEqual([window]);
    expect(window.options).toMatchObject({ title: APP_WINDOW_TITLE, show: false, minWidth: 960, minHeight: 600 });
    expect(window.options.webPreferences).toEqual({ ...HARDENED_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs' });
    expect(window.loaded).toEqual(['app://cocreate/index.html']);
    expect(CONSOLE_URL).toBe('app://cocreate/index.html');
    expect(window.shown).toBe(0);
    window.emitReady();
    expect(window.shown).toBe(1);
  });

  it('hardens its webContents', () => {
    const { FakeWindow } = fakeWindowClass();
    const window = createConsoleWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs' });
    expect([...window.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(window.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('shows the window and reports the error when the page cannot load', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    const { FakeWindow } = fakeWindowClass(() => Promise.reject(failure));
    const reported: unknown[] = [];
    const window = createConsoleWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs', onLoadError: (e) => reported.push(e) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reported).toEqual([failure]);
    expect(window.shown).toBe(1);
  });
});
