import type { BackupSummary } from '../../shared/backup/backup-api';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { ProjectorTarget } from '../../shared/output/projector-target';
import type {
  ConsoleSnapshot,
  DeviceSummary,
  JoinInterface,
  RelayAck,
  RelayEvent,
  RelayPdfReply,
  RelayStart,
  RelayStatus,
} from '../../shared/join';

export interface FileKind {
  /** Shown in the dialog, e.g. "Co-Create Studio archive". */
  description: string;
  extensions: string[];
  mimeType: string;
}

/** A file the facilitator opened, as bytes: archives are zips (format 2) or JSON (format 1). */
export type OpenFileResult =
  | { status: 'cancelled' }
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'error'; message: string };

/**
 * Everything the renderer needs from the platform. Two implementations: Electron (over the
 * preload bridge) and web (browser APIs); code above this interface never knows which it runs on.
 */
export interface Host {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<{ version: string; platform: string }>;
  saveTextFile(options: { suggestedName: string; kind: FileKind; text: string }): Promise<{ saved: boolean; location?: string }>;
  /** Saves bytes (an archive file) where the facilitator chooses (Electron) or as a download (web). */
  saveFile(options: { suggestedName: string; kind: FileKind; bytes: Uint8Array }): Promise<{ saved: boolean; location?: string }>;
  openFile(options: { kind: FileKind }): Promise<OpenFileResult>;
  /** Commands from the application menu; the web host has no menu and never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Opens the audience view of a session (given its id) or of a roadshow's comparison, or closes it
   * (`open` forces one or the other). Electron: a window full screen on the second display; web: a
   * second browser window.
   */
  toggleProjector(target: string | ProjectorTarget, open?: boolean): Promise<ProjectorStatus>;
  /**
   * Automatic backups of session archives on disk, outside the browser storage: the app's own
   * folder (Electron) or the web-mode server's data folder. null where no such service exists
   * (e.g. the Vite dev server), where archives are saved by hand.
   */
  readonly sessionBackups: SessionBackups | null;
  /** Where this host keeps the data and its backups, for "About this data". */
  dataFacts(): Promise<HostDataFacts>;
  /** The archive the app was launched with (a double-clicked .cocreate file), once; web: none. */
  takeLaunchArchive(): Promise<OpenFileResult | { status: 'none' }>;
  /**
   * Writing PDFs of print routes into a folder the facilitator picks (Electron). null where the
   * platform cannot write a folder of files (web mode): offer `printDocument` with the combined
   * document instead, whose print dialog can save one PDF.
   */
  readonly pdfFolderExport: PdfFolderExport | null;
  /** Sends a print route (e.g. from `printDocumentPath()`) to the printer through the system print dialog. */
  printDocument(route: string): Promise<PrintOutcome>;
  /**
   * The local relay that lets delegates join from their phones (issue 14): in Electron's main
   * process, or in the web-mode server. null where there is none (the Vite dev server).
   */
  readonly joinRelay: JoinRelayHost | null;
}

/**
 * The console's side of the relay. The console stays the single writer: the relay forwards each
 * phone submission as a `submission` event and holds the phone's request until `ack`.
 */
export interface JoinRelayHost {
  /** IPv4 interfaces to offer in the picker (loopback flagged `internal`). */
  listInterfaces(): Promise<JoinInterface[]>;
  status(): Promise<RelayStatus>;
  /** Listens on one chosen address only, with a new join code; rejects with a plain reason (e.g. port in use). */
  start(options: RelayStart): Promise<RelayStatus>;
  /** Stops listening; every device token ends. */
  stop(): Promise<RelayStatus>;
  /** A new join code; joined devices stay. */
  rotateCode(): Promise<RelayStatus>;
  /** The current session as phones may see it (each phone gets only its own part). */
  publish(snapshot: ConsoleSnapshot): Promise<void>;
  /** The console's answer to a `submission` event. */
  ack(ack: RelayAck): Promise<void>;
  /** Refuses the device from now on; returns the devices left. */
  removeDevice(deviceId: string): Promise<DeviceSummary[]>;
  /** The answer to a `pdf-request` event. */
  pdfReply(reply: RelayPdfReply): Promise<void>;
  /** submission, devices, pdf-request and status events; returns an unsubscribe function. */
  onEvent(listener: (event: RelayEvent) => void): () => void;
}

export interface SessionBackups {
  /** Writes an archive file (from `encodeSessionArchive`) as the newest backup of the session. */
  save(sessionId: string, bytes: Uint8Array): Promise<{ location: string }>;
  /** The newest backup of each session, most recently changed first. */
  list(): Promise<BackupSummary[]>;
  /** The newest backup of a session as the archive file's bytes (zip or older JSON); null when there is none. */
  read(sessionId: string): Promise<Uint8Array | null>;
}

export interface HostDataFacts {
  kind: 'electron' | 'web';
  /** Where the sessions themselves live, in words ("this browser profile, for http://127.0.0.1:47615"). */
  storeLocation: string;
  /** The app's own folder on disk (Electron's user-data folder, the web server's data folder); null when none. */
  dataFolder: string | null;
  backupsFolder: string | null;
  lastBackupAt: number | null;
  backupCount: number;
}

export interface ProjectorStatus {
  open: boolean;
  /** Displays the OS reports; 1 means mirrored or no projector: the room sees the console. null when unknown (web). */
  displays: number | null;
  /** The projector went full screen on a second display. */
  external: boolean;
  /** The browser blocked the new window (web). */
  blocked?: boolean;
}

export interface PdfFolderExport {
  /** Shows a folder dialog; the folder's path, or null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Prints `route` to `fileName` (a safe name from shared/output/file-names) in `folder`; rejects with a readable reason. */
  writePdf(options: { route: string; folder: string; fileName: string }): Promise<void>;
  /** Writes a CSV file (e.g. distribution.csv) into `folder`. */
  writeCsv(options: { folder: string; fileName: string; text: string }): Promise<void>;
}

export type PrintOutcome =
  /** Electron: the system print dialog printed or was cancelled. */
  | { status: 'printed' }
  | { status: 'not-printed'; reason: string }
  /** Web: the document opened in a new window with its print dialog; the browser does not say what happened next. */
  | { status: 'dialog-shown' }
  /** Web: the browser blocked the new window. */
  | { status: 'blocked' };

/** Files larger than this are refused before they are read. */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;
