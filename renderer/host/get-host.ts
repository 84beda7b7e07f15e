import type { CocreateBridge } from '../../shared/ipc/contract';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

/** Electron's preload exposes `window.cocreate`; anywhere else the web host is used. */
export function detectHost(win: Window & { cocreate?: CocreateBridge } = window): Host {
  return win.cocreate ? createElectronHost(win.cocreate) : createWebHost(win.document);
}
