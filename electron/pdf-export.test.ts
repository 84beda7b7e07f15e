import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { ipcContract } from '../shared/ipc/contract';
import { printDocumentPath } from '../shared/output/print-document-path';
import { createPdfExportHandlers, printPageUrl, printWindowOptions, type FolderDialogLike, type PrintContentsLike, type PrintWindowLike } from './pdf-export';

type FakeWindow = { id: number };
type FakeEvent = { windowId: number | null };
const consoleWindow: FakeWindow = { id: 1 };
const event: FakeEvent = { windowId: 1 };

const SESSION = '0f8fad5b-d9cb-469f-a165-70867728950e';
const DELEGATE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const delegateRoute = printDocumentPath({ kind: 'delegate', sessionId: SESSION, delegateId: DELEGATE }, 'letter');
const reportRoute = printDocumentPath({ kind: 'report', sessionId: SESSION }, 'a4');
const ROADSHOW = '3b241101-e2bb-4255-8caf-4136c566a962';
const roadshowRoute = printDocumentPath({ kind: 'roadshow-report', roadshowId: ROADSHOW }, 'letter');
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 fake');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cocreate-pdf-'));
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

/** A print page that reports `states` in turn on each readiness probe (the last one repeats). */
class FakeContents implements PrintContentsLike {
  probes = 0;
  readonly pdfOptions: PrintToPDFOptions[] = [];
  readonly printOptions: WebContentsPrintOptions[] = [];
  constructor(
    private readonly states: unknown[],
    /** null: the dialog never answers. */
    private readonly printAnswer: [boolean, string] | null = [true, ''],
  ) {}
  async executeJavaScript(code: string) {
    expect(code).toContain('printReady');
    const state = this.states[Math.min(this.probes, this.states.length - 1)];
    this.probes += 1;
    return state;
  }
  async printToPDF(options: PrintToPDFOptions) {
    this.pdfOptions.push(options);
    return PDF_BYTES;
  }
  print(options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) {
    this.printOptions.push(options);
    const answer = this.printAnswer;
    if (answer) setTimeout(() => callback(...answer), 0);
  }
}

class FakePrintWindow implements PrintWindowLike {
  readonly loaded: string[] = [];
  destroyed = false;
  shown = false;
  private onClosed: (() => void) | null = null;
  show() {
    this.shown = true;
  }
  once(_event: 'closed', listener: () => void) {
    this.onClosed = listener;
  }
  /** The facilitator closes the window. */
  close() {
    this.destroyed = true;
    this.onClosed?.();
  }
  constructor(readonly webContents: FakeContents) {}
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

function setup(
  options: {
    states?: unknown[];
    printAnswer?: [boolean, string] | null;
    pick?: string | null;
    readyTimeoutMs?: number;
    makeFolder?: (folder: string, options: { recursive: true }) => Promise<unknown>;
  } = {},
) {
  const windows: FakePrintWindow[] = [];
  const dialogCalls: unknown[] = [];
  const dialog: FolderDialogLike<FakeWindow> = {
    async showOpenDialog(window, dialogOptions) {
      dialogCalls.push({ window, dialogOptions });
      const pick = options.pick === undefined ? dir : options.pick;
      return pick === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [pick] };
    },
  };
  let clock = 0;
  // The idle-close timer of the print windows, fired by hand.
  const timers = new Set<() => void>();
  const handlers = createPdfExportHandlers<FakeWindow, FakeEvent>({
    createPrintWindow: () => {
      const window = new FakePrintWindow(new FakeContents(options.states ?? [{ ready: 'true', error: null }], options.printAnswer));
      windows.push(window);
      return window;
    },
    dialog,
    windowFor: (e) => (e.windowId === consoleWindow.id ? consoleWindow : null),
    defaultDir: '/home/facilitator/Documents',
    readyTimeoutMs: options.readyTimeoutMs ?? 1000,
    pollIntervalMs: 100,
    ...(options.makeFolder ? { makeFolder: options.makeFolder } : {}),
    // A fake clock: each sleep moves time on, so timeouts are tested without waiting.
    sleep: async (ms) => void (clock += ms),
    now: () => clock,
    printWindows: {
      setTimer: (run) => {
        timers.add(run);
        return run;
      },
      clearTimer: (timer) => timers.delete(timer as () => void),
    },
  });
  const idleTimeout = () => [...timers].forEach((run) => (timers.delete(run), run()));
  return { handlers, windows, dialogCalls, idleTimeout };
}

describe('printWindowOptions', () => {
  it('is hidden, sandboxed, isolated, without Node and without a preload', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, backgroundThrottling: false });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});

