/**
 * PDFs and printing from the renderer's print routes. A print route is loaded into a hidden,
 * sandboxed window with no preload (it reads the same IndexedDB as the console, on the same origin),
 * and once the page says it is ready, Chromium prints it: to a PDF file written atomically into a
 * folder the facilitator picked, or to the system print dialog.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, OpenDialogOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { APP_ORIGIN } from '../shared/csp';
import type { IpcArgs, IpcResult } from '../shared/ipc/contract';
import { parsePrintDocumentPath, PDF_PAGE_SIZE, type ParsedPrintDocumentPath } from '../shared/output/print-document-path';
import { writeFileAtomic } from './atomic-write';
import { createPrintWindowPool, type PrintWindowPoolOptions } from './print-window-pool';
import { bridgelessWebPreferences } from './security';

/** The parts of Electron's WebContents used to wait for a print page and print it. */
export interface PrintContentsLike {
  executeJavaScript(code: string): Promise<unknown>;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
}

/** The parts of Electron's BrowserWindow used for a hidden print window. */
export interface PrintWindowLike {
  readonly webContents: PrintContentsLike;
  loadURL(url: string): Promise<void>;
  show(): void;
  once(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
}

/** The parts of Electron's `dialog` used here; `W` is the parent window type. */
export interface FolderDialogLike<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface PdfExportDeps<W, E> {
  /** Opens a new hidden window; `printWindowOptions()` in production. */
  createPrintWindow: () => PrintWindowLike;
  /** How PDFs reuse hidden windows (at most 2, closed after 30 s idle, by default). */
  printWindows?: Omit<PrintWindowPoolOptions<PrintWindowLike>, 'create'>;
  dialog: FolderDialogLike<W>;
  /** The window that made the call, to parent the dialog; null if it is gone. */
  windowFor: (event: E) => W | null;
  /** Where the folder dialog starts, e.g. the user's Documents folder. */
  defaultDir: string;
  writeFile?: (filePath: string, data: string | Uint8Array) => Promise<void>;
  /** `fs.mkdir`; creates the folder a Windows folder dialog returned without creating it. */
  makeFolder?: (folder: string, options: { recursive: true }) => Promise<unknown>;
  /** How long a print page may take to load its data and fonts. */
  readyTimeoutMs?: number;
  pollIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface PdfExportHandlers<E> {
  pickExportFolder(...args: [...IpcArgs<'pickExportFolder'>, E]): Promise<IpcResult<'pickExportFolder'>>;
  printToPdf(...args: [...IpcArgs<'printToPdf'>, E]): Promise<IpcResult<'printToPdf'>>;
  writeTextFileInFolder(...args: [...IpcArgs<'writeTextFileInFolder'>, E]): Promise<IpcResult<'writeTextFileInFolder'>>;
  printDocument(...args: [...IpcArgs<'printDocument'>, E]): Promise<IpcResult<'printDocument'>>;
}

export const DEFAULT_READY_TIMEOUT_MS = 60_000;

/**
 * Hidden, sandboxed and isolated like every window, with no preload: a print page needs no host
 * APIs, so it gets none. Not throttled while hidden, so its timers and fonts load at full speed.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...bridgelessWebPreferences(), backgroundThrottling: false },
  };
}

/**
 * `load` > 0 for a reused window: a new query makes loadURL start a new document. A changed hash
 * alone would route in place, where the previous document's ready flag can still be set.
 */
export function printPageUrl(route: string, load = 0): string {
  return `${APP_ORIGIN}/index.html${load > 0 ? `?load=${load}` : ''}#${route}`;
}

/** Read in the page: the print components set these on <html> once the document is complete. */
const READY_PROBE = `(() => { const d = document.documentElement.dataset; return { ready: d.printReady ?? null, error: d.printError ?? null }; })()`;

interface ReadyState {
  ready: string | null;
  error: string | null;
}

function readyState(value: unknown): ReadyState {
  const v = (value ?? {}) as Partial<Record<keyof ReadyState, unknown>>;
  return { ready: typeof v.ready === 'string' ? v.ready : null, error: typeof v.error === 'string' ? v.error : null };
}

function folderReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file has that name';
  return error instanceof Error ? error.message : String(error);
}

type PrintPageDeps = Pick<PdfExportDeps<unknown, unknown>, 'createPrintWindow' | 'printWindows' | 'readyTimeoutMs' | 'pollIntervalMs' | 'sleep' | 'now'>;

/**
 * Loads print routes in hidden windows and waits until each page says it is ready. Shared by the
 * folder export and by the join relay, which sends a delegate's PDF to their phone.
 */
export function createPrintPages(deps: PrintPageDeps) {
  const timeoutMs = deps.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const pollMs = deps.pollIntervalMs ?? 100;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;

  async function waitUntilReady(contents: PrintContentsLike): Promise<void> {
    const deadline = now() + timeoutMs;
    for (;;) {
      const state = readyState(await contents.executeJavaScript(READY_PROBE));
      if (state.ready === 'true') return;
      if (state.ready === 'error') throw new Error(state.error ?? 'The document could not be prepared.');
      if (now() >= deadline) throw new Error(`The document was not ready after ${Math.round(timeoutMs / 1000)} seconds.`);
      await sleep(pollMs);
    }
  }

  // PDFs reuse hidden windows (one after another for "Export all"); printing shows its window, so
  // it gets a window of its own.
  const pool = createPrintWindowPool<PrintWindowLike>({ ...deps.printWindows, create: deps.createPrintWindow });

  /** Runs `use` on a loaded, ready print page in a pooled window (dropped if anything fails). */
  async function withPooledPrintPage<T>(route: string, use: (window: PrintWindowLike) => Promise<T>): Promise<T> {
    return pool.use(async (window, loads) => {
      await window.loadURL(printPageUrl(route, loads));
      await waitUntilReady(window.webContents);
      return use(window);
    });
  }

  /** Runs `use` on a loaded, ready print page, and always closes the window afterwards. */
  async function withPrintPage<T>(route: string, use: (window: PrintWindowLike) => Promise<T>): Promise<T> {
    const window = deps.createPrintWindow();
    try {
      await window.loadURL(printPageUrl(route));
      await waitUntilReady(window.webContents);
      return await use(window);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  }

  /** A print route as PDF bytes, paper size from its `?paper=`. */
  async function renderPdf(route: string): Promise<Uint8Array> {
    const parsed = parsePrintDocumentPath(route);
    if (!parsed) throw new Error('not a print route');
    return withPooledPrintPage(route, (window) =>
      window.webContents.printToPDF({
        pageSize: PDF_PAGE_SIZE[parsed.paper],
        printBackground: true,
        // Margins, footer and page numbers come from the page's own @page rules.
        displayHeaderFooter: false,
        preferCSSPageSize: false,
        generateTaggedPDF: true,
      }),
    );
  }

  return { withPrintPage, withPooledPrintPage, renderPdf };
}

export function createPdfExportHandlers<W, E>(deps: PdfExportDeps<W, E>): PdfExportHandlers<E> {
  const writeFile = deps.writeFile ?? ((filePath: string, data: string | Uint8Array) => writeFileAtomic(filePath, data));
  const makeFolder = deps.makeFolder ?? mkdir;
  const { withPrintPage, renderPdf } = createPrintPages(deps);
  // The renderer may only write into folders the facilitator chose in a dialog during this run.
  const pickedFolders = new Set<string>();

  const allowedFolder = (folder: string, method: string): string => {
    const resolved = path.resolve(folder);
    if (!path.isAbsolute(folder) || !pickedFolders.has(resolved)) {
      throw new Error(`${method}: that folder was not chosen for this export; choose the folder again.`);
    }
    return resolved;
  };

  const routeOf = (route: string, method: string): ParsedPrintDocumentPath => {
    const parsed = parsePrintDocumentPath(route);
    if (!parsed) throw new Error(`${method}: not a print route`);
    return parsed;
  };

  const parentOf = (event: E, method: string): W => {
    const window = deps.windowFor(event);
    if (window === null) throw new Error(`${method}: the window that asked has closed`);
    return window;
  };

  return {
    async pickExportFolder(event) {
      const choice = await deps.dialog.showOpenDialog(parentOf(event, 'pickExportFolder'), {
        title: 'Choose a folder for the PDFs',
        buttonLabel: 'Export here',
        defaultPath: deps.defaultDir,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || folder === undefined) return null;
      const resolved = path.resolve(folder);
      // On Windows, 'promptToCreate' lets the facilitator type a new folder's name and returns it
      // without creating it (Electron's dialog docs: the app should create it); every write into
      // it would then fail. Elsewhere the folder exists and this does nothing.
      try {
        await makeFolder(resolved, { recursive: true });
      } catch (error) {
        throw new Error(`Could not create the folder ${resolved}: ${folderReason(error)}`, { cause: error });
      }
      pickedFolders.add(resolved);
      return { folder: resolved };
    },

    async printToPdf({ route, folder, fileName }) {
      routeOf(route, 'printToPdf');
      const target = path.join(allowedFolder(folder, 'printToPdf'), path.basename(fileName));
      const pdf = await renderPdf(route);
      // A failure throws "Could not write <path>: <reason>", which reaches the renderer's promise.
      await writeFile(target, pdf);
      return { path: target };
    },

    async writeTextFileInFolder({ folder, fileName, text }) {
      const target = path.join(allowedFolder(folder, 'writeTextFileInFolder'), path.basename(fileName));
      await writeFile(target, text);
      return { path: target };
    },

    async printDocument({ route }) {
      routeOf(route, 'printDocument');
      return withPrintPage(
        route,
        (window) =>
          new Promise<IpcResult<'printDocument'>>((resolve) => {
            // Shown while printing: on macOS the print dialog is a sheet on its window, which a hidden
            // window cannot present; the facilitator also sees what is being printed.
            window.show();
            // Closing the window during the dialog would otherwise leave the call waiting forever.
            window.once('closed', () => resolve({ printed: false, reason: 'The print window was closed.' }));
            window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
              resolve(success ? { printed: true } : { printed: false, reason: (failureReason || 'cancelled').slice(0, 500) });
            });
          }),
      );
    },
  };
}
