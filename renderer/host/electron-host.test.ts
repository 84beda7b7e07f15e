import { describe, it, expect } from 'vitest';
import type { CocreateBridge } from '../../shared/ipc/contract';
import { createElectronHost, remoteErrorMessage } from './electron-host';

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
    openTextFile: record('openTextFile', { status: 'cancelled' }),
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
