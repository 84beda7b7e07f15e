import { zipSync } from 'fflate';
import { recordKindList } from '../records/registry';
import { idOf, recordsOf, type SessionRecords } from '../records/session-records';
import { decodeUtf8, jsonEntry, parseJson, zipTime } from './bytes';
import { checkArchiveIntegrity } from './integrity';
import { describeIssue, listNoun, listProblems } from './messages';
import { migrateV3 } from './migrate';
import { sha256Hex } from './sha256';
import { manifestV3Schema, recordEntriesV3, type ManifestV3, type RecordEntryNameV3, type RecordsV3 } from './v3/schema';

/*
 * Format 3: one or several sessions in one zip, and the roadshow they form. Each session's records
 * sit in their own folder (`sessions/<session id>/<kind>.json`); manifest.json lists the sessions,
 * the roadshow (its id, name, template and sessions) and every entry with its size and SHA-256.
 */

/** The roadshow a file's sessions form, as its manifest describes it. */
export interface RoadshowInFile {
  id: string;
  name: string;
  templateId: string;
  /** The sessions of this file that are in the roadshow. */
  sessionIds: string[];
}

/** What a file holds: one or several sessions, and the roadshow they form (null: none). */
export interface ArchiveBundle {
  exportedAt: number;
  sessions: SessionRecords[];
  roadshow: RoadshowInFile | null;
}

export type ReadBundleResult = { ok: true; bundle: ArchiveBundle; formatVersion: number } | { ok: false; message: string };

export const DAMAGED = 'This file was changed or damaged after it was saved, so it was not opened.';
export const refused = (problems: string[]) => `This archive was not opened:\n${listProblems(problems)}`;

// ---------------------------------------------------------------- writing

/** The roadshow a lone session belongs to, for a file holding just that session. */
export function roadshowOfSession(records: SessionRecords): RoadshowInFile | null {
  const member = records.roadshowMembers[0];
  return member ? { id: member.roadshowId, name: member.roadshowName, templateId: member.templateId, sessionIds: [records.session.id] } : null;
}

/** Writes a format-3 archive file. `level` 0 stores entries uncompressed (quicker for tests). */
export function writeArchiveBundle(bundle: ArchiveBundle, options: { appVersion: string; level?: 0 | 6 }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const entries: ManifestV3['entries'] = [];
  for (const records of bundle.sessions) {
    const sessionId = records.session.id;
    // Only the kinds format 3 knows: a kind added later needs a new format version.
    for (const kind of recordKindList.filter((k) => k.table in recordEntriesV3)) {
      const path = `sessions/${sessionId}/${kind.table}.json`;
      const bytes = jsonEntry(recordsOf(records, kind));
      files[path] = bytes;
      entries.push({ role: 'records', path, sessionId, kind: kind.table as RecordEntryNameV3, bytes: bytes.length, sha256: sha256Hex(bytes) });
    }
  }
  const manifest: ManifestV3 = {
    format: 'co-create-studio-archive',
    formatVersion: 3,
    appVersion: options.appVersion,
    exportedAt: bundle.exportedAt,
    sessions: bundle.sessions.map((r) => ({ id: r.session.id, title: r.session.title, updatedAt: r.session.updatedAt })),
    roadshow: bundle.roadshow,
    entries,
  };
  // The manifest first, so `unzip -l` and a text editor show it at the top.
  const zip = { 'manifest.json': jsonEntry(manifest), ...files };
  return zipSync(zip, { level: options.level ?? 6, mtime: zipTime(bundle.exportedAt) });
}

// ---------------------------------------------------------------- reading

/** Every declared entry is in the zip with its size and checksum, and nothing else is. */
export function entriesIntact(
  files: Record<string, Uint8Array>,
  entries: readonly { path: string; bytes: number; sha256: string }[],
  digest: (data: Uint8Array) => string = sha256Hex,
): boolean {
  const declared = new Set(entries.map((e) => e.path));
  if (declared.size !== entries.length) return false;
  for (const name of Object.keys(files)) if (name !== 'manifest.json' && !declared.has(name)) return false;
  return entries.every((entry) => {
    const data = files[entry.path];
    return data !== undefined && data.length === entry.bytes && digest(data) === entry.sha256;
  });
}

const named = (s: { title: string; campus?: string }) => `"${s.title}"${s.campus ? ` (${s.campus})` : ''}`;

