import { describe, it, expect } from 'vitest';
import { ipcChannel, ipcContract, type CocreateBridge, type IpcMethod } from '../../shared/ipc/contract';
import { createElectronHost, remoteErrorMessage, withReadableErrors } from './electron-host';

const route = '/print/0f8fad5b-d9cb-469f-a165-70867728950e/report?paper=a4';

/** A bridge whose export methods record their calls; everything else is unused here. */
function fakeBridge(overrides: Partial<CocreateBridge> = {}) {
  const calls: unknown[][] = [];
  const record =
    <R>(name: string, result: R) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
  const bridge = {
    getAppInfo: record('getAppInfo', { version: '1', platform: 'linux', isPackaged: false }),
    saveTextFile: record('saveTextFile', { saved: false }),
    saveFile: record('saveFile', { saved: true, path: '/home/me/march.cocreate' }),
    openFile: record('openFile', { status: 'cancelled' }),
    pickExportFolder: record('pickExportFolder', { folder: '/home/me/Exports' }),
    printToPdf: record('printToPdf', { path: '/home/me/Exports/a.pdf' }),
    writeTextFileInFolder: record('writeTextFileInFolder', { path: '/home/me/Exports/distribution.csv' }),
    printDocument: record('printDocument', { printed: true }),
    onMenuCommand: () => () => undefined,
    ...overrides,
  } as CocreateBridge;
  return { bridge, calls };
}

describe('the Electron host’s PDF export', () => {
  it('picks a folder and writes PDFs and CSV files through the bridge', async () => {
    const { bridge, calls } = fakeBridge();
    const pdf = createElectronHost(bridge).pdfFolderExport;
    expect(pdf).not.toBeNull();
    await expect(pdf!.pickFolder()).resolves.toBe('/home/me/Exports');
    await pdf!.writePdf({ route, folder: '/home/me/Exports', fileName: 'a.pdf' });
    await pdf!.writeCsv({ folder: '/home/me/Exports', fileName: 'distribution.csv', text: 'x' });
    expect(calls).toEqual([
      ['pickExportFolder'],
      ['printToPdf', { route, folder: '/home/me/Exports', fileName: 'a.pdf' }],
      ['writeTextFileInFolder', { folder: '/home/me/Exports', fileName: 'distribution.csv', text: 'x' }],
    ]);
  });

  it('returns null when the folder dialog is cancelled', async () => {
    const { bridge } = fakeBridge({ pickExportFolder: async () => null });
    await expect(createElectronHost(bridge).pdfFolderExport!.pickFolder()).resolves.toBeNull();
  });

  it('passes on a failure from main with only its reason', async () => {
    const { bridge } = fakeBridge({
      printToPdf: async () => {
        throw new Error("Error invoking remote method 'cocreate:printToPdf': Error: Could not write /x/a.pdf: the disk is full");
      },
    });
    await expect(createElectronHost(bridge).pdfFolderExport!.writePdf({ route, folder: '/x', fileName: 'a.pdf' })).rejects.toThrow(
      /^Could not write \/x\/a\.pdf: the disk is full$/,
    );
  });

  it('prints a route and says whether it was printed', async () => {
    const printed = fakeBridge();
    await expect(createElectronHost(printed.bridge).printDocument(route)).resolves.toEqual({ status: 'printed' });
    expect(printed.calls).toEqual([['printDocument', { route }]]);
    const cancelled = fakeBridge({ printDocument: async () => ({ printed: false, reason: 'cancelled' }) });
    await expect(createElectronHost(cancelled.bridge).printDocument(route)).resolves.toEqual({ status: 'not-printed', reason: 'cancelled' });
  });
});

describe('remoteErrorMessage', () => {
  it('strips Electron’s prefix and keeps other messages as they are', () => {
    expect(remoteErrorMessage(new Error("Error invoking remote method 'cocreate:x': TypeError: bad"))).toBe('bad');
    expect(remoteErrorMessage(new Error('plain'))).toBe('plain');
    expect(remoteErrorMessage('text')).toBe('text');
  });
});

/** How Electron's ipcRenderer.invoke rejects when the handler in main throws (see ipcRenderer.invoke in Electron's docs). */
const electronRejection = (method: IpcMethod, message: string) => new Error(`Error invoking remote method '${ipcChannel(method)}': Error: ${message}`);

describe('readable bridge errors', () => {
  it('every contract method rejects with only the reason', async () => {
    const throwing = Object.fromEntries(
      (Object.keys(ipcContract) as IpcMethod[]).map((method) => [method, () => Promise.reject(electronRejection(method, `${method} failed: permission denied`))]),
    ) as unknown as CocreateBridge;
    const bridge = withReadableErrors({ ...throwing, onMenuCommand: () => () => undefined });
    for (const method of Object.keys(ipcContract) as IpcMethod[]) {
      const call = bridge[method] as () => Promise<unknown>;
      await expect(call()).rejects.toThrow(new RegExp(`^${method} failed: permission denied$`));
    }
  });

  it('reaches the UI through the host as plain words (saving a file, the projector, backups)', async () => {
    const host = createElectronHost(
      fakeBridge({
        saveFile: () => Promise.reject(electronRejection('saveFile', 'Could not write /media/usb/march.cocreate: the disk is read-only')),
        toggleProjector: () => Promise.reject(electronRejection('toggleProjector', 'toggleProjector: the window that asked has closed')),
        backupSession: () => Promise.reject(electronRejection('backupSession', 'Could not write /backups/x: the disk is full')),
      }).bridge,
    );
    const kind = { description: 'Co-Create Studio archive', extensions: ['cocreate'], mimeType: 'application/x-cocreate' };
    await expect(host.saveFile({ suggestedName: 'march.cocreate', kind, bytes: new Uint8Array([0x50, 0x4b]) })).rejects.toThrow(/^Could not write \/media\/usb\/march\.cocreate: the disk is read-only$/);
    await expect(host.toggleProjector('0f8fad5b-d9cb-469f-a165-70867728950e')).rejects.toThrow(/^toggleProjector: the window that asked has closed$/);
    await expect(host.sessionBackups!.save('0f8fad5b-d9cb-469f-a165-70867728950e', new Uint8Array([1]))).rejects.toThrow(/^Could not write \/backups\/x: the disk is full$/);
  });

  it('keeps the menu subscription working', () => {
    const heard: string[] = [];
    const bridge = withReadableErrors(
      fakeBridge({
        onMenuCommand: (listener) => {
          listener('new-session');
          return () => heard.push('unsubscribed');
        },
      }).bridge,
    );
    const unsubscribe = bridge.onMenuCommand((command) => heard.push(command));
    unsubscribe();
    expect(heard).toEqual(['new-session', 'unsubscribed']);
  });
});

