import { readArchiveFile, writeArchive, type Archive, type ReadArchiveResult } from './container';

/*
 * The one place that decides how a session becomes an archive file and back. Save archive, the
 * automatic backups and "Replace" (the copy kept first) all call these two,
 * so a later format is adopted by re-pointing them here.
 */

/** The bytes of the archive file for one session, in the newest format (a zip; docs/archive-format.md). */
export function encodeSessionArchive(archive: Archive, options: { appVersion: string }): Uint8Array {
  return writeArchive(archive, { appVersion: options.appVersion });
}

/**
 * Reads any one-session archive file this app has ever written (format-1 JSON or a zip), given as
 * bytes. Every check runs first; a refusal is a few plain sentences and nothing is returned.
 */
export function decodeSessionArchive(bytes: Uint8Array): ReadArchiveResult {
  return readArchiveFile(bytes);
}
