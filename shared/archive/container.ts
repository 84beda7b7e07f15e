import { unzipSync, type Unzipped, type UnzipFileInfo } from 'fflate';
import { recordKindList } from '../records/registry';
import { idOf, recordsOf, type SessionRecords } from '../records/session-records';
import { decodeUtf8, parseJson } from './bytes';
import { sha256Hex, sha256HexAll } from './sha256';
import { inflateNatively, locateEntries } from './zip-native';
import { DAMAGED, entriesIntact, readZipV3, refused, roadshowOfSession, writeArchiveBundle, type ReadBundleResult } from './format-v3';
import { checkArchiveIntegrity } from './integrity';
import { describeIssue } from './messages';
import { migrateV1, migrateV2, migrateV3 } from './migrate';
import { archiveV1Schema, V1_LIST_MAX } from './v1/schema';
import { manifestV2Schema, recordEntriesV2, type RecordEntryNameV2, type RecordsV2 } from './v2/schema';

/*
 * Reading and writing archive files. Format 3 is written: a zip with manifest.json (format,
 * versions, the sessions it holds, the roadshow they form, and a SHA-256 and size for every entry)
 * plus one JSON list per record kind per session (see docs/archive-format.md and format-v3.ts).
 * Format 2 (a zip of one session) and format 1 (one JSON document) still open, migrated forward.
 * Every check runs before anything is returned, so a file that is refused has touched nothing.
 */

export const ARCHIVE_FORMAT = 'co-create-studio-archive';
export const LATEST_ARCHIVE_VERSION = 3;
/** Files over this size are refused before they are parsed or unzipped. */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
/** No single entry, nor all entries together, may unpack to more than this. */
export const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 2000;

/** What an archive of one session carries: its records and when it was saved. */
export type Archive = SessionRecords & { exportedAt: number };

export type ReadArchiveResult = { ok: true; archive: Archive; formatVersion: number } | { ok: false; message: string };

const NOT_AN_ARCHIVE = 'This file is not a Co-Create Studio archive.';
export { DAMAGED };

// ---------------------------------------------------------------- writing

/**
 * Writes one session as a format-3 archive file; a session in a roadshow carries its membership,
 * so it rejoins the roadshow where it is opened. `level` 0 stores entries uncompressed (quicker for tests).
 */
export function writeArchive(archive: Archive, options: { appVersion: string; level?: 0 | 6 }): Uint8Array {
  const { exportedAt, ...records } = archive;
  return writeArchiveBundle({ exportedAt, sessions: [records], roadshow: roadshowOfSession(records) }, options);
}

// ---------------------------------------------------------------- reading

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05);
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;

/** Opens an archive file's bytes (format 1, 2 or 3): its sessions and roadshow. Every refusal is a few plain sentences. */
export function readArchiveBundle(bytes: Uint8Array): ReadBundleResult {
  if (bytes.length > MAX_ARCHIVE_BYTES) {
    return { ok: false, message: `This file is ${(bytes.length / 1048576).toFixed(0)} MB; archives over 50 MB are not opened.` };
  }
  if (isZip(bytes)) return readZip(bytes);
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, message: `${NOT_AN_ARCHIVE} Its text is not valid UTF-8 (it may be damaged or from another program).` };
  return bundleOf(readJsonText(text));
}

/**
 * As readArchiveBundle, with the zip's entries inflated by the platform's DecompressionStream and
 * their checksums worked out by its WebCrypto where it has them (milliseconds instead of tens of
 * them for a 200-delegate session); the same checks, the same answers. The app opens files here.
 */
export async function readArchiveBundleQuickly(bytes: Uint8Array): Promise<ReadBundleResult> {
  if (bytes.length > MAX_ARCHIVE_BYTES || !isZip(bytes)) return readArchiveBundle(bytes);
  // fflate reads the zip and runs every check; deflated entries are left to the platform's inflater.
  const listed: UnzipFileInfo[] = [];
  const unzipped = unzipArchive(bytes, (file) => {
    listed.push(file);
    return file.compression === 8;
  });
  // A refusal is worded by the usual reader, which meets the problems in the same order.
  if (!unzipped.ok) return readArchiveBundle(bytes);
  const inflated = await inflateDeferred(bytes, listed, unzipped.files);
  if (!inflated) return readArchiveBundle(bytes);
  const parts = Object.entries(unzipped.files).filter(([name]) => name !== 'manifest.json');
  const digests = await sha256HexAll(parts.map(([, data]) => data));
  const known = new Map<Uint8Array, string>(parts.map(([, data], i) => [data, digests[i]!]));
  return readUnzipped(unzipped.files, (data) => known.get(data) ?? sha256Hex(data));
}

