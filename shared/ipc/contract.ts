import { z } from 'zod';
import { backupListSchema, hostDataFactsSchema } from '../backup/backup-api';
import { exportFileNameSchema } from '../output/export-file-name';
import {
  consoleSnapshotSchema,
  deviceIdSchema,
  deviceSummarySchema,
  joinInterfaceSchema,
  relayAckSchema,
  relayEventSchema,
  relayPdfReplySchema,
  relayStartSchema,
  relayStatusSchema,
  type RelayEvent,
} from '../join';
import { printDocumentPathSchema } from '../output/print-document-path';

/**
 * The one contract between the renderer and the Electron host: method → args schema → result schema.
 * The preload exposes exactly these methods as `window.cocreate`; main validates every call's args
 * with the same schema before a handler sees them.
 */
const fileFilter = z.object({ name: z.string().min(1).max(80), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10) });
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** An export folder as the host reported it from `pickExportFolder`; main only writes to folders it handed out. */
const exportFolder = z.string().min(1).max(4096);
/**
 * A file's contents as bytes (archives are zip files). Electron's IPC copies typed arrays with the
 * structured clone algorithm, so they cross as Uint8Array (a Buffer from main arrives as one too).
 */
const fileBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_FILE_BYTES, { message: 'expected file bytes of at most 64 MiB' });
/** What opening a file gave: nothing (cancelled or no launch file), its bytes, or a plain reason. */
const openedFile = z.object({ status: z.literal('opened'), name: z.string(), bytes: fileBytes });
const openError = z.object({ status: z.literal('error'), message: z.string() });

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
  /** Shows a save dialog and writes the bytes atomically (archives). */
  saveFile: {
    args: z.tuple([
      z.object({
        suggestedName: z.string().min(1).max(255),
        filters: z.array(fileFilter).max(5),
        bytes: fileBytes,
      }),
    ]),
    result: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** Shows an open dialog and returns the chosen file's bytes (size-checked in main; the renderer decodes them). */
  openFile: {
    args: z.tuple([z.object({ filters: z.array(fileFilter).max(5) })]),
    result: z.union([z.object({ status: z.literal('cancelled') }), openedFile, openError]),
  },
  /** Shows a folder dialog for exports; null when cancelled. */
  pickExportFolder: {
    args: z.tuple([]),
    result: z.object({ folder: exportFolder }).nullable(),
  },
  /**
   * Loads a print route in a hidden window, waits until the page says it is ready, prints it to PDF
   * (paper size from the route's `?paper=`) and writes `fileName` atomically into a picked folder.
   */
  printToPdf: {
    args: z.tuple([z.object({ route: printDocumentPathSchema, folder: exportFolder, fileName: exportFileNameSchema('pdf') })]),
    result: z.object({ path: z.string() }),
  },
  /** Writes a CSV file (e.g. distribution.csv) atomically into a picked folder. */
  writeTextFileInFolder: {
    args: z.tuple([z.object({ folder: exportFolder, fileName: exportFileNameSchema('csv'), text: z.string().max(MAX_FILE_BYTES) })]),
    result: z.object({ path: z.string() }),
  },
  /** Loads a print route in a hidden window and opens the system print dialog for it. */
  printDocument: {
    args: z.tuple([z.object({ route: printDocumentPathSchema })]),
    result: z.object({ printed: z.boolean(), reason: z.string().max(500).optional() }),
  },
  /** Opens the audience window for a session or a roadshow's comparison (full screen on a second display), or closes it. */
  toggleProjector: {
    args: z.tuple([z.union([z.strictObject({ sessionId: z.uuid(), open: z.boolean().optional() }), z.strictObject({ roadshowId: z.uuid(), open: z.boolean().optional() })])]),
    result: z.object({
      open: z.boolean(),
      sessionId: z.string().nullable(),
      /** How many displays the OS reports; 1 with mirrored displays, where the room sees the console. */
      displays: z.number().int().nonnegative(),
      external: z.boolean(),
    }),
  },
  /** The `.cocreate` file the app was opened with (double-click, command line), once. */
  takeLaunchArchive: {
    args: z.tuple([]),
    result: z.union([z.object({ status: z.literal('none') }), openedFile, openError]),
  },
  /** Writes the newest archive file of a session into the app's backup folder, rotating older copies. */
  backupSession: {
    args: z.tuple([z.object({ sessionId: z.uuid(), bytes: fileBytes })]),
    result: z.object({ saved: z.boolean(), location: z.string() }),
  },
  /** The newest backup of each session in the backup folder (for restoring after lost data). */
  listSessionBackups: {
    args: z.tuple([]),
    result: backupListSchema,
  },
  /** The newest backup file of one session (format-1 JSON or a format-2 zip), or null when there is none. */
  readSessionBackup: {
    args: z.tuple([z.object({ sessionId: z.uuid() })]),
    result: z.object({ bytes: fileBytes }).nullable(),
  },
  /** Where the app keeps its data and backups, for "About this data". */
  dataFacts: {
    args: z.tuple([]),
    result: hostDataFactsSchema,
  },
  /** Join relay (issue 14): the laptop's IPv4 interfaces for the picker. */
  joinListInterfaces: { args: z.tuple([]), result: z.array(joinInterfaceSchema) },
  joinStatus: { args: z.tuple([]), result: relayStatusSchema },
  /** Listens on one offered address only; rejects with a plain reason (port in use, address gone). */
  joinStart: { args: z.tuple([relayStartSchema]), result: relayStatusSchema },
  joinStop: { args: z.tuple([]), result: relayStatusSchema },
  joinRotateCode: { args: z.tuple([]), result: relayStatusSchema },
  joinPublish: { args: z.tuple([consoleSnapshotSchema]), result: z.null() },
  joinAck: { args: z.tuple([relayAckSchema]), result: z.null() },
  joinRemoveDevice: { args: z.tuple([z.object({ deviceId: deviceIdSchema })]), result: z.array(deviceSummarySchema) },
  joinPdfReply: { args: z.tuple([relayPdfReplySchema]), result: z.null() },
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
  /** The join relay's events (submissions, devices, PDF requests, status). Returns an unsubscribe function. */
  onJoinEvent(listener: (event: RelayEvent) => void): () => void;
};

/** 'open-launch-archive': a .cocreate file was double-clicked while the app was running. */
export const menuCommandSchema = z.enum(['new-session', 'open-archive', 'open-launch-archive', 'toggle-projector', 'show-shortcuts']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

export const ipcChannel = (method: IpcMethod): string => `cocreate:${method}`;
export const MENU_COMMAND_CHANNEL = 'cocreate:menu-command';
export const JOIN_EVENT_CHANNEL = 'cocreate:join-event';
/** Checked in the preload before a relay event reaches page code. */
export const joinEventSchema = relayEventSchema;
