import { asProjectorTarget, projectorRoute } from '../../shared/output/projector-target';
import { MAX_OPEN_FILE_BYTES, type Host, type OpenFileResult, type PrintOutcome } from './host';
import { createServerJoinRelay } from './join-relay-server';
import { createServerBackups, serverToken } from './server-backups';

/** The Host in a plain browser: downloads through a Blob link, opens through a file input. */
export function createWebHost(doc: Document = document): Host {
  // The projector window this console opened, so the same button can close it again.
  let projector: Window | null = null;
  const origin = doc.defaultView?.location.origin ?? window.location.origin;
  const token = serverToken(doc);
  const server = token ? createServerBackups(token, origin) : null;
  return {
    kind: 'web',
    getAppInfo() {
      return Promise.resolve({ version: __APP_VERSION__, platform: 'web' });
    },
    toggleProjector(which, open) {
      const target = asProjectorTarget(which);
      const key = 'sessionId' in target ? target.sessionId : `roadshow-${target.roadshowId}`;
      const win = doc.defaultView ?? window;
      const isOpen = projector !== null && !projector.closed;
      if (isOpen && open !== true) {
        projector!.close();
        projector = null;
        return Promise.resolve({ open: false, displays: null, external: false });
      }
      if (!isOpen && open === false) return Promise.resolve({ open: false, displays: null, external: false });
      const url = new URL(win.location.href);
      url.hash = `#${projectorRoute(target)}`;
      // A named target: pressing the button again focuses the same window instead of opening more.
      if (isOpen && !projector!.location.hash.endsWith(projectorRoute(target))) projector!.location.hash = url.hash;
      const opened = isOpen ? projector : win.open(url.href, `cocreate-projector-${key}`, 'popup,width=1280,height=720');
      if (!opened) return Promise.resolve({ open: false, displays: null, external: false, blocked: true });
      projector = opened;
      opened.focus();
      return Promise.resolve({ open: true, displays: null, external: false });
    },
    takeLaunchArchive() {
      return Promise.resolve({ status: 'none' as const });
    },
    // Backups on disk through the web-mode server that served this page (its secret is in the page).
    sessionBackups: server?.backups ?? null,
    async dataFacts() {
      const storeLocation = `this browser profile, for ${origin} only`;
      if (!server) return { kind: 'web', storeLocation, dataFolder: null, backupsFolder: null, lastBackupAt: null, backupCount: 0 };
      return { kind: 'web', storeLocation, ...(await server.facts()) };
    },
    saveTextFile({ suggestedName, kind, text }) {
      return download(doc, suggestedName, new Blob([text], { type: `${kind.mimeType};charset=utf-8` }));
    },
    saveFile({ suggestedName, kind, bytes }) {
      return download(doc, suggestedName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: kind.mimeType }));
    },
    openFile({ kind }) {
      return new Promise<OpenFileResult>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = kind.extensions.map((e) => `.${e}`).join(',');
        input.hidden = true;
        const done = (result: OpenFileResult) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => done({ status: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return done({ status: 'cancelled' });
          if (file.size > MAX_OPEN_FILE_BYTES) {
            return done({ status: 'error', message: `"${file.name}" is ${(file.size / 1048576).toFixed(0)} MB; files over 64 MB are not opened.` });
          }
          file.arrayBuffer().then(
            (buffer) => done({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) }),
            () => done({ status: 'error', message: `"${file.name}" could not be read.` }),
          );
        });
        doc.body.append(input);
        input.click();
      });
    },
    onMenuCommand() {
      return () => undefined;
    },
    // A browser cannot write a folder of files: the UI offers the combined print document instead.
    pdfFolderExport: null,
    // The web-mode server runs the relay; the Vite dev server has none.
    joinRelay: token ? createServerJoinRelay(token, origin) : null,
    printDocument(route) {
      return printInNewWindow(doc, route);
    },
  };
}

/** Saves a Blob as a download through a temporary link. */
function download(doc: Document, suggestedName: string, blob: Blob): Promise<{ saved: boolean; location: string }> {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ saved: true, location: suggestedName });
}

const PRINT_READY_TIMEOUT_MS = 60_000;

/**
 * Opens the print route in a new window of this app (same origin, so it reads the same data),
 * waits until the page says it is ready (data and fonts loaded), then opens its print dialog.
 * The window stays open afterwards, with its own Print and Close buttons.
 */
async function printInNewWindow(doc: Document, route: string): Promise<PrintOutcome> {
  const view = doc.defaultView;
  if (!view) return { status: 'blocked' };
  const url = `${view.location.pathname}${view.location.search}#${route}`;
  const printWindow = view.open(url, '_blank');
  if (!printWindow) return { status: 'blocked' };
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  for (;;) {
    if (printWindow.closed) return { status: 'not-printed', reason: 'The print window was closed.' };
    // Until the app has loaded, the new window may still show about:blank.
    const dataset = printWindow.document?.documentElement?.dataset;
    if (dataset?.printReady === 'true') break;
    if (dataset?.printReady === 'error') return { status: 'not-printed', reason: dataset.printError ?? 'The document could not be prepared.' };
    if (Date.now() > deadline) return { status: 'not-printed', reason: 'The document took too long to prepare.' };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  printWindow.focus();
  printWindow.print();
  return { status: 'dialog-shown' };
}
