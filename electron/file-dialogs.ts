import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { IpcArgs, IpcResult } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

/** Larger files are refused before they are read (the same limit the contract puts on saved text). */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;

/** The parts of Electron's `dialog` used here; `W` is the parent window type (BrowserWindow). */
export interface DialogLike<W> {
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface ReadableFileLike {
  stat(): Promise<{ size: number; isFile(): boolean }>;
  readFile(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface OpenFileFs {
  open(filePath: string, flags: 'r'): Promise<ReadableFileLike>;
}

export interface FileDialogDeps<W, E> {
  dialog: DialogLike<W>;
  /** The window that made the call, to parent the dialog; null if it is gone. */
  windowFor: (event: E) => W | null;
  /** Where the save dialog starts, e.g. the user's Documents folder. */
  defaultDir: string;
  writeFile?: (filePath: string, data: string | Uint8Array) => Promise<void>;
  fs?: OpenFileFs;
}

export interface FileDialogHandlers<E> {
  saveTextFile(...args: [...IpcArgs<'saveTextFile'>, E]): Promise<IpcResult<'saveTextFile'>>;
  saveFile(...args: [...IpcArgs<'saveFile'>, E]): Promise<IpcResult<'saveFile'>>;
  openFile(...args: [...IpcArgs<'openFile'>, E]): Promise<IpcResult<'openFile'>>;
}

/**
 * The renderer suggests a file *name*; it never picks the folder. Anything path-like or invalid
 * on Windows is replaced so the dialog shows a plain name inside `defaultDir`.
 */
export function safeFileName(suggested: string): string {
  const cleaned = [...suggested]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/[\\/:*?"<>|]/g, '-')
    .trim()
    .replace(/^\.+/, '');
  return cleaned === '' ? 'untitled' : cleaned;
}

const MIB = 1024 * 1024;

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the file no longer exists';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a file the facilitator chose as bytes, refusing huge files before reading them. The
 * renderer decodes them (strict UTF-8 for a format-1 archive, unzip for format 2), never main.
 */
export async function readFileBytes(fs: OpenFileFs, filePath: string): Promise<IpcResult<'openFile'>> {
  const name = path.basename(filePath);
  const tooLarge = () => ({ status: 'error' as const, message: `"${name}" is too large to open (the limit is ${MAX_OPEN_FILE_BYTES / MIB} MiB).` });
  let handle: ReadableFileLike;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    return { status: 'error', message: `Could not open "${name}": ${reasonOf(error)}.` };
  }
  try {
    // Stat the open handle, not the path, so the size checked is the size of the file read.
    const info = await handle.stat();
    if (!info.isFile()) return { status: 'error', message: `"${name}" is not a file.` };
    if (info.size > MAX_OPEN_FILE_BYTES) return tooLarge();
    const bytes = await handle.readFile();
    // The file may have grown between the check and the read.
    if (bytes.length > MAX_OPEN_FILE_BYTES) return tooLarge();
    return { status: 'opened', name, bytes };
  } catch (error) {
    return { status: 'error', message: `Could not open "${name}": ${reasonOf(error)}.` };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** `saveTextFile`, `saveFile` and `openFile` for the IPC handler table. */
export function createFileDialogHandlers<W, E>(deps: FileDialogDeps<W, E>): FileDialogHandlers<E> {
  const writeFile = deps.writeFile ?? ((filePath: string, data: string | Uint8Array) => writeFileAtomic(filePath, data));
  const fs: OpenFileFs = deps.fs ?? nodeFs;
  const parentOf = (event: E, method: string): W => {
    const window = deps.windowFor(event);
    if (window === null) throw new Error(`${method}: the window that asked has closed`);
    return window;
  };

  const save = async (suggestedName: string, filters: SaveDialogOptions['filters'], data: string | Uint8Array, event: E, method: string) => {
    const choice = await deps.dialog.showSaveDialog(parentOf(event, method), {
      defaultPath: path.join(deps.defaultDir, safeFileName(suggestedName)),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    // A failure throws "Could not write <path>: <reason>", which reaches the renderer's promise.
    await writeFile(choice.filePath, data);
    return { saved: true, path: choice.filePath };
  };

  return {
    saveTextFile({ suggestedName, filters, text }, event) {
      return save(suggestedName, filters, text, event, 'saveTextFile');
    },

    saveFile({ suggestedName, filters, bytes }, event) {
      return save(suggestedName, filters, bytes, event, 'saveFile');
    },

    async openFile({ filters }, event) {
      const choice = await deps.dialog.showOpenDialog(parentOf(event, 'openFile'), { filters, properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
      return readFileBytes(fs, filePath);
    },
  };
}
