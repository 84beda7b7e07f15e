import { parseArchive, type Archive } from '../../shared/archive';
import { newId } from '../../shared/ids';
import { safeFileName } from '../../shared/output/file-names';
import type { Table } from 'dexie';
import type { CoCreateDb } from './db';
import { ConflictError } from './errors';

export const ARCHIVE_EXTENSION = 'cocreate';

/** Everything recorded for one session, as one versioned archive object. */
export async function exportSessionArchive(db: CoCreateDb, sessionId: string, now = Date.now()): Promise<Archive> {
  const tables = [db.sessions, db.runStates, ...db.sessionTables()];
  return db.transaction('r', tables, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    const bySession = <T>(table: Table<T, string>) => table.where('sessionId').equals(sessionId).toArray();
    return {
      formatVersion: 1,
      app: 'co-create-studio',
      exportedAt: now,
      session,
      // In the order the facilitator sees them, so an archive reads naturally.
      delegates: (await bySession(db.delegates)).sort((a, b) => a.order - b.order),
      units: (await bySession(db.units)).sort((a, b) => a.order - b.order),
      runState: (await db.runStates.get(sessionId)) ?? null,
      quizAnswers: await bySession(db.quizAnswers),
      quizTallies: await bySession(db.quizTallies),
      cards: await bySession(db.cards),
      themes: await bySession(db.themes),
      mapEntries: await bySession(db.mapEntries),
      channels: await bySession(db.channels),
      actions: await bySession(db.actions),
      plans: await bySession(db.plans),
    } satisfies Archive;
  });
}

export function archiveFileName(archive: Pick<Archive, 'session'>): string {
  const { title, campus, date } = archive.session;
  return safeFileName([title, campus, date].filter(Boolean).join(' - '), ARCHIVE_EXTENSION);
}

export function serializeArchive(archive: Archive): string {
  return JSON.stringify(archive, null, 1);
}

/** Checks that every record belongs to the archived session and points at records that exist. */
export function checkArchiveIntegrity(archive: Archive): string[] {
  const problems: string[] = [];
  const sid = archive.session.id;
  const lists = {
    delegates: archive.delegates,
    units: archive.units,
    quizAnswers: archive.quizAnswers,
    quizTallies: archive.quizTallies,
    cards: archive.cards,
    themes: archive.themes,
    mapEntries: archive.mapEntries,
    channels: archive.channels,
    actions: archive.actions,
    plans: archive.plans,
  };
  for (const [name, list] of Object.entries(lists)) {
    if (list.some((r) => r.sessionId !== sid)) problems.push(`Some ${name} belong to another session.`);
  }
  if (archive.runState && archive.runState.sessionId !== sid) problems.push('The run state belongs to another session.');
  const unitIds = new Set(archive.units.map((u) => u.id));
  const delegateIds = new Set(archive.delegates.map((d) => d.id));
  if (archive.delegates.some((d) => d.unitId !== null && !unitIds.has(d.unitId))) problems.push('A delegate refers to a unit that is not in the archive.');
  for (const [name, list] of Object.entries({ mapEntries: archive.mapEntries, channels: archive.channels, actions: archive.actions, plans: archive.plans })) {
    if (list.some((r) => !unitIds.has(r.unitId))) problems.push(`Some ${name} refer to a unit that is not in the archive.`);
  }
  if (archive.quizAnswers.some((a) => !delegateIds.has(a.delegateId))) problems.push('Some quiz answers refer to a delegate who is not in the archive.');
  return problems;
}

export type ReadArchiveResult = { ok: true; archive: Archive } | { ok: false; message: string };

export function readArchiveText(text: string): ReadArchiveResult {
  const parsed = parseArchive(text);
  if (!parsed.ok) return parsed;
  const problems = checkArchiveIntegrity(parsed.archive);
  if (problems.length > 0) return { ok: false, message: `This archive is damaged and was not opened:\n${problems.join('\n')}` };
  return parsed;
}

/**
 * Gives every record of the archive a new id and rewrites the references, so a session can be
 * opened next to the one it came from (e.g. an earlier copy on this laptop).
 */
