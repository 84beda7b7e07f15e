import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, menuCommandSchema, type MenuCommand } from '../shared/ipc/contract';

/** Where menu commands go: the console window's webContents. */
export interface MenuCommandTarget {
  send(channel: string, command: MenuCommand): void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in development. */
  isDev: boolean;
  /** The facilitator console's webContents, or null when there is no console window. */
  consoleTarget: () => MenuCommandTarget | null;
}

/** Sends a menu command to the console; parsed first so only contract values ever cross. */
export function sendMenuCommand(target: MenuCommandTarget | null, command: MenuCommand): boolean {
  if (target === null) return false;
  target.send(MENU_COMMAND_CHANNEL, menuCommandSchema.parse(command));
  return true;
}

/**
 * The application menu as a plain template (Menu.buildFromTemplate turns it into a menu).
 * Items that belong to the app send a menu command to the console window, which decides what to do;
 * everything else uses Electron's built-in roles.
 */
export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (name: MenuCommand) => () => {
    sendMenuCommand(options.consoleTarget(), name);
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New session', accelerator: 'CmdOrCtrl+N', click: command('new-session') },
      { label: 'Open archive…', accelerator: 'CmdOrCtrl+O', click: command('open-archive') },
      { type: 'separator' },
      // macOS keeps Quit in the app menu; File ends with Close there.
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Toggle projector', accelerator: 'CmdOrCtrl+Shift+P', click: command('toggle-projector') },
      { type: 'separator' },
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Toggle full screen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [{ label: 'Keyboard shortcuts', accelerator: 'CmdOrCtrl+/', click: command('show-shortcuts') }],
  };

  return [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    file,
    // Without an Edit menu, copy/paste/undo shortcuts do not work in text fields on macOS.
    { role: 'editMenu' },
    view,
    ...(isMac ? ([{ role: 'windowMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    help,
  ];
}
