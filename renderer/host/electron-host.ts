import { asProjectorTarget } from '../../shared/output/projector-target';
import { ipcContract, type CocreateBridge, type IpcMethod } from '../../shared/ipc/contract';
import type { Host, JoinRelayHost } from './host';

/** Electron prefixes errors from main with "Error invoking remote method '<channel>': Error: "; a facilitator needs only the reason. */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*':\s*(?:[A-Za-z]*Error:\s*)?/, '');
}

async function withReadableError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new Error(remoteErrorMessage(error), { cause: error });
  }
}

/**
 * The bridge with every contract method's failures reduced to their reason, so whatever the UI
 * shows from a rejected call ("Could not write …: the disk is full") reads as plain words.
 */
export function withReadableErrors(bridge: CocreateBridge): CocreateBridge {
  const methods = Object.fromEntries(
    (Object.keys(ipcContract) as IpcMethod[]).map((method) => {
      const call = bridge[method] as (...args: unknown[]) => Promise<unknown>;
      return [method, (...args: unknown[]) => withReadableError(() => call(...args))];
    }),
  ) as { [M in IpcMethod]: CocreateBridge[M] };
  return { ...methods, onMenuCommand: (listener) => bridge.onMenuCommand(listener), onJoinEvent: (listener) => bridge.onJoinEvent(listener) };
}

/** The Host over `window.cocreate`, the typed bridge the Electron preload exposes. */
export function createElectronHost(rawBridge: CocreateBridge): Host {
  const bridge = withReadableErrors(rawBridge);
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
    async saveFile({ suggestedName, kind, bytes }) {
      const result = await bridge.saveFile({ suggestedName, filters: [{ name: kind.description, extensions: kind.extensions }], bytes });
      return result.path ? { saved: result.saved, location: result.path } : { saved: result.saved };
    },
    openFile({ kind }) {
      return bridge.openFile({ filters: [{ name: kind.description, extensions: kind.extensions }] });
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
    async toggleProjector(which, open) {
      const target = asProjectorTarget(which);
      const status = await bridge.toggleProjector(open === undefined ? target : { ...target, open });
      return { open: status.open, displays: status.displays, external: status.external };
    },
    takeLaunchArchive() {
      return bridge.takeLaunchArchive();
    },
    sessionBackups: {
      async save(sessionId, bytes) {
        const result = await bridge.backupSession({ sessionId, bytes });
        return { location: result.location };
      },
      list: () => bridge.listSessionBackups(),
      async read(sessionId) {
        return (await bridge.readSessionBackup({ sessionId }))?.bytes ?? null;
      },
    },
    async dataFacts() {
      const facts = await bridge.dataFacts();
      return { kind: 'electron', storeLocation: `the app's own browser storage, inside ${facts.dataFolder}`, ...facts };
    },
    joinRelay: electronJoinRelay(bridge),
    pdfFolderExport: {
      async pickFolder() {
        return (await bridge.pickExportFolder())?.folder ?? null;
      },
      async writePdf({ route, folder, fileName }) {
        await bridge.printToPdf({ route, folder, fileName });
      },
      async writeCsv({ folder, fileName, text }) {
        await bridge.writeTextFileInFolder({ folder, fileName, text });
      },
    },
    async printDocument(route) {
      const result = await bridge.printDocument({ route });
      return result.printed ? { status: 'printed' } : { status: 'not-printed', reason: result.reason ?? 'cancelled' };
    },
  };
}

/** The join relay in Electron's main process, over the join* contract methods and the join event channel. */
export function electronJoinRelay(bridge: CocreateBridge): JoinRelayHost {
  return {
    listInterfaces: () => bridge.joinListInterfaces(),
    status: () => bridge.joinStatus(),
    start: (options) => bridge.joinStart(options),
    stop: () => bridge.joinStop(),
    rotateCode: () => bridge.joinRotateCode(),
    publish: async (snapshot) => void (await bridge.joinPublish(snapshot)),
    ack: async (ack) => void (await bridge.joinAck(ack)),
    removeDevice: (deviceId) => bridge.joinRemoveDevice({ deviceId }),
    pdfReply: async (reply) => void (await bridge.joinPdfReply(reply)),
    onEvent: (listener) => bridge.onJoinEvent(listener),
  };
}
