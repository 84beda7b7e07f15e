import type { CocreateBridge } from '../../shared/ipc/contract';
import type { Host } from './host';

/** The Host over `window.cocreate`, the typed bridge the Electron preload exposes. */
export function createElectronHost(bridge: CocreateBridge): Host {
  return {
    kind: 'electron',
    async getAppInfo() {
      const info = await bridge.getAppInfo();
      return { version: info.version, platform: info.platform };
    },
    async saveTextFile({ suggestedName, kind, text }) {
      const result = await bridge.saveTextFile({ suggestedName, filters: [{ name: kind.description, extensions: kind.extensions }], text });
      return result.path ? { saved: result.saved, location: result.path } : { saved: result.saved };
    },
    openTextFile({ kind }) {
      return bridge.openTextFile({ filters: [{ name: kind.description, extensions: kind.extensions }] });
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
  };
}
