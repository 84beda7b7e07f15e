import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/contract';
import { buildAppMenuTemplate, sendMenuCommand, type AppMenuOptions } from './app-menu';

function setup(overrides: Partial<AppMenuOptions> = {}) {
  const sent: Array<[string, MenuCommand]> = [];
  let hasConsole = true;
  const template = buildAppMenuTemplate({
    platform: 'linux',
    isDev: false,
    consoleTarget: () => (hasConsole ? { send: (channel, command) => void sent.push([channel, command]) } : null),
    ...overrides,
  });
  return { template, sent, closeConsole: () => void (hasConsole = false) };
}

const submenuOf = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
};

/** What a person sees: labels for app items, roles for built-in ones, "-" for separators. */
const describeItems = (items: MenuItemConstructorOptions[]) => items.map((item) => (item.type === 'separator' ? '-' : (item.label ?? item.role)));

function click(template: MenuItemConstructorOptions[], menu: string, label: string) {
  const item = submenuOf(template, menu).find((entry) => entry.label === label);
  if (!item?.click) throw new Error(`no clickable ${menu} > ${label}`);
  (item.click as () => void)();
}

describe('buildAppMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const { template } = setup({ platform: 'win32' });
    expect(describeItems(template)).toEqual(['File', 'editMenu', 'View', 'Help']);
    expect(describeItems(submenuOf(template, 'File'))).toEqual(['New session', 'Open archive…', '-', 'Quit']);
    expect(submenuOf(template, 'File')[3]?.role).toBe('quit');
    expect(describeItems(submenuOf(template, 'Help'))).toEqual(['Keyboard shortcuts']);
  });

  it('follows macOS conventions: app menu with Quit, Close in File, a Window menu', () => {
    const { template } = setup({ platform: 'darwin' });
    expect(describeItems(template)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu', 'Help']);
    expect(describeItems(submenuOf(template, 'File'))).toEqual(['New session', 'Open archive…', '-', 'close']);
  });

  it('shows Reload and developer tools only in development', () => {
    const production = describeItems(submenuOf(setup({ isDev: false }).template, 'View'));
    expect(production).toEqual(['Toggle projector', '-', 'resetZoom', 'zoomIn', 'zoomOut', '-', 'Toggle full screen']);
    const development = describeItems(submenuOf(setup({ isDev: true }).template, 'View'));
    expect(development).toEqual(['Toggle projector', '-', 'reload', 'forceReload', 'toggleDevTools', '-', 'resetZoom', 'zoomIn', 'zoomOut', '-', 'Toggle full screen']);
    const fullScreen = submenuOf(setup().template, 'View').at(-1);
    expect(fullScreen?.role).toBe('togglefullscreen');
  });

  it.each([
    ['File', 'New session', 'new-session'],
    ['File', 'Open archive…', 'open-archive'],
    ['View', 'Toggle projector', 'toggle-projector'],
    ['Help', 'Keyboard shortcuts', 'show-shortcuts'],
  ] as const)('%s > %s sends %s to the console window', (menu, label, command) => {
    const { template, sent } = setup();
    click(template, menu, label);
    expect(sent).toEqual([[MENU_COMMAND_CHANNEL, command]]);
  });

  it('does nothing when there is no console window', () => {
    const { template, sent, closeConsole } = setup();
    closeConsole();
    expect(() => click(template, 'File', 'New session')).not.toThrow();
    expect(sent).toEqual([]);
  });
});

describe('sendMenuCommand', () => {
  it('refuses values outside the contract', () => {
    const sent: unknown[] = [];
    expect(() => sendMenuCommand({ send: (...args) => void sent.push(args) }, 'rm -rf' as MenuCommand)).toThrow();
    expect(sent).toEqual([]);
    expect(sendMenuCommand(null, 'new-session')).toBe(false);
  });
});
