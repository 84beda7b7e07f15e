import { ipcContract } from '../shared/ipc/contract';
import { describe, expect, it } from 'vitest';
import { chooseProjectorDisplay, createProjectorController, projectorUrl, projectorWindowOptions, type DisplayLike, type ProjectorWindowLike, type ScreenLike } from './projector-window';
import { HARDENED_WEB_PREFERENCES } from './test-support/hardened-preferences';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projectorDisplay: DisplayLike = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const SESSION = '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const OTHER = '7f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function fakeScreen(displays: DisplayLike[]): ScreenLike {
  return { getAllDisplays: () => displays, getDisplayMatching: (rect) => displays.find((d) => d.bounds.x <= rect.x && rect.x < d.bounds.x + d.bounds.width) ?? displays[0]! };
}

/** A BrowserWindow after Electron's docs: showInactive() shows without focus; show() would focus. */
class FakeWindow implements ProjectorWindowLike {
  static created: FakeWindow[] = [];
  /** What happened to windows and focus, in order, across the console and the projector. */
  static log: string[] = [];
  destroyed = false;
  fullScreen = false;
  simpleFullScreen = false;
  shown = false;
  urls: string[] = [];
  private listeners = new Map<string, () => void>();
  readonly webContents = {
    handlers: [] as string[],
    listeners: new Map<string, Array<(...args: never[]) => void>>(),
    reloads: 0,
    on(event: string, listener: (...args: never[]) => void) {
      this.handlers.push(event);
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event: string, listener: (...args: never[]) => void) {
      return this.on(event, listener);
    },
    reload() {
      this.reloads++;
    },
    isDestroyed: () => this.destroyed,
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
  showInactive() {
    this.shown = true;
    FakeWindow.log.push('projector shown inactive');
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
    FakeWindow.log.push(`projector full screen ${flag}`);
  }
  setSimpleFullScreen(flag: boolean) {
    this.simpleFullScreen = flag;
    FakeWindow.log.push(`projector simple full screen ${flag}`);
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

/** A controller over fresh fake windows and an empty log; focusing the console is logged. */
function freshController(displays: DisplayLike[], platform: NodeJS.Platform, consoleBounds: DisplayLike['bounds'] | null) {
  FakeWindow.created = [];
  FakeWindow.log = [];
  return createProjectorController({
    BrowserWindow: FakeWindow as never,
    screen: fakeScreen(displays),
    platform,
    consoleBounds: () => consoleBounds,
    focusConsole: () => FakeWindow.log.push('console focused'),
  });
}

describe('projector window', () => {
  it('chooses the display the console is not on', () => {
    expect(chooseProjectorDisplay(fakeScreen([laptop, projectorDisplay]), laptop.bounds)).toEqual({ display: projectorDisplay, displays: 2 });
    expect(chooseProjectorDisplay(fakeScreen([laptop, projectorDisplay]), { x: 1500, y: 10, width: 800, height: 600 }).display).toEqual(laptop);
  });

  it('reports one display (mirrored) so the console can warn that the room sees it', () => {
    expect(chooseProjectorDisplay(fakeScreen([laptop]), laptop.bounds)).toEqual({ display: null, displays: 1 });
  });

  it('opens full screen on the external display, with the secure preferences and no preload bridge', () => {
    const options = projectorWindowOptions(projectorDisplay, 'win32');
    expect(options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(options.webPreferences).toEqual(HARDENED_WEB_PREFERENCES);
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(projectorWindowOptions(null, 'linux')).toMatchObject({ fullscreen: false, width: 1024 });
    expect(projectorWindowOptions(null, 'linux').webPreferences).not.toHaveProperty('preload');
  });

  it('uses simple full screen on macOS, never a native full-screen Space', () => {
    const options = projectorWindowOptions(projectorDisplay, 'darwin');
    expect(options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: false, simpleFullscreen: true });
  });

  it("shows a roadshow's comparison in the same projector window, and the IPC contract accepts only a session or a roadshow id", async () => {
    const ROADSHOW = '3b241101-e2bb-4255-8caf-4136c566a962';
    const controller = freshController([laptop, projectorDisplay], 'linux', laptop.bounds);
    expect(await controller.open({ roadshowId: ROADSHOW })).toEqual({ open: true, sessionId: null, displays: 2, external: true });
    const window = FakeWindow.created[0]!;
    expect(window.urls).toEqual([`app://cocreate/index.html#/roadshow-projector/${ROADSHOW}`]);
    expect(window.fullScreen).toBe(true);
    // From the comparison to a session's audience view and back: one window, new pages.
    await controller.open({ sessionId: SESSION });
    await controller.open({ roadshowId: ROADSHOW });
    expect(FakeWindow.created).toHaveLength(1);
    expect(window.urls.slice(1)).toEqual([projectorUrl(SESSION), projectorUrl({ roadshowId: ROADSHOW })]);
    expect(await controller.toggle({ roadshowId: ROADSHOW })).toMatchObject({ open: false });

    const args = ipcContract.toggleProjector.args;
    expect(args.safeParse([{ roadshowId: ROADSHOW, open: true }]).success).toBe(true);
    expect(args.safeParse([{ sessionId: SESSION }]).success).toBe(true);
    expect(args.safeParse([{ roadshowId: 'not-an-id' }]).success).toBe(false);
    expect(args.safeParse([{ roadshowId: ROADSHOW, route: '/print/x' }]).success).toBe(false);
    expect(args.safeParse([{}]).success).toBe(false);
  });

  it('toggles one hardened window that loads the projector route, and follows a new session', async () => {
    const controller = freshController([laptop, projectorDisplay], 'linux', laptop.bounds);
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
    const controller = freshController([laptop], 'linux', null);
    const opened = await controller.open(SESSION);
    expect(opened).toMatchObject({ open: true, external: false, displays: 1 });
    FakeWindow.created[0]!.close();
    expect(controller.status().open).toBe(false);
  });

  it('shows the projector without taking focus, then hands focus back to the console', async () => {
    const controller = freshController([laptop, projectorDisplay], 'win32', laptop.bounds);
    await controller.open(SESSION);
    expect(FakeWindow.log).toEqual(['projector shown inactive', 'projector full screen true', 'console focused']);
    // Pressing "Open projector view" again brings it up, still without taking the keyboard.
    FakeWindow.log = [];
    await controller.open(SESSION);
    expect(FakeWindow.log).toEqual(['projector shown inactive', 'console focused']);
  });

  it('enters simple full screen on macOS', async () => {
    const controller = freshController([laptop, projectorDisplay], 'darwin', laptop.bounds);
    await controller.open(SESSION);
    expect(FakeWindow.log).toEqual(['projector shown inactive', 'projector simple full screen true', 'console focused']);
    expect(FakeWindow.created[0]!.fullScreen).toBe(false);
  });

  it('stays an ordinary window without a second display, shown without focus and not covered by the console', async () => {
    const controller = freshController([laptop], 'darwin', laptop.bounds);
    await controller.open(SESSION);
    // Raising the console here would hide the projector window the facilitator is about to drag.
    expect(FakeWindow.log).toEqual(['projector shown inactive']);
    FakeWindow.log = [];
    await controller.open(SESSION);
    expect(FakeWindow.log).toEqual(['projector shown inactive']);
  });

  it('reloads a projector whose renderer crashed', async () => {
    const controller = freshController([laptop], 'linux', null);
    await controller.open(SESSION);
    const contents = FakeWindow.created[0]!.webContents;
    for (const listener of contents.listeners.get('render-process-gone') ?? []) (listener as (event: unknown, details: unknown) => void)({}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
  });
});
