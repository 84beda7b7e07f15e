/*
 * Archive files. Format 3 (a zip with a manifest and checksums, holding one or several sessions and
 * the roadshow they form) is written; formats 1 to 3 are read. The frozen schemas of each format
 * live in v1/, v2/ and v3/; migrate.ts moves each forward.
 */
export {
  ARCHIVE_FORMAT,
  DAMAGED,
  LATEST_ARCHIVE_VERSION,
  MAX_ARCHIVE_BYTES,
  archiveRecordIds,
  readArchiveBundle,
  readArchiveBundleQuickly,
  readArchiveFile,
  readJsonText,
  writeArchive,
  type Archive,
  type ReadArchiveResult,
} from './container';
export { writeArchiveBundle, type ArchiveBundle, type ReadBundleResult, type RoadshowInFile } from './format-v3';

export { decodeSessionArchive, encodeSessionArchive } from './session-file';

/** Reads an archive given as text (a format-1 JSON file). Kept for callers that only have text. */
export { readJsonText as parseArchive } from './container';
export type { ReadArchiveResult as ArchiveParseResult } from './container';
