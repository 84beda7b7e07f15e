import type { Session } from '../session/schema';
import type { Roadshow, RoadshowMember } from './schema';

/** Groups membership records into roadshows, sessions in the order they joined. */
export function groupRoadshows(members: readonly RoadshowMember[]): Roadshow[] {
  const byId = new Map<string, { first: RoadshowMember; list: RoadshowMember[] }>();
  for (const m of members) {
    const entry = byId.get(m.roadshowId);
    if (entry) entry.list.push(m);
    else byId.set(m.roadshowId, { first: m, list: [m] });
  }
  return [...byId.values()]
    .map(({ first, list }) => {
      list.sort((a, b) => a.joinedAt - b.joinedAt || a.sessionId.localeCompare(b.sessionId));
      // The newest name wins if copies merged from two laptops disagree.
      const newest = list.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a), first);
      return { id: first.roadshowId, name: newest.roadshowName, templateId: first.templateId, sessionIds: list.map((m) => m.sessionId) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

type SessionLike = Pick<Session, 'id' | 'title' | 'campus'> & { template: Pick<Session['template'], 'id' | 'title'> };

const named = (s: SessionLike) => `"${s.title}"${s.campus ? ` (${s.campus})` : ''}`;

/**
 * Why a session cannot join a roadshow, in plain words; null when it can. A roadshow compares one
 * workshop across campuses, so every session must come from the same template, and a session
 * belongs to at most one roadshow.
 */
export function whyCannotJoin(
  session: SessionLike,
  roadshow: Pick<Roadshow, 'id' | 'name' | 'templateId'>,
  currentMembership: Pick<RoadshowMember, 'roadshowId' | 'roadshowName'> | undefined,
  roadshowTemplateTitle?: string,
): string | null {
  if (currentMembership && currentMembership.roadshowId !== roadshow.id) {
    return `${named(session)} is already in the roadshow "${currentMembership.roadshowName}". A session belongs to at most one roadshow; remove it from that one first.`;
  }
  if (session.template.id !== roadshow.templateId) {
    const theirs = roadshowTemplateTitle ? `"${roadshowTemplateTitle}"` : 'another workshop template';
    return `${named(session)} was made from the template "${session.template.title}", but the roadshow "${roadshow.name}" runs ${theirs}. A roadshow compares the same workshop across campuses, so only sessions of the same template can join.`;
  }
  return null;
}

/** Checks a new roadshow's sessions: all of one template, none already in another roadshow. */
export function whyCannotGroup(name: string, sessions: readonly SessionLike[], memberships: ReadonlyMap<string, Pick<RoadshowMember, 'roadshowId' | 'roadshowName'>>): string[] {
  const problems: string[] = [];
  if (sessions.length === 0) return ['Pick at least one session for the roadshow.'];
  const first = sessions[0]!;
  for (const s of sessions) {
    const problem = whyCannotJoin(s, { id: '', name, templateId: first.template.id }, memberships.get(s.id), first.template.title);
    if (problem) problems.push(problem);
  }
  return problems;
}
