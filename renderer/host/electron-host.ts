import type { CocreateBridge } from '../../shared/ipc/contract';
import type { Host } from './host';

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
    async toggleProjector(sessionId, open) {
      const status = await bridge.toggleProjector(open === undefined ? { sessionId } : { sessionId, open });
      return { open: status.open, displays: status.displays, external: status.external };
    },
    takeLaunchArchive() {
      return bridge.takeLaunchArchive();
    },
    sessionBackups: {
      async save(sessionId, text) {
        const result = await bridge.backupSession({ sessionId, text });
        return { location: result.location };
      },
      list: () => withReadableError(() => bridge.listSessionBackups()),
      async read(sessionId) {
        return (await withReadableError(() => bridge.readSessionBackup({ sessionId })))?.text ?? null;
      },
    },
    async dataFacts() {
      const facts = await withReadableError(() => bridge.dataFacts());
      return { kind: 'electron', storeLocation: `the app's own browser storage, inside ${facts.dataFolder}`, ...facts };
    },
    pdfFolderExport: {
      async pickFolder() {
        return (await bridge.pickExportFolder())?.folder ?? null;
      },
      async writePdf({ route, folder, fileName }) {
        await withReadableError(() => bridge.printToPdf({ route, folder, fileName }));
      },
      async writeCsv({ folder, fileName, text }) {
        await withReadableError(() => bridge.writeTextFileInFolder({ folder, fileName, text }));
      },
    },
    async printDocument(route) {
      const result = await bridge.printDocument({ route });
      return result.printed ? { status: 'printed' } : { status: 'not-printed', reason: result.reason ?? 'cancelled' };
    },
  };
}