describe('the Electron host’s archive files', () => {
  const kind = { description: 'Co-Create Studio archive', extensions: ['cocreate'], mimeType: 'application/x-cocreate' };
  it('saves and opens archive files as bytes, with the kind as the dialog filter', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const { bridge, calls } = fakeBridge({
      openFile: async (args) => {
        calls.push(['openFile', args]);
        return { status: 'opened', name: 'march.cocreate', bytes };
      },
    });
    const host = createElectronHost(bridge);
    expect(await host.saveFile({ suggestedName: 'march.cocreate', kind, bytes })).toEqual({ saved: true, location: '/home/me/march.cocreate' });
    expect(await host.openFile({ kind })).toEqual({ status: 'opened', name: 'march.cocreate', bytes });
    const filters = [{ name: 'Co-Create Studio archive', extensions: ['cocreate'] }];
    expect(calls).toEqual([
      ['saveFile', { suggestedName: 'march.cocreate', filters, bytes }],
      ['openFile', { filters }],
    ]);
  });
});

describe('the Electron host’s backups and data facts', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9]);
  const summary = { sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e', title: 'Spring', campus: 'North', date: '2026-11-23', updatedAt: 5, savedAt: 6, bytes: 7 };
  it('lists and reads backups and says where the data lives, through the bridge', async () => {
    const { bridge, calls } = fakeBridge({
      listSessionBackups: async () => [summary],
      readSessionBackup: async ({ sessionId }) => (sessionId === summary.sessionId ? { bytes: zip } : null),
      dataFacts: async () => ({ dataFolder: '/home/me/.config/Co-Create Studio', backupsFolder: '/home/me/.config/Co-Create Studio/backups', lastBackupAt: 9, backupCount: 3 }),
      backupSession: async (args) => {
        calls.push(['backupSession', args]);
        return { saved: true, location: '/b/x.cocreate' };
      },
    });
    const host = createElectronHost(bridge);
    expect(await host.sessionBackups!.list()).toEqual([summary]);
    expect(await host.sessionBackups!.read(summary.sessionId)).toBe(zip);
    expect(await host.sessionBackups!.read('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await host.sessionBackups!.save(summary.sessionId, zip)).toEqual({ location: '/b/x.cocreate' });
    expect(calls).toEqual([['backupSession', { sessionId: summary.sessionId, bytes: zip }]]);
    expect(await host.dataFacts()).toMatchObject({ kind: 'electron', dataFolder: '/home/me/.config/Co-Create Studio', backupCount: 3, storeLocation: expect.stringContaining('/home/me/.config/Co-Create Studio') });
  });

  it('turns a failure in main into the plain reason', async () => {
    const { bridge } = fakeBridge({ listSessionBackups: () => Promise.reject(new Error("Error invoking remote method 'cocreate:listSessionBackups': Error: permission denied")) });
    await expect(createElectronHost(bridge).sessionBackups!.list()).rejects.toThrow(/^permission denied$/);
  });
});

describe('the Electron join relay', () => {
  it('maps each relay call to its contract method and relay events to onJoinEvent', async () => {
    const calls: unknown[][] = [];
    const listeners: ((event: unknown) => void)[] = [];
    const record = (name: string, result: unknown) => async (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
    const { bridge } = fakeBridge({
      joinStatus: record('joinStatus', { running: false }),
      joinRemoveDevice: record('joinRemoveDevice', []),
      joinPublish: record('joinPublish', null),
      onJoinEvent: (listener) => {
        listeners.push(listener as (event: unknown) => void);
        return () => undefined;
      },
    } as Partial<CocreateBridge>);
    const relay = createElectronHost(bridge).joinRelay!;
    expect(await relay.status()).toEqual({ running: false });
    expect(await relay.removeDevice('d-abcdefgh12')).toEqual([]);
    const received: unknown[] = [];
    relay.onEvent((event) => void received.push(event));
    listeners.forEach((l) => l({ type: 'status', status: { running: false } }));
    expect(calls).toEqual([['joinStatus'], ['joinRemoveDevice', { deviceId: 'd-abcdefgh12' }]]);
    expect(received).toEqual([{ type: 'status', status: { running: false } }]);
  });

  it('gives the relay’s refusals in plain words, without Electron’s prefix', async () => {
    const { bridge } = fakeBridge({
      joinStart: async () => {
        throw new Error("Error invoking remote method 'cocreate:joinStart': Error: Port 80 is already in use on this laptop. Choose another port.");
      },
    } as Partial<CocreateBridge>);
    await expect(createElectronHost(bridge).joinRelay!.start({ address: '127.0.0.1', port: 80 })).rejects.toThrow(/^Port 80 is already in use/);
  });
});
