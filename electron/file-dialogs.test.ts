import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileDialogHandlers, MAX_OPEN_FILE_BYTES, safeFileName, type DialogLike, type OpenFileFs } from './file-dialogs';

type FakeWindow = { id: number };
type FakeEvent = { windowId: number | null };

const consoleWindow: FakeWindow = { id: 1 };
const event: FakeEvent = { windowId: 1 };
const csv = [{ name: 'CSV', extensions: ['csv'] }];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cocreate-dialogs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeDialog(answer: { save?: string | null; open?: string[] | null }) {
  const calls: Array<{ kind: 'save' | 'open'; window: FakeWindow; options: unknown }> = [];
  const dialog: DialogLike<FakeWindow> = {
    async showSaveDialog(window, options) {
      calls.push({ kind: 'save', window, options });
      return answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' };
    },
    async showOpenDialog(window, options) {
      calls.push({ kind: 'open', window, options });
      return answer.open ? { canceled: false, filePaths: answer.open } : { canceled: true, filePaths: [] };
    },
  };
  return { dialog, calls };
}

const handlersWith = (dialog: DialogLike<FakeWindow>, extra: { fs?: OpenFileFs; writeFile?: (p: string, data: string | Uint8Array) => Promise<void> } = {}) =>
  createFileDialogHandlers<FakeWindow, FakeEvent>({
    dialog,
    windowFor: (e) => (e.windowId === consoleWindow.id ? consoleWindow : null),
    defaultDir: '/home/facilitator/Documents',
    ...extra,
  });

describe('saveTextFile', () => {
  it('shows the dialog on the calling window and writes the chosen file', async () => {
    const target = path.join(dir, 'action-plans.csv');
    const { dialog, calls } = fakeDialog({ save: target });
    const result = await handlersWith(dialog).saveTextFile({ suggestedName: 'action-plans.csv', filters: csv, text: 'unit,action\nA,B' }, event);
    expect(result).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('unit,action\nA,B');
    expect(await readdir(dir)).toEqual(['action-plans.csv']);
    expect(calls).toEqual([
      {
        kind: 'save',
        window: consoleWindow,
        options: {
          defaultPath: path.join('/home/facilitator/Documents', 'action-plans.csv'),
          filters: csv,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
      },
    ]);
  });

  it('returns saved: false and writes nothing on cancel', async () => {
    const writes: string[] = [];
    const { dialog } = fakeDialog({ save: null });
    const result = await handlersWith(dialog, { writeFile: async (p) => void writes.push(p) }).saveTextFile({ suggestedName: 'x.csv', filters: csv, text: 'x' }, event);
    expect(result).toEqual({ saved: false });
    expect(writes).toEqual([]);
  });

  it('lets the write error through with its clear message', async () => {
    const target = path.join(dir, 'missing-folder', 'x.csv');
    const { dialog } = fakeDialog({ save: target });
    await expect(handlersWith(dialog).saveTextFile({ suggestedName: 'x.csv', filters: csv, text: 'x' }, event)).rejects.toThrow(`Could not write ${target}: the folder does not exist`);
  });

  it('refuses when the calling window has gone', async () => {
    const { dialog, calls } = fakeDialog({ save: '/tmp/x' });
    await expect(handlersWith(dialog).saveTextFile({ suggestedName: 'x.csv', filters: csv, text: 'x' }, { windowId: null })).rejects.toThrow(/saveTextFile: the window that asked has closed/);
    expect(calls).toEqual([]);
  });

  it('keeps the suggested name inside the default folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('C:\\Windows\\x.csv')).toBe('C--Windows-x.csv');
    expect(safeFileName('Plan: "A" <B>?.csv')).toBe('Plan- -A- -B--.csv');
    expect(safeFileName('...hidden')).toBe('hidden');
    expect(safeFileName('   ')).toBe('untitled');
    expect(safeFileName('tab\there.csv')).toBe('tabhere.csv');
  });
});

