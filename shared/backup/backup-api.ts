import { z } from 'zod';

/**
 * What the backup services (Electron host, web-mode server) say about the backups they keep: one
 * definition for both adapters and the renderer. Kept free of the archive schemas, because the IPC
 * contract (and so the Electron preload) imports it; reading archives is in backup-archive.ts.
 */

/** Bodies above this are refused before they are read whole (archives are far smaller). */
export const MAX_BACKUP_BYTES = 60 * 1024 * 1024;

/** The newest backup of one session, with what a facilitator needs to recognise it. */
export const backupSummarySchema = z.object({
  sessionId: z.uuid(),
  title: z.string().max(500),
  campus: z.string().max(500),
  /** The session's date as set up ('' when none). */
  date: z.string().max(20),
  /** When the session was last changed, per the archive (ms since 1970). */
  updatedAt: z.number().int().nonnegative(),
  /** When this backup was written (ms since 1970). */
  savedAt: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupListSchema = z.array(backupSummarySchema).max(10_000);

/** Where a host keeps its data, as shown in "About this data". */
export const hostDataFactsSchema = z.object({
  /** The folder the app's own data lives in (Electron's user-data folder; the web server's data folder). */
  dataFolder: z.string().max(4096),
  backupsFolder: z.string().max(4096),
  /** The newest backup written there, or null when none yet. */
  lastBackupAt: z.number().int().nonnegative().nullable(),
  backupCount: z.number().int().nonnegative(),
});
export type HostDataFacts = z.infer<typeof hostDataFactsSchema>;

export const backupSavedSchema = z.object({ location: z.string().max(4096), savedAt: z.number().int().nonnegative() });
