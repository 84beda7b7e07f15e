/*
 * Session archive files. Format 2 (a zip with a manifest and checksums) is written; formats 1 and 2
 * are read. The frozen schemas of each format live in v1/ and v2/; migrate.ts moves each forward.
 */
export {
  ARCHIVE_FORMAT,
  DAMAGED,
  LATEST_ARCHIVE_VERSION,
  MAX_ARCHIVE_BYTES,
  archiveRecordIds,
  readArchiveFile,
  readJsonText,
  writeArchive,
  type Archive,
  type ReadArchiveResult,
} from './container';

/** Reads an archive given as text (a format-1 JSON file). Kept for callers that only have text. */
export { readJsonText as parseArchive } from './container';
export type { ReadArchiveResult as ArchiveParseResult } from './container';