describe('saveFile', () => {
  it('writes the bytes exactly, atomically, where the facilitator chose', async () => {
    const target = path.join(dir, 'march.cocreate');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80]);
    const { dialog, calls } = fakeDialog({ save: target });
    expect(await handlersWith(dialog).saveFile({ suggestedName: 'March: North.cocreate', filters: csv, bytes }, event)).toEqual({ saved: true, path: target });
    expect([...(await readFile(target))]).toEqual([...bytes]);
    expect(await readdir(dir)).toEqual(['march.cocreate']);
    expect(calls[0]).toMatchObject({ kind: 'save', window: consoleWindow, options: { defaultPath: path.join('/home/facilitator/Documents', 'March- North.cocreate') } });
  });

  it('writes nothing on cancel and refuses when the window has gone', async () => {
    const writes: string[] = [];
    const cancelled = fakeDialog({ save: null });
    const bytes = new Uint8Array([1]);
    expect(await handlersWith(cancelled.dialog, { writeFile: async (p) => void writes.push(p) }).saveFile({ suggestedName: 'x.cocreate', filters: csv, bytes }, event)).toEqual({ saved: false });
    expect(writes).toEqual([]);
    const gone = fakeDialog({ save: '/tmp/x' });
    await expect(handlersWith(gone.dialog).saveFile({ suggestedName: 'x.cocreate', filters: csv, bytes }, { windowId: null })).rejects.toThrow(/saveFile: the window that asked has closed/);
    expect(gone.calls).toEqual([]);
  });
});

describe('openFile', () => {
  it('returns cancelled on cancel', async () => {
    const { dialog, calls } = fakeDialog({ open: null });
    expect(await handlersWith(dialog).openFile({ filters: csv }, event)).toEqual({ status: 'cancelled' });
    expect(calls).toEqual([{ kind: 'open', window: consoleWindow, options: { filters: csv, properties: ['openFile'] } }]);
  });

  it('returns the name and the exact bytes of the chosen file (main never decodes them)', async () => {
    const file = path.join(dir, 'march.cocreate');
    // A zip's header and a byte that is not valid UTF-8: both must arrive unchanged.
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xeb, 0x00, 0xff]);
    await writeFile(file, bytes);
    const { dialog } = fakeDialog({ open: [file] });
    const result = await handlersWith(dialog).openFile({ filters: csv }, event);
    expect(result.status === 'opened' && [result.name, [...result.bytes]]).toEqual(['march.cocreate', [...bytes]]);
  });

  it('refuses files over 64 MiB before reading them', async () => {
    let read = false;
    let closed = false;
    const bigFs: OpenFileFs = {
      open: async () => ({
        stat: async () => ({ size: MAX_OPEN_FILE_BYTES + 1, isFile: () => true }),
        readFile: async () => {
          read = true;
          return new Uint8Array();
        },
        close: async () => void (closed = true),
      }),
    };
    const { dialog } = fakeDialog({ open: ['/data/huge.cocreate'] });
    const result = await handlersWith(dialog, { fs: bigFs }).openFile({ filters: csv }, event);
    expect(result).toEqual({ status: 'error', message: '"huge.cocreate" is too large to open (the limit is 64 MiB).' });
    expect(read).toBe(false);
    expect(closed).toBe(true);
  });

  it('accepts a file of exactly 64 MiB by size', async () => {
    const exactFs: OpenFileFs = {
      open: async () => ({
        stat: async () => ({ size: MAX_OPEN_FILE_BYTES, isFile: () => true }),
        readFile: async () => new TextEncoder().encode('ok'),
        close: async () => {},
      }),
    };
    const { dialog } = fakeDialog({ open: ['/data/edge.csv'] });
    expect(await handlersWith(dialog, { fs: exactFs }).openFile({ filters: csv }, event)).toEqual({ status: 'opened', name: 'edge.csv', bytes: new TextEncoder().encode('ok') });
  });

  it('reports a missing file and a folder as errors, not crashes', async () => {
    const missing = fakeDialog({ open: [path.join(dir, 'gone.csv')] });
    expect(await handlersWith(missing.dialog).openFile({ filters: csv }, event)).toEqual({ status: 'error', message: 'Could not open "gone.csv": the file no longer exists.' });
    const folder = fakeDialog({ open: [dir] });
    expect(await handlersWith(folder.dialog).openFile({ filters: csv }, event)).toEqual({ status: 'error', message: `"${path.basename(dir)}" is not a file.` });
  });
});
