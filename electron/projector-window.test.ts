import { describe, expect, it } from 'vitest';
import { chooseProjectorDisplay, createProjectorController, projectorUrl, projectorWindowOptions, type DisplayLike, type ProjectorWindowLike, type ScreenLike } from './projector-window';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projectorDisplay: DisplayLike = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const SESSION = '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const OTHER = '7f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function fakeScreen(displays: DisplayLike[]): ScreenLike {
  return { getAllDisplays: () => displays, getDisplayMatching: (rect) => displays.find((d) => d.bounds.x <= rect.x && rect.x < d.bounds.x + d.bounds.width) ?? displays[0]! };
}

class FakeWindow implements ProjectorWindowLike {
  static created: FakeWindow[] = [];
  destroyed = false;
  fullScreen = false;
  shown = false;
  urls: string[] = [];
  private listeners = new Map<string, () => void>();
  readonly webContents = {
    handlers: [] as string[],
    on(event: string) {
      this.handlers.push(event);
      return this;
    },
    setWindowOpenHandler() {
      this.handlers.push('window-open');
    },
  };
  constructor(readonly options: Record<string, unknown>) {
    FakeWindow.created.push(this);
  }
  loadURL(url: string) {
    this.urls.push(url);
    this.listeners.get('ready-to-show')?.();
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroyed = true;
    this.listeners.get('closed')?.();
  }
  show() {
    this.shown = true;
  }
  focus() {}
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
}

describe('projector window', () => {
  it('chooses the display the console is not on', () => {
    expect(chooseProjectorDisplay(fakeScreen([laptop, projectorDisplay]), laptop.bounds)).toEqual({ display: projectorDisplay, displays: 2 });
    expect(chooseProjectorDisplay(fakeScreen([laptop, projectorDisplay]), { x: 1500, y: 10, width: 800, height: 600 }).display).toEqual(laptop);
  });

  it('reports one display (mirrored) so the console can warn that the room sees it', () => {
    expect(chooseProjectorDisplay(fakeScreen([laptop]), laptop.bounds)).toEqual({ display: null, displays: 1 });
  });

  it('opens full screen on the external display, with the secure preferences', () => {
    const options = projectorWindowOptions('/p.cjs', projectorDisplay);
    expect(options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(projectorWindowOptions('/p.cjs', null)).toMatchObject({ fullscreen: false, width: 1024 });
  });

  it('toggles one hardened window that loads the projector route, and follows a new session', async () => {
    FakeWindow.created = [];
    const controller = createProjectorController({
      BrowserWindow: FakeWindow as never,
      screen: fakeScreen([laptop, projectorDisplay]),
      preloadPath: '/p.cjs',
      consoleBounds: () => laptop.bounds,
    });
    expect(await controller.toggle(SESSION)).toEqual({ open: true, sessionId: SESSION, displays: 2, external: true });
    const window = FakeWindow.created[0]!;
    expect(window.urls).toEqual([projectorUrl(SESSION)]);
    expect(projectorUrl(SESSION)).toBe(`app://cocreate/index.html#/projector/${SESSION}`);
    expect(window.fullScreen).toBe(true);
    expect(window.webContents.handlers).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'window-open']));

    await controller.open(OTHER);
    expect(FakeWindow.created).toHaveLength(1);
    expect(window.urls.at(-1)).toBe(projectorUrl(OTHER));

    expect(await controller.toggle(OTHER)).toMatchObject({ open: false, sessionId: null });
    expect(window.destroyed).toBe(true);
  });

  it('notices when the facilitator closed the window by hand', async () => {
    FakeWindow.created = [];
    const controller = createProjectorController({ BrowserWindow: FakeWindow as never, screen: fakeScreen([laptop]), preloadPath: '/p.cjs', consoleBounds: () => null });
    const opened = await controller.open(SESSION);
    expect(opened).toMatchObject({ open: true, external: false, displays: 1 });
    FakeWindow.created[0]!.close();
    expect(controller.status().open).toBe(false);
  });
});
