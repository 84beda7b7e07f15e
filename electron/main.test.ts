import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { ipcChannel, ipcContract, type IpcMethod } from '../shared/ipc/contract';

/**
 * The composition root against a fake 'electron' module (there is no Electron runtime here): checks
 * the wiring order and that every piece is actually connected.
 */
type Listener = (...args: unknown[]) => unknown;

type FakeDisplay = { id: number; bounds: { x: number; y: number; width: number; height: number } };

function createFakeElectron(options: { gotLock?: boolean; platform?: string; displays?: FakeDisplay[] } = {}) {
  const log: string[] = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let isReady = false;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: () => log.push('enableSandbox'),
    requestSingleInstanceLock: () => options.gotLock ?? true,
    quit: () => log.push('quit'),
    exit: (code: number) => log.push(`exit ${code}`),
    isReady: () => isReady,
    whenReady: () => ready,
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/me/${name}`,
  });

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => log.push(`registerSchemes ${JSON.stringify(schemes)}${isReady ? ' AFTER READY' : ''}`),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
  };

  const permission: { request?: Listener; check?: Listener } = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (permission.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (permission.check = handler),
    },
  };

  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) };

  const windows: FakeBrowserWindow[] = [];
  class FakeWebContents extends EventEmitter {
    openHandler: Listener | null = null;
    sent: unknown[][] = [];
    reloads = 0;
    reload() {
      this.reloads++;
    }
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler(handler: Listener) {
      this.openHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      // Electron emits this synchronously while constructing the window.
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    destroyed = false;
    show() {
      log.push(`show ${String(this.options.title)}`);
    }
    showInactive() {
      log.push(`showInactive ${String(this.options.title)}`);
    }
    focus() {
      log.push(`focus ${String(this.options.title)}`);
    }
    setFullScreen() {
      log.push(`full screen ${String(this.options.title)}`);
    }
    setSimpleFullScreen() {
      log.push(`simple full screen ${String(this.options.title)}`);
    }
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      this.destroyed = true;
      log.push(`close ${String(this.options.title)}`);
      this.emit('closed');
    }
    static getAllWindows() {
      return windows;
    }
    static fromWebContents(contents: unknown) {
      return windows.find((window) => window.webContents === contents) ?? null;
    }
  }

  let menuTemplate: Array<{ label?: string; role?: string }> = [];
  const Menu = {
    buildFromTemplate: (template: Array<{ label?: string }>) => ({ template }),
    setApplicationMenu: (menu: { template: Array<{ label?: string }> }) => (menuTemplate = menu.template),
  };
  const dialog = {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    showErrorBox: (title: string) => log.push(`error box ${title}`),
    showMessageBox: vi.fn((_window: unknown, options: { message: string }) => {
      log.push(`message box ${options.message}`);
      return Promise.resolve({ response: 0, checkboxChecked: false });
    }),
  };

  const becomeReady = async () => {
    isReady = true;
    resolveReady();
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  return {
    module: { app, protocol, session, ipcMain, BrowserWindow: FakeBrowserWindow, Menu, dialog, screen: {
        getAllDisplays: () => options.displays ?? [],
        getDisplayMatching: (rect: { x: number }) => (options.displays ?? []).find((d) => d.bounds.x <= rect.x && rect.x < d.bounds.x + d.bounds.width) ?? null,
      },
    },
    log,
    becomeReady,
    protocolHandlers,
    ipcHandlers,
    windows,
    permission,
    menu: () => menuTemplate,
  };
}

async function loadMain(fake: ReturnType<typeof createFakeElectron>, argv = ['electron', '.']) {
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  const originalArgv = process.argv;
  process.argv = argv;
  try {
    return await import('./main');
  } finally {
    process.argv = originalArgv;
  }
}

afterEach(() => {
  vi.doUnmock('electron');
});

const trustedEvent = (fake: ReturnType<typeof createFakeElectron>) => ({
  senderFrame: { url: 'app://cocreate/index.html', parent: null },
  sender: fake.windows[0]?.webContents,
});

describe('electron/main', () => {
  it('registers the app scheme and the sandbox before ready, and opens nothing until ready', async () => {
    const fake = createFakeElectron();
    await loadMain(fake);
    expect(fake.log).toEqual([
      'registerSchemes [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}]',
      'enableSandbox',
    ]);
    expect(fake.windows).toEqual([]);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('on ready wires the protocol, IPC, menu, session and a hardened console window', async () => {
    const fake = createFakeElectron();
    await loadMain(fake);
    await fake.becomeReady();

    const expectedChannels = (Object.keys(ipcContract) as IpcMethod[]).map(ipcChannel).sort();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(expectedChannels);
    await expect(fake.ipcHandlers.get(ipcChannel('getAppInfo'))!(trustedEvent(fake))).resolves.toEqual({
      version: '0.1.0',
      platform: process.platform,
      isPackaged: false,
    });
    await expect(fake.ipcHandlers.get(ipcChannel('getAppInfo'))!({ senderFrame: { url: 'https://evil.example/', parent: null } })).rejects.toThrow(/untrusted/);

    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://cocreate/assets/does-not-exist.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);

    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window!.loaded).toEqual(['app://cocreate/index.html']);
    expect(window!.options).toMatchObject({ title: 'Co-Create Studio', webPreferences: { sandbox: true, contextIsolation: true, preload: path.join(__dirname, 'preload.cjs') } });
    expect(window!.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });

    const answers: boolean[] = [];
    fake.permission.request?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.permission.check?.({}, 'media')).toBe(false);

    expect(fake.menu().map((item) => item.label ?? item.role)).toContain('File');
  });

  it('hardens web contents it did not create itself', async () => {
    const fake = createFakeElectron();
    await loadMain(fake);
    const contents = Object.assign(new EventEmitter(), { openHandler: null as Listener | null, setWindowOpenHandler(h: Listener) { this.openHandler = h; } });
    fake.module.app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-navigate', { url: 'https://evil.example/', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('remembers an archive from the command line, a second instance and open-file', async () => {
    const fake = createFakeElectron();
    const main = await loadMain(fake, ['electron', '.', '/media/usb/march.cocreate']);
    expect(main.pendingArchive.peek()).toBe(path.resolve('/media/usb/march.cocreate'));
    await fake.becomeReady();
    fake.module.app.emit('second-instance', {}, ['app', 'april.cocreate'], '/home/me');
    expect(main.pendingArchive.peek()).toBe(path.resolve('/home/me', 'april.cocreate'));
    if (process.platform !== 'win32') {
      // A Linux launcher with %U passes a percent-encoded file: URL.
      fake.module.app.emit('second-instance', {}, ['/opt/Co-Create Studio/co-create-studio', 'file:///home/me/My%20Workshops/june.cocreate'], '/home/me');
      expect(main.pendingArchive.peek()).toBe('/home/me/My Workshops/june.cocreate');
    }
    let prevented = false;
    fake.module.app.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/me/may.cocreate');
    expect(prevented).toBe(true);
    expect(main.pendingArchive.take()).toBe('/Users/me/may.cocreate');
    // Bringing the console forward reuses the existing window.
    expect(fake.windows).toHaveLength(1);
  });

  it('quits when all windows close, on every platform', async () => {
    const fake = createFakeElectron();
    await loadMain(fake);
    fake.module.app.emit('window-all-closed');
    expect(fake.log).toContain('quit');
  });

  it('closing the console closes the projector and quits', async () => {
    const fake = createFakeElectron();
    await loadMain(fake);
    await fake.becomeReady();
    const status = await fake.ipcHandlers.get(ipcChannel('toggleProjector'))!(trustedEvent(fake), { sessionId: '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' });
    expect(status).toMatchObject({ open: true });
    const [consoleWindow, projectorWindow] = fake.windows;
    expect(projectorWindow!.options.title).toBe('Co-Create Studio — projector');
    // The projector never gets the preload bridge.
    expect(projectorWindow!.options.webPreferences).not.toHaveProperty('preload');
    fake.log.length = 0;
    consoleWindow!.close();
    expect(fake.log).toEqual(['close Co-Create Studio', 'close Co-Create Studio — projector', 'quit']);
  });

  it('shows the projector on the second display without focus and keeps the keyboard on the console', async () => {
    const fake = createFakeElectron({
      displays: [
        { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } },
        { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } },
      ],
    });
    await loadMain(fake);
    await fake.becomeReady();
    fake.log.length = 0;
    await fake.ipcHandlers.get(ipcChannel('toggleProjector'))!(trustedEvent(fake), { sessionId: '6f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' });
    fake.windows[1]!.emit('ready-to-show');
    const fullScreen = process.platform === 'darwin' ? 'simple full screen' : 'full screen';
    expect(fake.log).toEqual(['showInactive Co-Create Studio — projector', `${fullScreen} Co-Create Studio — projector`, 'focus Co-Create Studio']);
  });

  it('reloads a crashed console and then tells the facilitator', async () => {
    const fake = createFakeElectron();
    await loadMain(fake);
    await fake.becomeReady();
    const contents = fake.windows[0]!.webContents;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    expect(fake.module.dialog.showMessageBox).not.toHaveBeenCalled();
    contents.emit('did-finish-load');
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
      fake.windows[0],
      expect.objectContaining({ message: 'The console stopped unexpectedly and was reloaded.', detail: expect.stringContaining('it crashed (exit code 139)') }),
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = createFakeElectron({ gotLock: false });
    await loadMain(fake);
    await fake.becomeReady();
    expect(fake.log).toContain('quit');
    expect(fake.windows).toEqual([]);
    expect(fake.ipcHandlers.size).toBe(0);
  });
});