export function reidentifyArchive(archive: Archive): Archive {
  const ids = new Map<string, string>();
  const map = (id: string) => {
    let next = ids.get(id);
    if (!next) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  const mapNullable = (id: string | null) => (id === null ? null : map(id));
  const sessionId = map(archive.session.id);
  return {
    ...archive,
    session: { ...archive.session, id: sessionId },
    delegates: archive.delegates.map((d) => ({ ...d, id: map(d.id), sessionId, unitId: mapNullable(d.unitId) })),
    units: archive.units.map((u) => ({ ...u, id: map(u.id), sessionId })),
    runState: archive.runState ? { ...archive.runState, sessionId } : null,
    quizAnswers: archive.quizAnswers.map((a) => ({ ...a, id: map(a.id), sessionId, delegateId: map(a.delegateId) })),
    quizTallies: archive.quizTallies.map((t) => ({ ...t, id: map(t.id), sessionId })),
    themes: archive.themes.map((t) => ({ ...t, id: map(t.id), sessionId })),
    cards: archive.cards.map((c) => ({
      ...c,
      id: map(c.id),
      sessionId,
      delegateId: mapNullable(c.delegateId),
      unitId: mapNullable(c.unitId),
      themeId: mapNullable(c.themeId),
    })),
    mapEntries: archive.mapEntries.map((e) => ({ ...e, id: map(e.id), sessionId, unitId: map(e.unitId) })),
    channels: archive.channels.map((c) => ({ ...c, id: map(c.id), sessionId, unitId: map(c.unitId) })),
    actions: archive.actions.map((a) => ({
      ...a,
      id: map(a.id),
      sessionId,
      unitId: map(a.unitId),
      link:
        a.link?.kind === 'channel'
          ? { kind: 'channel', channelId: map(a.link.channelId) }
          : a.link?.kind === 'card'
            ? { kind: 'card', cardId: map(a.link.cardId) }
            : a.link,
    })),
    plans: archive.plans.map((p) => ({ ...p, sessionId, unitId: map(p.unitId) })),
  };
}

export type ImportMode = 'new' | 'replace' | 'copy';

/** What opening this archive would do: a new session, or one that is already on this computer. */
export async function archiveImportKind(db: CoCreateDb, archive: Archive): Promise<'new' | 'exists'> {
  return (await db.sessions.get(archive.session.id)) ? 'exists' : 'new';
}

/**
 * Writes an archive's session into the database in one transaction. "replace" swaps the local
 * copy for the archive's; "copy" keeps both. Nothing is written if any step fails.
 */
export async function importArchive(db: CoCreateDb, input: Archive, mode: ImportMode, now = Date.now()): Promise<string> {
  const archive = mode === 'copy' ? reidentifyArchive(input) : input;
  const tables = [db.sessions, db.runStates, ...db.sessionTables()];
  await db.transaction('rw', tables, async () => {
    const sid = archive.session.id;
    const existing = await db.sessions.get(sid);
    if (existing && mode === 'new') throw new ConflictError('This session is already on this computer.');
    if (existing) {
      for (const table of db.sessionTables()) await table.where('sessionId').equals(sid).delete();
      await db.runStates.delete(sid);
    }
    await db.sessions.put({ ...archive.session, updatedAt: Math.max(archive.session.updatedAt, mode === 'copy' ? now : 0) });
    if (archive.runState) await db.runStates.put(archive.runState);
    await db.delegates.bulkPut(archive.delegates);
    await db.units.bulkPut(archive.units);
    await db.quizAnswers.bulkPut(archive.quizAnswers);
    await db.quizTallies.bulkPut(archive.quizTallies);
    await db.themes.bulkPut(archive.themes);
    await db.cards.bulkPut(archive.cards);
    await db.mapEntries.bulkPut(archive.mapEntries);
    await db.channels.bulkPut(archive.channels);
    await db.actions.bulkPut(archive.actions);
    await db.plans.bulkPut(archive.plans);
  });
  return archive.session.id;
}
