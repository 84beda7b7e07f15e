import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, secureWebPreferences, type NavigationEventLike, type SessionLike, type WebContentsLike } from './security';
import { HARDENED_WEB_PREFERENCES } from './test-support/hardened-preferences';

function fakeWebContents() {
  const listeners = new Map<string, Array<(event: NavigationEventLike) => void>>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: WebContentsLike = {
    on(event: string, listener: (event: NavigationEventLike) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Emits `name` like Electron does and reports whether a listener prevented it. */
  const emit = (name: string, url = '') => {
    let prevented = false;
    const event = { url, preventDefault: () => void (prevented = true) };
    for (const listener of listeners.get(name) ?? []) listener(event);
    return prevented;
  };
  return { contents, emit, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node, webviews and spellcheck', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toEqual({ ...HARDENED_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs' });
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s allows the app origin only', (eventName) => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit(eventName, 'app://cocreate/index.html#/projector')).toBe(false);
    expect(emit(eventName, 'app://cocreate/')).toBe(false);
    for (const url of ['https://evil.example/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'data:text/html,hi']) {
      expect(emit(eventName, url), url).toBe(true);
    }
  });

  it('denies every window.open', () => {
    const { contents, openWindow } = fakeWebContents();
    hardenWebContents(contents);
    expect(openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(openWindow('app://cocreate/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents attaching webviews', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('hardens a webContents once however often it is asked', () => {
    const { contents } = fakeWebContents();
    const counted: string[] = [];
    const counting: WebContentsLike = {
      on: (event: string, listener: (event: NavigationEventLike) => void) => (counted.push(event), contents.on(event as 'will-navigate', listener)),
      setWindowOpenHandler: (handler) => (counted.push('open'), contents.setWindowOpenHandler(handler)),
    };
    hardenWebContents(counting);
    hardenWebContents(counting);
    expect(counted).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview', 'open']);
  });

  it('leaves navigation alone until hardened (the fake really reports prevention)', () => {
    const { emit } = fakeWebContents();
    expect(emit('will-navigate', 'https://evil.example/')).toBe(false);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    let requestHandler: Parameters<SessionLike['setPermissionRequestHandler']>[0] | null = null;
    let checkHandler: Parameters<SessionLike['setPermissionCheckHandler']>[0] | null = null;
    hardenSession({
      setPermissionRequestHandler: (handler) => void (requestHandler = handler),
      setPermissionCheckHandler: (handler) => void (checkHandler = handler),
    });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const answers: boolean[] = [];
      requestHandler!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(checkHandler!({}, permission), permission).toBe(false);
    }
  });
});