/**
 * Inflates the entries fflate left deflated, natively, into `files`; false (and the caller unzips
 * the usual way) unless every one comes out whole and the directory reads exactly as fflate read it.
 */
async function inflateDeferred(bytes: Uint8Array, listed: readonly UnzipFileInfo[], files: Unzipped): Promise<boolean> {
  const deferred = listed.filter((file) => file.compression === 8);
  if (deferred.length === 0) return true;
  const located = locateEntries(bytes);
  if (!located || located.length !== listed.length || new Set(listed.map((f) => f.name)).size !== listed.length) return false;
  const same = located.every((e, i) => e.name === listed[i]!.name && e.compression === listed[i]!.compression && e.size === listed[i]!.size && e.originalSize === listed[i]!.originalSize);
  if (!same) return false;
  const outs = await Promise.all(
    located.filter((e) => e.compression === 8).map(async (e) => [e.name, await inflateNatively(bytes.subarray(e.start, e.start + e.size), e.originalSize)] as const),
  );
  if (outs.some(([, out]) => out === null)) return false;
  for (const [name, out] of outs) files[name] = out as Uint8Array<ArrayBuffer>;
  return true;
}

/** A one-session result as a bundle. */
function bundleOf(result: ReadArchiveResult): ReadBundleResult {
  if (!result.ok) return result;
  const { exportedAt, ...records } = result.archive;
  return { ok: true, bundle: { exportedAt, sessions: [records], roadshow: roadshowOfSession(records) }, formatVersion: result.formatVersion };
}

/**
 * Opens an archive file holding one session (format 1, 2, or 3 with one session). A file holding
 * several sessions (a roadshow) is refused here with a sentence saying so: open it with readArchiveBundle.
 */
export function readArchiveFile(bytes: Uint8Array): ReadArchiveResult {
  const read = readArchiveBundle(bytes);
  if (!read.ok) return read;
  const { sessions, roadshow, exportedAt } = read.bundle;
  if (sessions.length !== 1) {
    const what = roadshow ? `the roadshow "${roadshow.name}"` : 'several sessions';
    return { ok: false, message: `This file holds ${what} (${sessions.length} sessions), not one session. Open it with "Open archive…" on the home screen.` };
  }
  return { ok: true, archive: { ...sessions[0]!, exportedAt }, formatVersion: read.formatVersion };
}

/** A format-1 archive (one JSON document), e.g. from an older app or an older backup. */
export function readJsonText(text: string): ReadArchiveResult {
  if (text.length > MAX_ARCHIVE_BYTES) return { ok: false, message: 'This file is over 50 MB; archives over 50 MB are not opened.' };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, message: `${NOT_AN_ARCHIVE} It is not readable (it may be damaged or cut short).` };
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('formatVersion' in raw)) {
    return { ok: false, message: `${NOT_AN_ARCHIVE} It does not say which format it is in.` };
  }
  const version = (raw as { formatVersion: unknown }).formatVersion;
  if (typeof version === 'number' && version > 1) return newerFormat(version);
  if (version !== 1 || (raw as { app?: unknown }).app !== 'co-create-studio') return { ok: false, message: `${NOT_AN_ARCHIVE} Its format is not one this app knows.` };
  const result = archiveV1Schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const lists = new Set(['session', 'runState', ...Object.keys(V1_LIST_MAX)]);
    // A problem in a list is described for that list; one in the file's own fields (exportedAt) as one of the session's.
    const describe = (issue: (typeof result.error.issues)[number]) =>
      lists.has(String(issue.path[0])) ? describeIssue(String(issue.path[0]), { ...issue, path: issue.path.slice(1) }) : describeIssue('session', issue);
    return { ok: false, message: refused(result.error.issues.map(describe)) };
  }
  return finish(migrateV1(result.data), result.data.exportedAt, 1);
}

function newerFormat(version: number): ReadArchiveResult {
  return {
    ok: false,
    message: `This archive was saved by a newer version of Co-Create Studio (format ${version}); this app opens formats up to ${LATEST_ARCHIVE_VERSION}. Please update the app; nothing was changed.`,
  };
}

function readZip(bytes: Uint8Array): ReadBundleResult {
  const unzipped = unzipArchive(bytes);
  return unzipped.ok ? readUnzipped(unzipped.files, sha256Hex) : unzipped;
}

/**
 * The zip's entries, once its names and declared sizes have passed; nothing is decompressed before
 * that. `defer` sees every entry; one it answers true for is checked but left out, not unpacked.
 */