/** Reads the sessions and roadshow of a format-3 zip whose manifest has been parsed as JSON. */
export function readZipV3(files: Record<string, Uint8Array>, raw: unknown, digest?: (data: Uint8Array) => string): ReadBundleResult {
  const parsed = manifestV3Schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: DAMAGED };
  const manifest = parsed.data;
  const sessionIds = manifest.sessions.map((s) => s.id);
  if (new Set(sessionIds).size !== sessionIds.length) {
    return { ok: false, message: refused(['The file lists the same session more than once (two sessions have the same id).']) };
  }
  if (!entriesIntact(files, manifest.entries, digest)) return { ok: false, message: DAMAGED };

  // Each session's lists, each kind once, each in a session the manifest lists.
  const lists = new Map(sessionIds.map((id) => [id, new Map<RecordEntryNameV3, unknown>()]));
  const problems: string[] = [];
  for (const entry of manifest.entries) {
    if (entry.role !== 'records') continue;
    const own = lists.get(entry.sessionId);
    if (!own || own.has(entry.kind)) return { ok: false, message: DAMAGED };
    const text = decodeUtf8(files[entry.path]!);
    const json = text === null ? null : parseJson(text);
    own.set(entry.kind, json?.ok ? json.value : UNREADABLE);
  }

  const several = manifest.sessions.length > 1;
  const sessions: SessionRecords[] = [];
  for (const listed of manifest.sessions) {
    const own = lists.get(listed.id)!;
    const prefix = several ? `In the session ${named({ title: listed.title, campus: campusOf(own.get('sessions')) })}: ` : '';
    const say = (line: string) => problems.push(`${prefix}${several ? line.charAt(0).toLowerCase() + line.slice(1) : line}`);
    const records: Partial<RecordsV3> = {};
    for (const [kind, schema] of Object.entries(recordEntriesV3) as [RecordEntryNameV3, (typeof recordEntriesV3)[RecordEntryNameV3]][]) {
      const value = own.get(kind);
      if (value === UNREADABLE) {
        say(`The list of ${listNoun(kind)} is not readable.`);
        continue;
      }
      const result = schema.safeParse(value, { reportInput: true });
      if (result.success) (records as Record<string, unknown>)[kind] = result.data;
      else for (const issue of result.error.issues) say(describeIssue(kind, issue));
    }
    if (Object.keys(records).length !== Object.keys(recordEntriesV3).length) continue;
    const full = records as RecordsV3;
    if (full.sessions[0]?.id !== listed.id) return { ok: false, message: DAMAGED };
    const latest = migrateV3(full);
    if (!latest) {
      say('Some records have values this version of the app cannot hold.');
      continue;
    }
    for (const line of checkArchiveIntegrity(latest)) say(line);
    sessions.push(latest);
  }
  if (problems.length > 0) return { ok: false, message: refused(problems) };
  const across = [...checkAcrossSessions(sessions), ...checkRoadshow(manifest.roadshow, sessions)];
  if (across.length > 0) return { ok: false, message: refused(across) };
  return { ok: true, bundle: { exportedAt: manifest.exportedAt, sessions, roadshow: manifest.roadshow }, formatVersion: 3 };
}

const UNREADABLE = Symbol('unreadable');

/** The campus in a session list as read, before it is checked: only to tell the sessions apart in a message. */
function campusOf(list: unknown): string {
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  const campus = typeof first === 'object' && first !== null ? (first as { campus?: unknown }).campus : undefined;
  return typeof campus === 'string' ? campus.slice(0, 120) : '';
}

/** No record id may belong to two sessions of one file: opening it would move records between them. */
function checkAcrossSessions(sessions: readonly SessionRecords[]): string[] {
  if (sessions.length < 2) return [];
  const owner = new Map<string, string>();
  let shared = 0;
  for (const records of sessions) {
    for (const kind of recordKindList) {
      // Kinds keyed by their session (the run state, the membership) are told apart by the session ids.
      if (kind.idField === kind.sessionField || kind.table === 'sessions') continue;
      for (const record of recordsOf(records, kind)) {
        const key = `${kind.table}:${idOf(kind, record)}`;
        const first = owner.get(key);
        if (first !== undefined && first !== records.session.id) shared++;
        else owner.set(key, records.session.id);
      }
    }
  }
  return shared > 0 ? [`${shared === 1 ? '1 record has' : `${shared} records have`} the same id in two sessions of the file.`] : [];
}

/** The roadshow names only sessions of the file, all of its template, and each session's membership says so. */
function checkRoadshow(roadshow: RoadshowInFile | null, sessions: readonly SessionRecords[]): string[] {
  const problems: string[] = [];
  const byId = new Map(sessions.map((r) => [r.session.id, r]));
  const members = new Set(roadshow?.sessionIds ?? []);
  if (roadshow) {
    const name = `The roadshow "${roadshow.name}"`;
    if (members.size !== roadshow.sessionIds.length) problems.push(`${name} lists the same session more than once.`);
    const missing = [...members].filter((id) => !byId.has(id)).length;
    if (missing > 0) problems.push(`${name} lists ${missing === 1 ? 'a session that is' : `${missing} sessions that are`} not in the file.`);
    for (const id of members) {
      const session = byId.get(id)?.session;
      if (session && session.template.id !== roadshow.templateId) {
        problems.push(
          `${named(session)} was made from the template "${session.template.title}", which is not the template of the roadshow "${roadshow.name}". A roadshow compares the same workshop across campuses, so only sessions of the same template can be in it.`,
        );
      }
    }
  }
  let mismatched = 0;
  for (const records of sessions) {
    const member = records.roadshowMembers[0];
    const inRoadshow = roadshow !== null && members.has(records.session.id);
    if (inRoadshow ? !member || member.roadshowId !== roadshow.id || member.templateId !== roadshow.templateId : member !== undefined) mismatched++;
  }
  if (mismatched > 0) problems.push(`The roadshow membership of ${mismatched === 1 ? '1 session' : `${mismatched} sessions`} does not match the roadshow the file describes.`);
  return problems;
}
