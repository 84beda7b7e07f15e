import type { MenuCommand } from '../../shared/ipc/contract';

export interface FileKind {
  /** Shown in the dialog, e.g. "Co-Create Studio archive". */
  description: string;
  extensions: string[];
  mimeType: string;
}

export type OpenFileResult =
  | { status: 'cancelled' }
  | { status: 'opened'; name: string; text: string }
  | { status: 'error'; message: string };

/**
 * Everything the renderer needs from the platform. Two implementations: Electron (over the
 * preload bridge) and web (browser APIs); code above this interface never knows which it runs on.
 */
export interface Host {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<{ version: string; platform: string }>;
  saveTextFile(options: { suggestedName: string; kind: FileKind; text: string }): Promise<{ saved: boolean; location?: string }>;
  openTextFile(options: { kind: FileKind }): Promise<OpenFileResult>;
  /** Commands from the application menu; the web host has no menu and never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Files larger than this are refused before they are read. */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;
