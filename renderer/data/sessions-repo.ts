import { newId } from '../../shared/ids';
import { duplicateRecords } from '../../shared/records/duplicate';
import { sessionSchema, sessionSetupFields, type Session, type SessionSetup } from '../../shared/session/schema';
import { phaseSchema, templateSchema, type Phase, type Template } from '../../shared/template/schema';
import type { CoCreateDb } from './db';
import { ConflictError, firstIssueMessage, ValidationError } from './errors';
import { deleteSessionRecords, putSessionRecords, readSessionRecords } from './session-records';

export async function listSessions(db: CoCreateDb): Promise<Session[]> {
  const all = await db.sessions.toArray();
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

export function getSession(db: CoCreateDb, id: string): Promise<Session | undefined> {
  return db.sessions.get(id);
}

export async function createSession(db: CoCreateDb, template: Template, now = Date.now()): Promise<Session> {
  const session = sessionSchema.parse({
    id: newId(),
    title: template.title,
    campus: '',
    venue: '',
    date: '',
    startTime: '',
    facilitators: [],
    caseStudy: '',
    unitMode: 'individual',
    quizMode: 'tally',
    quizRepeatAtClose: false,
    // A deep copy: the session keeps the template as it was when created.
    template: structuredClone(template),
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  } satisfies Session);
  await db.sessions.add(session);
  return session;
}

/** Validates each field on its own; an invalid field rejects the whole patch and saves nothing. */
export function validateSetupPatch(patch: Partial<SessionSetup>): Partial<SessionSetup> {
  const errors: Record<string, string> = {};
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const schema = sessionSetupFields[key as keyof typeof sessionSetupFields];
    if (!schema) {
      errors[key] = 'is not a setup field';
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) clean[key] = result.data;
    else errors[key] = firstIssueMessage(result.error);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return clean as Partial<SessionSetup>;
}

export async function updateSessionSetup(db: CoCreateDb, id: string, patch: Partial<SessionSetup>, now = Date.now()): Promise<void> {
  const clean = validateSetupPatch(patch);
  const changed = await db.sessions.update(id, { ...clean, updatedAt: now });
  if (changed === 0 && !(await db.sessions.get(id))) throw new ConflictError('This session no longer exists.');
}

export type AgendaPhasePatch = Partial<Pick<Phase, 'minutes' | 'audiencePrompt' | 'facilitatorNotes' | 'title'>> & {
  selectedStatementIds?: string[];
  /** The quiz statements' ids in their new list order (see shared/template/quiz-order.ts): a reorder only. */
  statementOrder?: string[];
};

/** Edits the session's own copy of one phase (minutes, prompt, notes, chosen quiz statements). */
export async function updateAgendaPhase(db: CoCreateDb, sessionId: string, phaseId: string, patch: AgendaPhasePatch, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    if (session.status !== 'draft' && (patch.selectedStatementIds || patch.statementOrder)) {
      throw new ConflictError('The quiz statements can only be changed before the session starts.');
    }
    const index = session.template.phases.findIndex((p) => p.id === phaseId);
    const phase = session.template.phases[index];
    if (!phase) throw new ConflictError('This phase is not in the session agenda.');
    if ((patch.selectedStatementIds || patch.statementOrder) && phase.kind !== 'quiz') {
      throw new ValidationError({ selectedStatementIds: 'only quiz phases have statements' });
    }
    const { statementOrder, ...fields } = patch;
    const reordered = statementOrder && phase.kind === 'quiz' ? { statements: reorderStatements(phase.statements, statementOrder) } : {};
    const next = phaseSchema.safeParse({ ...phase, ...fields, ...reordered });
    if (!next.success) {
      const errors: Record<string, string> = {};
      for (const issue of next.error.issues) errors[String(issue.path[0] ?? 'phase')] ??= issue.message;
      throw new ValidationError(errors);
    }
    const phases = session.template.phases.slice();
    phases[index] = next.data;
    const template = templateSchema.parse({ ...session.template, phases });
    await db.sessions.update(sessionId, { template, updatedAt: now });
  });
}

/** The statements in the given order; anything but the same ids, each once, is refused. */
function reorderStatements<T extends { id: string }>(statements: readonly T[], order: readonly string[]): T[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const same = order.length === statements.length && new Set(order).size === order.length && order.every((id) => byId.has(id));
  if (!same) throw new ValidationError({ statementOrder: 'The new order must list every statement of the quiz once.' });
  return order.map((id) => byId.get(id)!);
}

export async function setSessionStatus(db: CoCreateDb, id: string, status: Session['status'], now = Date.now()): Promise<void> {
  await db.sessions.update(id, { status, updatedAt: now });
}

/**
 * The next campus on a roadshow: what each record kind's `duplicate` rule in the registry carries
 * (the session's template snapshot, title, facilitators, agenda edits and settings, and anonymous
 * tables), with new ids; no campus, venue, date, delegates or run data.
 */
export async function duplicateSession(db: CoCreateDb, id: string, now = Date.now()): Promise<Session> {
  return db.transaction('rw', db.recordTables(), async () => {
    const copy = duplicateRecords(await readSessionRecords(db, id), now);
    await putSessionRecords(db, copy);
    return copy.session;
  });
}

/** Deletes a session and every record that belongs to it (every kind in the registry), in one transaction. */
export async function deleteSession(db: CoCreateDb, id: string): Promise<void> {
  await db.transaction('rw', [...db.recordTables(), db.meta], async () => {
    await deleteSessionRecords(db, id);
    // What this computer kept about phones joining it (receipts, join URL, Wi-Fi) goes with it.
    await db.meta.where('key').startsWithAnyOf(`join.receipt.${id}.`, `join.display.${id}`, `join.wifi.${id}`).delete();
  });
}
