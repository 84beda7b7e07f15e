import { z } from 'zod';
import { describeIssues } from '../text';
import { archiveV1Schema, migrate as migrateV1, type ArchiveV1 } from './v1/schema';

export const LATEST_ARCHIVE_VERSION = 1;
export type Archive = ArchiveV1;

/** Every known version, discriminated on formatVersion; each one migrates to the next. */
export const anyArchiveSchema = z.discriminatedUnion('formatVersion', [archiveV1Schema]);
export type AnyArchive = z.infer<typeof anyArchiveSchema>;

export function migrateToLatest(archive: AnyArchive): Archive {
  switch (archive.formatVersion) {
    case 1:
      return migrateV1(archive);
  }
}

export type ArchiveParseResult = { ok: true; archive: Archive } | { ok: false; message: string };

/** Reads an archive file's text. Every failure becomes one sentence a facilitator can act on. */
export function parseArchive(text: string): ArchiveParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Co-Create Studio archive (it is not readable JSON, or it is damaged).' };
  }
  if (typeof raw !== 'object' || raw === null || !('formatVersion' in raw)) {
    return { ok: false, message: 'This file is not a Co-Create Studio archive (no format version).' };
  }
  const version = (raw as { formatVersion: unknown }).formatVersion;
  if (typeof version === 'number' && version > LATEST_ARCHIVE_VERSION) {
    return {
      ok: false,
      message: `This archive was written by a newer version of Co-Create Studio (format ${version}); this app reads up to format ${LATEST_ARCHIVE_VERSION}. Please update the app.`,
    };
  }
  const parsed = anyArchiveSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: `This archive is damaged or incomplete:\n${describeIssues(parsed.error)}` };
  }
  return { ok: true, archive: migrateToLatest(parsed.data) };
}
