import { newId } from '../../shared/ids';
import { groupRoadshows, whyCannotGroup, whyCannotJoin } from '../../shared/roadshow/membership';
import { roadshowMemberSchema, type Roadshow, type RoadshowMember } from '../../shared/roadshow/schema';
import type { CampusRecords } from '../../shared/roadshow/campus';
import type { CoCreateDb } from './db';
import { readSessionRecords } from './session-records';
import { ConflictError, firstIssueMessage, ValidationError } from './errors';

export async function listRoadshows(db: CoCreateDb): Promise<Roadshow[]> {
  return groupRoadshows(await db.roadshowMembers.toArray());
}

export async function getRoadshow(db: CoCreateDb, roadshowId: string): Promise<Roadshow | undefined> {
  return groupRoadshows(await db.roadshowMembers.where('roadshowId').equals(roadshowId).toArray())[0];
}

export function getMembership(db: CoCreateDb, sessionId: string): Promise<RoadshowMember | undefined> {
  return db.roadshowMembers.get(sessionId);
}

function validName(name: string): string {
  const result = roadshowMemberSchema.shape.roadshowName.safeParse(name);
  if (!result.success) throw new ValidationError({ name: firstIssueMessage(result.error) });
  return result.data;
}

/** Creates a roadshow from sessions of one template that are in no other roadshow; refuses with every reason otherwise. */
export async function createRoadshow(db: CoCreateDb, name: string, sessionIds: readonly string[], now = Date.now()): Promise<Roadshow> {
  const roadshowName = validName(name);
  return db.transaction('rw', db.sessions, db.roadshowMembers, async () => {
    const sessions = await db.sessions.bulkGet([...new Set(sessionIds)]);
    if (sessions.some((s) => !s)) throw new ConflictError('One of the picked sessions no longer exists.');
    const present = sessions as NonNullable<(typeof sessions)[number]>[];
    const memberships = new Map((await db.roadshowMembers.bulkGet(present.map((s) => s.id))).filter((m) => m).map((m) => [m!.sessionId, m!]));
    const problems = whyCannotGroup(roadshowName, present, memberships);
    if (problems.length > 0) throw new ConflictError(problems.join('\n'));
    const roadshowId = newId();
    const templateId = present[0]!.template.id;
    await db.roadshowMembers.bulkAdd(present.map((s, i) => ({ sessionId: s.id, roadshowId, roadshowName, templateId, joinedAt: now + i, updatedAt: now })));
    return { id: roadshowId, name: roadshowName, templateId, sessionIds: present.map((s) => s.id) };
  });
}

/** Adds one session to a roadshow, or says in plain words why it cannot join. */
export async function addToRoadshow(db: CoCreateDb, roadshowId: string, sessionId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, db.roadshowMembers, async () => {
    const roadshow = await getRoadshow(db, roadshowId);
    if (!roadshow) throw new ConflictError('This roadshow no longer exists.');
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    const first = await db.sessions.get(roadshow.sessionIds[0] ?? '');
    const problem = whyCannotJoin(session, roadshow, await db.roadshowMembers.get(sessionId), first?.template.title);
    if (problem) throw new ConflictError(problem);
    await db.roadshowMembers.put({ sessionId, roadshowId, roadshowName: roadshow.name, templateId: roadshow.templateId, joinedAt: now, updatedAt: now });
  });
}

/** Takes a session out of its roadshow (the session itself is kept). */
export async function removeFromRoadshow(db: CoCreateDb, sessionId: string): Promise<void> {
  await db.roadshowMembers.delete(sessionId);
}

export async function renameRoadshow(db: CoCreateDb, roadshowId: string, name: string, now = Date.now()): Promise<void> {
  const roadshowName = validName(name);
  await db.roadshowMembers.where('roadshowId').equals(roadshowId).modify({ roadshowName, updatedAt: now });
}

/** Each session's records, in the roadshow's order, for the comparison; sessions no longer here are skipped. */
export async function readRoadshowCampuses(db: CoCreateDb, sessionIds: readonly string[]): Promise<CampusRecords[]> {
  return db.transaction('r', db.recordTables(), async () => {
    const out: CampusRecords[] = [];
    for (const id of sessionIds) if (await db.sessions.get(id)) out.push(await readSessionRecords(db, id));
    return out;
  });
}