describe('pickExportFolder', () => {
  it('asks for a folder on the calling window and returns it', async () => {
    const { handlers, dialogCalls } = setup();
    await expect(handlers.pickExportFolder(event)).resolves.toEqual({ folder: dir });
    expect(dialogCalls).toEqual([
      {
        window: consoleWindow,
        dialogOptions: expect.objectContaining({ defaultPath: '/home/facilitator/Documents', properties: expect.arrayContaining(['openDirectory', 'createDirectory']) }),
      },
    ]);
  });

  it('returns null when cancelled', async () => {
    const { handlers } = setup({ pick: null });
    await expect(handlers.pickExportFolder(event)).resolves.toBeNull();
  });

  it('refuses when the calling window has gone', async () => {
    const { handlers } = setup();
    await expect(handlers.pickExportFolder({ windowId: null })).rejects.toThrow('the window that asked has closed');
  });

  it("creates a folder that Windows' promptToCreate returned without creating, so the PDFs can be written", async () => {
    // Electron's docs: promptToCreate "does not actually create the file at the path"; the app must.
    const typed = path.join(dir, 'Exports', 'Leeds 12 March');
    const { handlers } = setup({ pick: typed });
    await expect(handlers.pickExportFolder(event)).resolves.toEqual({ folder: typed });
    expect(await readdir(path.join(dir, 'Exports'))).toEqual(['Leeds 12 March']);
    await handlers.printToPdf({ route: reportRoute, folder: typed, fileName: 'report.pdf' }, event);
    expect(await readdir(typed)).toEqual(['report.pdf']);
  });

  it('says plainly when the folder cannot be created, and does not allow writes into it', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES' });
    const { handlers } = setup({ pick: 'C:\\Exports\\New', makeFolder: () => Promise.reject(denied) });
    await expect(handlers.pickExportFolder(event)).rejects.toThrow(/^Could not create the folder .*New: permission denied$/);
    await expect(handlers.writeTextFileInFolder({ folder: path.resolve('C:\\Exports\\New'), fileName: 'a.csv', text: 'x' }, event)).rejects.toThrow(/not chosen/);
  });
});

