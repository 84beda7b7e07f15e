import { newId } from '../../shared/ids';
import { delegateFields, delegateInputSchema, type Delegate, type DelegateInput } from '../../shared/session/schema';
import type { CoCreateDb } from './db';
import { ConflictError, firstIssueMessage, ValidationError } from './errors';
import { makeUnit, nextUnitOrder } from './units-repo';

export async function listDelegates(db: CoCreateDb, sessionId: string): Promise<Delegate[]> {
  const delegates = await db.delegates.where('sessionId').equals(sessionId).toArray();
  return delegates.sort((a, b) => a.order - b.order);
}

function validateDelegateInput(input: DelegateInput): DelegateInput {
  const result = delegateInputSchema.safeParse(input);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0] ?? 'delegate')] ??= issue.message;
  throw new ValidationError(errors);
}

/**
 * Adds delegates in one transaction (a pasted list is all or nothing). In "individual" mode each
 * delegate also gets a unit of their own.
 */
export async function addDelegates(
  db: CoCreateDb,
  sessionId: string,
  inputs: DelegateInput[],
  options: { walkIn?: boolean; now?: number } = {},
): Promise<Delegate[]> {
  const clean = inputs.map(validateDelegateInput);
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.sessions, db.delegates, db.units, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    const existing = await db.delegates.where('sessionId').equals(sessionId).toArray();
    let order = existing.reduce((max, d) => Math.max(max, d.order + 1), 0);
    let unitOrder = await nextUnitOrder(db, sessionId);
    const created: Delegate[] = [];
    for (const input of clean) {
      let unitId: string | null = null;
      if (session.unitMode === 'individual') {
        const unit = makeUnit(sessionId, 'delegate', input.name, unitOrder++, now);
        await db.units.add(unit);
        unitId = unit.id;
      }
      const delegate: Delegate = { id: newId(), sessionId, ...input, unitId, walkIn: options.walkIn ?? session.status !== 'draft', order: order++, createdAt: now, updatedAt: now };
      created.push(delegate);
    }
    await db.delegates.bulkAdd(created);
    await db.sessions.update(sessionId, { updatedAt: now });
    return created;
  });
}

export async function addDelegate(db: CoCreateDb, sessionId: string, input: DelegateInput, options: { walkIn?: boolean; now?: number } = {}): Promise<Delegate> {
  const [delegate] = await addDelegates(db, sessionId, [input], options);
  return delegate!;
}

/** Saves one field of a delegate; invalid values are rejected and nothing is saved. */
export async function updateDelegate(db: CoCreateDb, id: string, patch: Partial<DelegateInput>, now = Date.now()): Promise<void> {
  const errors: Record<string, string> = {};
  const clean: Partial<DelegateInput> = {};
  for (const [key, value] of Object.entries(patch) as [keyof DelegateInput, string][]) {
    const result = delegateFields[key].safeParse(value);
    if (result.success) clean[key] = result.data;
    else errors[key] = firstIssueMessage(result.error);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await db.transaction('rw', db.delegates, db.units, db.sessions, async () => {
    const delegate = await db.delegates.get(id);
    if (!delegate) throw new ConflictError('This delegate no longer exists.');
    await db.delegates.update(id, { ...clean, updatedAt: now });
    // A delegate's own unit carries their name.
    if (clean.name && delegate.unitId) {
      const unit = await db.units.get(delegate.unitId);
      if (unit?.kind === 'delegate') await db.units.update(unit.id, { name: clean.name, updatedAt: now });
    }
    await db.sessions.update(delegate.sessionId, { updatedAt: now });
  });
}

/**
 * Removes a delegate, their quiz answers and attributions, and their own unit (with its work) in
 * "individual" mode. Group and table units stay.
 */
export async function removeDelegate(db: CoCreateDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.delegates, db.units, db.sessions, db.quizAnswers, db.cards, db.mapEntries, db.channels, db.actions, db.plans], async () => {
    const delegate = await db.delegates.get(id);
    if (!delegate) return;
    await db.quizAnswers.where('delegateId').equals(id).delete();
    await db.cards.where('sessionId').equals(delegate.sessionId).filter((c) => c.delegateId === id).modify({ delegateId: null });
    if (delegate.unitId) {
      const unit = await db.units.get(delegate.unitId);
      if (unit?.kind === 'delegate') {
        for (const table of [db.mapEntries, db.channels, db.actions]) await table.where('[sessionId+unitId]').equals([unit.sessionId, unit.id]).delete();
        await db.cards.where('sessionId').equals(delegate.sessionId).filter((c) => c.unitId === unit.id).modify({ unitId: null });
        await db.plans.delete(unit.id);
        await db.units.delete(unit.id);
      }
    }
    await db.delegates.delete(id);
    await db.sessions.update(delegate.sessionId, { updatedAt: now });
  });
}
