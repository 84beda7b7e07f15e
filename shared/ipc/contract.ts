import { z } from 'zod';

/**
 * The one contract between the renderer and the Electron host: method → args schema → result schema.
 * The preload exposes exactly these methods as `window.cocreate`; main validates every call's args
 * with the same schema before a handler sees them.
 */
const fileFilter = z.object({ name: z.string().min(1).max(80), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10) });
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const ipcContract = {
  getAppInfo: {
    args: z.tuple([]),
    result: z.object({ version: z.string(), platform: z.string(), isPackaged: z.boolean() }),
  },
  /** Shows a save dialog and writes the text atomically. */
  saveTextFile: {
    args: z.tuple([
      z.object({
        suggestedName: z.string().min(1).max(255),
        filters: z.array(fileFilter).max(5),
        text: z.string().max(MAX_FILE_BYTES),
      }),
    ]),
    result: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** Shows an open dialog and returns the chosen file's text (size-checked in main). */
  openTextFile: {
    args: z.tuple([z.object({ filters: z.array(fileFilter).max(5) })]),
    result: z.union([
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('opened'), name: z.string(), text: z.string() }),
      z.object({ status: z.literal('error'), message: z.string() }),
    ]),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = z.infer<IpcContract[M]['args']>;
export type IpcResult<M extends IpcMethod> = z.infer<IpcContract[M]['result']>;

/** The shape of `window.cocreate` as the preload exposes it. */
export type CocreateBridge = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<M>>;
} & {
  /** Menu commands sent by the host (e.g. "open archive"). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export const menuCommandSchema = z.enum(['new-session', 'open-archive', 'toggle-projector', 'show-shortcuts']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

export const ipcChannel = (method: IpcMethod): string => `cocreate:${method}`;
export const MENU_COMMAND_CHANNEL = 'cocreate:menu-command';