describe('printToPdf', () => {
  it('prints the route once it is ready and writes the PDF atomically into the picked folder', async () => {
    const { handlers, windows, idleTimeout } = setup({ states: [{ ready: null, error: null }, {}, { ready: 'true', error: null }] });
    await handlers.pickExportFolder(event);
    const result = await handlers.printToPdf({ route: delegateRoute, folder: dir, fileName: 'North - Ana Silva.pdf' }, event);

    const target = path.join(dir, 'North - Ana Silva.pdf');
    expect(result).toEqual({ path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(PDF_BYTES);
    // Nothing but the PDF: the temporary file was renamed, not left behind.
    expect(await readdir(dir)).toEqual(['North - Ana Silva.pdf']);

    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window!.loaded).toEqual([`app://cocreate/index.html#${delegateRoute}`]);
    expect(window!.webContents.probes).toBe(3);
    expect(window!.webContents.pdfOptions).toEqual([expect.objectContaining({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: false })]);
    // A PDF never needs the window on screen.
    expect(window!.shown).toBe(false);
    // The hidden window waits for the next PDF, and closes once none has come for a while.
    expect(window!.destroyed).toBe(false);
    idleTimeout();
    expect(window!.destroyed).toBe(true);
  });

  it('"Export all" for 200 delegates reuses one hidden window, loading each document anew', async () => {
    const { handlers, windows, idleTimeout } = setup();
    await handlers.pickExportFolder(event);
    for (let i = 0; i < 200; i++) {
      const route = printDocumentPath({ kind: 'delegate', sessionId: SESSION, delegateId: DELEGATE }, i % 2 ? 'a4' : 'letter');
      await handlers.printToPdf({ route, folder: dir, fileName: `Delegate ${i}.pdf` }, event);
    }
    expect(await readdir(dir)).toHaveLength(200);
    expect(windows).toHaveLength(1);
    const loaded = windows[0]!.loaded;
    expect(loaded).toHaveLength(200);
    // Each load is a new document (a new query), never a hash change inside the last one.
    expect(new Set(loaded.map((url) => url.split('#')[0])).size).toBe(200);
    expect(loaded[1]).toBe(`app://cocreate/index.html?load=1#${printDocumentPath({ kind: 'delegate', sessionId: SESSION, delegateId: DELEGATE }, 'a4')}`);
    idleTimeout();
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('never has more than two print windows, and a failed print does not hand its window on', async () => {
    const { handlers, windows } = setup();
    await handlers.pickExportFolder(event);
    const prints = Array.from({ length: 5 }, (_, i) => handlers.printToPdf({ route: reportRoute, folder: dir, fileName: `r${i}.pdf` }, event));
    await Promise.all(prints);
    expect(windows).toHaveLength(2);
    const failing = setup({ states: [{ ready: 'error', error: 'No such delegate.' }] });
    await failing.handlers.pickExportFolder(event);
    await expect(failing.handlers.printToPdf({ route: reportRoute, folder: dir, fileName: 'x.pdf' }, event)).rejects.toThrow('No such delegate.');
    await expect(failing.handlers.printToPdf({ route: reportRoute, folder: dir, fileName: 'y.pdf' }, event)).rejects.toThrow('No such delegate.');
    expect(failing.windows.map((w) => w.destroyed)).toEqual([true, true]);
  });

  it("prints the roadshow report (the comparison of a roadshow's campuses) like a session's documents", async () => {
    expect(roadshowRoute).toBe(`/print-roadshow/${ROADSHOW}?paper=letter`);
    expect(ipcContract.printToPdf.args.safeParse([{ route: roadshowRoute, folder: dir, fileName: 'Spring roadshow - report.pdf' }]).success).toBe(true);
    expect(ipcContract.printDocument.args.safeParse([{ route: roadshowRoute }]).success).toBe(true);
    const { handlers, windows } = setup();
    await handlers.pickExportFolder(event);
    await handlers.printToPdf({ route: roadshowRoute, folder: dir, fileName: 'Spring roadshow - report.pdf' }, event);
    expect(await readdir(dir)).toEqual(['Spring roadshow - report.pdf']);
    expect(windows[0]!.loaded).toEqual([`app://cocreate/index.html#/print-roadshow/${ROADSHOW}?paper=letter`]);
    expect(windows[0]!.webContents.pdfOptions).toEqual([expect.objectContaining({ pageSize: 'Letter' })]);
    // Other roadshow pages (the comparison, its projector view) are not print routes.
    for (const route of [`/roadshows/${ROADSHOW}`, `/roadshow-projector/${ROADSHOW}`, `/print-roadshow/${ROADSHOW}?paper=a3`]) {
      await expect(handlers.printToPdf({ route, folder: dir, fileName: 'x.pdf' }, event)).rejects.toThrow('not a print route');
    }
  });

  it('replaces an earlier export of the same file', async () => {
    const { handlers } = setup();
    await writeFile(path.join(dir, 'report.pdf'), 'old');
    await handlers.pickExportFolder(event);
    await handlers.printToPdf({ route: reportRoute, folder: dir, fileName: 'report.pdf' }, event);
    expect(new Uint8Array(await readFile(path.join(dir, 'report.pdf')))).toEqual(PDF_BYTES);
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('uses A4 for an A4 route', async () => {
    const { handlers, windows } = setup();
    await handlers.pickExportFolder(event);
    await handlers.printToPdf({ route: reportRoute, folder: dir, fileName: 'report.pdf' }, event);
    expect(windows[0]!.webContents.pdfOptions[0]?.pageSize).toBe('A4');
  });

  it('refuses a folder that was not picked, before opening any window', async () => {
    const { handlers, windows } = setup();
    await expect(handlers.printToPdf({ route: reportRoute, folder: dir, fileName: 'report.pdf' }, event)).rejects.toThrow('that folder was not chosen');
    await handlers.pickExportFolder(event);
    await expect(handlers.printToPdf({ route: reportRoute, folder: path.join(dir, 'elsewhere'), fileName: 'report.pdf' }, event)).rejects.toThrow(
      'that folder was not chosen',
    );
    expect(windows).toEqual([]);
  });

  it('refuses a route that is not a print route', async () => {
    const { handlers, windows } = setup();
    await handlers.pickExportFolder(event);
    await expect(handlers.printToPdf({ route: '/sessions/x/setup', folder: dir, fileName: 'x.pdf' }, event)).rejects.toThrow('not a print route');
    expect(windows).toEqual([]);
  });

  it('reports the page’s own error and closes the window', async () => {
    const { handlers, windows } = setup({ states: [{ ready: 'error', error: 'This delegate is no longer in the session.' }] });
    await handlers.pickExportFolder(event);
    await expect(handlers.printToPdf({ route: delegateRoute, folder: dir, fileName: 'x.pdf' }, event)).rejects.toThrow('This delegate is no longer in the session.');
    expect(windows[0]!.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives up on a page that never becomes ready', async () => {
    const { handlers, windows } = setup({ states: [{ ready: null, error: null }], readyTimeoutMs: 2000 });
    await handlers.pickExportFolder(event);
    await expect(handlers.printToPdf({ route: delegateRoute, folder: dir, fileName: 'x.pdf' }, event)).rejects.toThrow('not ready after 2 seconds');
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('reports a folder that has gone since it was picked', async () => {
    const folder = path.join(dir, 'usb-stick');
    await mkdir(folder);
    const { handlers } = setup({ pick: folder });
    await handlers.pickExportFolder(event);
    await rm(folder, { recursive: true });
    await expect(handlers.printToPdf({ route: reportRoute, folder, fileName: 'report.pdf' }, event)).rejects.toThrow(
      `Could not write ${path.join(folder, 'report.pdf')}: the folder does not exist`,
    );
  });

  it('reports a "folder" that is really a file', async () => {
    const notAFolder = path.join(dir, 'notes.txt');
    await writeFile(notAFolder, 'x');
    const { handlers } = setup({ pick: notAFolder });
    // Found when the folder is chosen, before any PDF is made.
    await expect(handlers.pickExportFolder(event)).rejects.toThrow(/^Could not create the folder .*notes\.txt: a file has that name$/);
    await expect(handlers.printToPdf({ route: reportRoute, folder: notAFolder, fileName: 'report.pdf' }, event)).rejects.toThrow(/not chosen/);
  });

  // root ignores file permissions, so this one only means something for an ordinary user.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('reports a read-only folder', async () => {
    const { handlers } = setup();
    await handlers.pickExportFolder(event);
    await chmod(dir, 0o500);
    await expect(handlers.printToPdf({ route: reportRoute, folder: dir, fileName: 'report.pdf' }, event)).rejects.toThrow(
      `Could not write ${path.join(dir, 'report.pdf')}: permission denied`,
    );
  });

  it('contract: refuses unsafe file names and foreign routes before the handler runs', () => {
    const args = ipcContract.printToPdf.args;
    expect(args.safeParse([{ route: reportRoute, folder: dir, fileName: 'report.pdf' }]).success).toBe(true);
    expect(args.safeParse([{ route: reportRoute, folder: dir, fileName: '../report.pdf' }]).success).toBe(false);
    expect(args.safeParse([{ route: reportRoute, folder: dir, fileName: 'report.exe' }]).success).toBe(false);
    expect(args.safeParse([{ route: 'https://evil.example/', folder: dir, fileName: 'report.pdf' }]).success).toBe(false);
  });
});

describe('writeTextFileInFolder', () => {
  it('writes the text atomically into the picked folder', async () => {
    const { handlers } = setup();
    await handlers.pickExportFolder(event);
    const result = await handlers.writeTextFileInFolder({ folder: dir, fileName: 'distribution.csv', text: '\uFEFFDelegate,Email' }, event);
    expect(result).toEqual({ path: path.join(dir, 'distribution.csv') });
    expect(await readFile(path.join(dir, 'distribution.csv'), 'utf8')).toBe('\uFEFFDelegate,Email');
    expect(await readdir(dir)).toEqual(['distribution.csv']);
  });

  it('refuses a folder that was not picked', async () => {
    const { handlers } = setup();
    await expect(handlers.writeTextFileInFolder({ folder: dir, fileName: 'distribution.csv', text: 'x' }, event)).rejects.toThrow('that folder was not chosen');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('printDocument', () => {
  it('opens the print dialog for a ready page and says whether it printed', async () => {
    const { handlers, windows } = setup();
    await expect(handlers.printDocument({ route: reportRoute }, event)).resolves.toEqual({ printed: true });
    expect(windows[0]!.loaded).toEqual([printPageUrl(reportRoute)]);
    expect(windows[0]!.webContents.printOptions).toEqual([{ silent: false, printBackground: true }]);
    expect(windows[0]!.shown).toBe(true);
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('stops waiting when the print window is closed during the dialog', async () => {
    const { handlers, windows } = setup({ printAnswer: null });
    const printing = handlers.printDocument({ route: reportRoute }, event);
    await expect.poll(() => windows[0]?.webContents.printOptions.length).toBe(1);
    windows[0]!.close();
    await expect(printing).resolves.toEqual({ printed: false, reason: 'The print window was closed.' });
  });

  it('reports a cancelled print', async () => {
    const { handlers } = setup({ printAnswer: [false, 'cancelled'] });
    await expect(handlers.printDocument({ route: reportRoute }, event)).resolves.toEqual({ printed: false, reason: 'cancelled' });
  });
});