function unzipArchive(bytes: Uint8Array, defer?: (file: UnzipFileInfo) => boolean): { ok: true; files: Unzipped } | { ok: false; message: string } {
  let files: Unzipped;
  let tooBig = false;
  let unsafe = false;
  let count = 0;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      // Runs on the central directory before anything is decompressed: declared sizes and names.
      filter(file: UnzipFileInfo) {
        count++;
        total += file.originalSize;
        if (!SAFE_NAME.test(file.name) || file.name.split('/').some((p) => p === '..')) unsafe = true;
        if (file.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || count > MAX_ENTRIES) tooBig = true;
        const later = defer?.(file) ?? false;
        return !unsafe && !tooBig && !later;
      },
    });
  } catch {
    return { ok: false, message: `${NOT_AN_ARCHIVE} It is not a complete zip file (it may be damaged or cut short).` };
  }
  if (unsafe) return { ok: false, message: `${NOT_AN_ARCHIVE} It contains file names that an archive never has.` };
  if (tooBig) return { ok: false, message: 'This archive unpacks to more than this app opens (50 MB per part, 200 MB in all), so it was not opened.' };
  return { ok: true, files };
}

/** Reads an unzipped archive; `digest` gives an entry's SHA-256 (worked out beforehand, or now). */
function readUnzipped(files: Unzipped, digest: (data: Uint8Array) => string): ReadBundleResult {
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) return { ok: false, message: `${NOT_AN_ARCHIVE} It has no manifest.json.` };
  const manifestText = decodeUtf8(manifestBytes);
  const manifestJson = manifestText === null ? null : parseJson(manifestText);
  if (!manifestJson?.ok) return { ok: false, message: DAMAGED };
  const raw = manifestJson.value as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || raw.format !== ARCHIVE_FORMAT) return { ok: false, message: `${NOT_AN_ARCHIVE} Its manifest names another format.` };
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > LATEST_ARCHIVE_VERSION) return bundleOf(newerFormat(raw.formatVersion));
  if (raw.formatVersion === 3) return readZipV3(files, raw, digest);
  return bundleOf(readZipV2(files, raw, digest));
}

/** A format-2 zip: one session, one entry per record kind under records/. */
function readZipV2(files: Unzipped, raw: unknown, digest: (data: Uint8Array) => string): ReadArchiveResult {
  const manifest = manifestV2Schema.safeParse(raw);
  if (!manifest.success) return { ok: false, message: DAMAGED };
  // Every entry is declared, with its size and checksum; nothing else is in the zip.
  if (!entriesIntact(files, manifest.data.entries, digest)) return { ok: false, message: DAMAGED };

  const lists: Partial<Record<RecordEntryNameV2, unknown>> = {};
  const problems: string[] = [];
  for (const entry of manifest.data.entries) {
    if (entry.role !== 'records') continue;
    if (entry.kind in lists) return { ok: false, message: DAMAGED };
    const text = decodeUtf8(files[entry.path]!);
    const json = text === null ? null : parseJson(text);
    if (!json?.ok) {
      problems.push(`The list of ${entry.kind} is not readable.`);
      continue;
    }
    lists[entry.kind] = json.value;
  }
  const records: Partial<RecordsV2> = {};
  for (const [kind, schema] of Object.entries(recordEntriesV2) as [RecordEntryNameV2, (typeof recordEntriesV2)[RecordEntryNameV2]][]) {
    const result = schema.safeParse(lists[kind], { reportInput: true });
    if (result.success) (records as Record<string, unknown>)[kind] = result.data;
    else problems.push(...result.error.issues.map((issue) => describeIssue(kind, issue)));
  }
  if (problems.length > 0) return { ok: false, message: refused(problems) };
  const full = records as RecordsV2;
  if (full.sessions[0]?.id !== manifest.data.sessions[0]?.id) return { ok: false, message: DAMAGED };
  return finish(full, manifest.data.exportedAt, 2);
}

/** Migrates to the app's records and checks every id and reference before handing them back. */
function finish(records: RecordsV2, exportedAt: number, formatVersion: number): ReadArchiveResult {
  const latest = migrateV3(migrateV2(records));
  if (!latest) return { ok: false, message: refused(['Some records have values this version of the app cannot hold.']) };
  const problems = checkArchiveIntegrity(latest);
  if (problems.length > 0) return { ok: false, message: refused(problems) };
  return { ok: true, archive: { ...latest, exportedAt }, formatVersion };
}

/** Every record id of an archive, for checks against what is already on this computer. */
export function archiveRecordIds(archive: SessionRecords): { kind: (typeof recordKindList)[number]; id: string }[] {
  return recordKindList.flatMap((kind) => recordsOf(archive, kind).map((record) => ({ kind, id: idOf(kind, record) })));
}
