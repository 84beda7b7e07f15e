import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../shared/csp';
import type { IpcResult } from '../shared/ipc/contract';
import { asProjectorTarget, projectorRoute, type ProjectorTarget } from '../shared/output/projector-target';
import { recoverFromRendererCrashes, type RecoverableContentsLike } from './crash-recovery';
import { bridgelessWebPreferences, hardenWebContents, type WebContentsLike } from './security';
import type { WindowConstructor } from './windows';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DisplayLike {
  id: number;
  bounds: Rect;
}
/** The parts of Electron's `screen` the projector needs. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getDisplayMatching(rect: Rect): DisplayLike;
}

export interface ProjectorWindowLike {
  readonly webContents: WebContentsLike & RecoverableContentsLike;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  close(): void;
  /** Never `show()`: that would take keyboard focus (and the shortcuts) away from the console. */
  showInactive(): void;
  setFullScreen(flag: boolean): void;
  /** macOS only: full screen without a new Space, so the console's display is left alone. */
  setSimpleFullScreen(flag: boolean): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
}

/** The projector's page: a session's audience view (given its id) or a roadshow's comparison. */
export const projectorUrl = (target: string | ProjectorTarget) => `${APP_ORIGIN}/index.html#${projectorRoute(asProjectorTarget(target))}`;

/**
 * The display for the room: any display other than the one the console is on. With mirrored
 * displays the OS reports one display, so there is none: the room sees the console.
 */
export function chooseProjectorDisplay(screen: ScreenLike, consoleBounds: Rect | null): { display: DisplayLike | null; displays: number } {
  const all = screen.getAllDisplays();
  const consoleDisplay = consoleBounds ? screen.getDisplayMatching(consoleBounds) : null;
  const external = all.find((d) => d.id !== consoleDisplay?.id) ?? null;
  return { display: all.length > 1 ? external : null, displays: all.length };
}

/**
 * The projector never calls the host (it only reads IndexedDB, like the print windows), so it gets
 * no preload and no bridge: a page shown to the room can reach nothing in main.
 */
export function projectorWindowOptions(display: DisplayLike | null, platform: NodeJS.Platform): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    title: 'Co-Create Studio — projector',
    backgroundColor: '#000000',
    show: false,
    autoHideMenuBar: true,
    webPreferences: bridgelessWebPreferences(),
  };
  if (display) {
    // Full screen on the external display. On macOS native full screen opens a new Space (and
    // can black out the console's display while it animates); simple full screen does not.
    const fullScreen = platform === 'darwin' ? { fullscreen: false, simpleFullscreen: true } : { fullscreen: true };
    return { ...base, ...display.bounds, ...fullScreen, frame: false };
  }
  // No second display: an ordinary movable window the facilitator can drag to the projector.
  return { ...base, width: 1024, height: 640, fullscreen: false };
}

export type ProjectorStatus = IpcResult<'toggleProjector'>;

export interface ProjectorDeps<W extends ProjectorWindowLike> {
  BrowserWindow: WindowConstructor<W>;
  screen: ScreenLike;
  platform: NodeJS.Platform;
  consoleBounds: () => Rect | null;
  /**
   * Gives the keyboard back to the console after the projector goes full screen on the other
   * display: going full screen can activate a window, and not every window manager honours
   * `showInactive()`. Not called for a windowed projector on the console's own display, where
   * raising the console would hide the projector the facilitator is about to drag away.
   */
  focusConsole: () => void;
}

/** Opens, follows and closes the audience window (a session's, or a roadshow's comparison). One at a time. */
export function createProjectorController<W extends ProjectorWindowLike>(deps: ProjectorDeps<W>) {
  let window: W | null = null;
  /** What the window shows: its route, and the session id when it is a session's view. */
  let shown: { route: string; sessionId: string | null } | null = null;
  let onExternalDisplay = false;
  const isOpen = () => window !== null && !window.isDestroyed();

  const status = (): ProjectorStatus => {
    const { display, displays } = chooseProjectorDisplay(deps.screen, deps.consoleBounds());
    return { open: isOpen(), sessionId: isOpen() ? (shown?.sessionId ?? null) : null, displays, external: display !== null };
  };

  const showWithoutFocus = (target: W, fullScreen: boolean) => {
    target.showInactive();
    if (!fullScreen) return;
    if (deps.platform === 'darwin') target.setSimpleFullScreen(true);
    else target.setFullScreen(true);
    deps.focusConsole();
  };

  const open = async (which: string | ProjectorTarget): Promise<ProjectorStatus> => {
    const target = asProjectorTarget(which);
    const next = { route: projectorRoute(target), sessionId: 'sessionId' in target ? target.sessionId : null };
    if (isOpen() && shown?.route === next.route) {
      window!.showInactive();
      if (onExternalDisplay) deps.focusConsole();
      return status();
    }
    if (isOpen()) {
      shown = next;
      await window!.loadURL(projectorUrl(target));
      return status();
    }
    const { display } = chooseProjectorDisplay(deps.screen, deps.consoleBounds());
    const created = new deps.BrowserWindow(projectorWindowOptions(display, deps.platform));
    hardenWebContents(created.webContents);
    // A crashed projector would show the room a blank screen; reloading it is all it needs.
    recoverFromRendererCrashes(created.webContents);
    created.once('ready-to-show', () => showWithoutFocus(created, display !== null));
    created.on('closed', () => {
      if (window === created) {
        window = null;
        shown = null;
      }
    });
    window = created;
    shown = next;
    onExternalDisplay = display !== null;
    await created.loadURL(projectorUrl(target));
    return status();
  };

  const close = (): ProjectorStatus => {
    if (isOpen()) window!.close();
    window = null;
    shown = null;
    return status();
  };

  return {
    open,
    close,
    status,
    toggle: (which: string | ProjectorTarget) => (isOpen() && shown?.route === projectorRoute(asProjectorTarget(which)) ? Promise.resolve(close()) : open(which)),
  };
}
