/**
 * Composition root of the Electron main process: the only main-process module that imports
 * Electron itself. Everything it wires together is injectable and unit-tested on its own.
 */
import * as fsPromises from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, type BaseWindow, type IpcMainInvokeEvent } from 'electron';
import { APP_SCHEME } from '../shared/csp';
import { buildAppMenuTemplate, sendMenuCommand } from './app-menu';
import { createAppRequestHandler, registerAppScheme } from './app-protocol';
import { consoleGaveUpNotice, consoleReloadedNotice, recoverFromRendererCrashes } from './crash-recovery';
import { createFileDialogHandlers } from './file-dialogs';
import { archivePathFromArgv, PendingArchive, takeLaunchArchive } from './launch-archive';
import { createJoinHandlers, forwardJoinEvents, stopRelayOnQuit } from './join-relay/join-ipc';
import { createJoinRelay } from './join-relay/join-relay';
import { createPdfExportHandlers, createPrintPages, printWindowOptions } from './pdf-export';
import { createProjectorController } from './projector-window';
import { createSessionBackupHandlers } from './session-backups';
import { hardenSession, hardenWebContents } from './security';
import { registerHandlers } from './validated-ipc';
import { createConsoleWindow } from './windows';

// Bundled to dist/electron/main.cjs; the renderer build sits next to it in dist/renderer.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Both must happen before the app is ready.
registerAppScheme(protocol);
app.enableSandbox();

/** A `.cocreate` file the OS asked us to open; the renderer takes it once it is ready. */
export const pendingArchive = new PendingArchive();
let consoleWindow: BrowserWindow | null = null;
let projector: ReturnType<typeof createProjectorController<BrowserWindow>> | null = null;

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return os.homedir();
  }
}

function openConsoleWindow(): BrowserWindow {
  const window = createConsoleWindow({ BrowserWindow, preloadPath });
  recoverFromRendererCrashes(window.webContents, {
    onReloaded: (details) => void dialog.showMessageBox(window, consoleReloadedNotice(details)),
    onGaveUp: (details) => {
      const notice = consoleGaveUpNotice(details);
      dialog.showErrorBox(notice.title, notice.content);
    },
  });
  window.on('closed', () => {
    if (consoleWindow === window) consoleWindow = null;
    // The console is the app: without it the projector would keep showing the room a frozen
    // slide and the menus would act on nothing. Hidden print windows would keep it alive too.
    projector?.close();
    app.quit();
  });
  consoleWindow = window;
  return window;
}

function bringConsoleForward(): void {
  if (!app.isReady()) return;
  // A double-clicked archive while running: the home screen opens it.
  if (pendingArchive.peek() && consoleWindow && !consoleWindow.isDestroyed()) sendMenuCommand(consoleWindow.webContents, 'open-launch-archive');
  const window = consoleWindow && !consoleWindow.isDestroyed() ? consoleWindow : openConsoleWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function start(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, (filePath) => readFile(filePath)));

  projector = createProjectorController({
    BrowserWindow,
    screen,
    platform: process.platform,
    consoleBounds: () => (consoleWindow && !consoleWindow.isDestroyed() ? consoleWindow.getBounds() : null),
    focusConsole: () => {
      if (consoleWindow && !consoleWindow.isDestroyed()) consoleWindow.focus();
    },
  });
  const projectorWindows = projector;

  // "Let delegates join" (issue 14): off until the console starts it on an interface it picks.
  const joinRelay = createJoinRelay({
    staticRoot: rendererDir,
    renderPdf: createPrintPages({ createPrintWindow: () => new BrowserWindow(printWindowOptions()) }).renderPdf,
  });
  forwardJoinEvents(joinRelay, () => (consoleWindow && !consoleWindow.isDestroyed() ? consoleWindow.webContents : null));
  stopRelayOnQuit(app, joinRelay);

  registerHandlers(ipcMain, {
    getAppInfo: async () => ({ version: app.getVersion(), platform: process.platform, isPackaged: app.isPackaged }),
    ...createFileDialogHandlers<BaseWindow, IpcMainInvokeEvent>({
      dialog,
      windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
      defaultDir: documentsFolder(),
    }),
    toggleProjector: async ({ open, ...target }) => {
      if (open === true) return projectorWindows.open(target);
      if (open === false) return projectorWindows.close();
      return projectorWindows.toggle(target);
    },
    takeLaunchArchive: () => takeLaunchArchive(pendingArchive, fsPromises),
    ...createSessionBackupHandlers({ backupRoot: path.join(app.getPath('userData'), 'backups') }, app.getPath('userData')),
    ...createPdfExportHandlers<BaseWindow, IpcMainInvokeEvent>({
      createPrintWindow: () => new BrowserWindow(printWindowOptions()),
      dialog,
      windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
      defaultDir: documentsFolder(),
    }),
    ...createJoinHandlers(joinRelay),
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({
        platform: process.platform,
        isDev: !app.isPackaged,
        consoleTarget: () => (consoleWindow && !consoleWindow.isDestroyed() ? consoleWindow.webContents : null),
      }),
    ),
  );

  openConsoleWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Co-Create Studio is running: it receives our argv through 'second-instance'.
  app.quit();
} else {
  pendingArchive.offer(archivePathFromArgv(process.argv, process.cwd()));

  // macOS delivers double-clicked files this way, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    pendingArchive.offer(filePath);
    bringConsoleForward();
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    pendingArchive.offer(archivePathFromArgv(argv, workingDirectory));
    bringConsoleForward();
  });

  // Every webContents, including ones we did not create directly, is locked to the app origin.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // One window is the app, on macOS too: closing the console quits rather than leaving a menu bar
  // whose commands have no console to act on.
  app.on('window-all-closed', () => app.quit());

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openConsoleWindow();
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Co-Create Studio could not start:', error);
      dialog.showErrorBox('Co-Create Studio could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
