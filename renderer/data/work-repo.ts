import type { Table } from 'dexie';
import type { z } from 'zod';
import { newId } from '../../shared/ids';
import type { Card } from '../../shared/run/schema';
import type { Session, Unit } from '../../shared/session/schema';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf } from '../../shared/template/agenda';
import type { ChannelsPhase, MappingPhase } from '../../shared/template/schema';
import { actionToInput, buildAction, validateActionInput, type ActionInput, type ActionMessages } from '../../shared/work/action-input';
import { channelToInput, validateChannelInput, type ChannelInput } from '../../shared/work/channel-input';
import { mapEntryToInput, validateMapEntryInput, type MapEntryInput } from '../../shared/work/map-entry-input';
import { moveItem, nextOrder, sortByOrder, type MoveTarget } from '../../shared/work/reorder';
import {
  actionSchema,
  channelSchema,
  mapEntrySchema,
  planSchema,
  type Action,
  type ActionLink,
  type Channel,
  type MapEntry,
  type Plan,
} from '../../shared/work/schema';
import { recordKinds } from '../../shared/records/registry';
import type { CoCreateDb } from './db';
import { ConflictError, ValidationError } from './errors';
import { touchSession } from './touch-session';

/*
 * Delegates' work: map entries, channels, actions and plan status. Every write validates against
 * the session's own template copy, runs in one transaction (a rejected value aborts it, so nothing
 * partial is saved) and bumps the session's updatedAt like the other repositories.
 */

// ---------------------------------------------------------------- shared checks

async function sessionAndUnit(db: CoCreateDb, sessionId: string, unitId: string): Promise<{ session: Session; unit: Unit }> {
  // Both reads go out together: each round trip to the database is on the keypress's path.
  const [session, unit] = await Promise.all([db.sessions.get(sessionId), db.units.get(unitId)]);
  if (!session) throw new ConflictError('This session no longer exists.');
  if (!unit || unit.sessionId !== sessionId) throw new ConflictError('This unit is no longer in the session.');
  return { session, unit };
}

/** A stored record and its session, for an edit; a ConflictError when another window deleted either. */
async function recordAndSession<T extends { sessionId: string }>(db: CoCreateDb, table: Table<T, string>, id: string, what: string): Promise<{ current: T; session: Session }> {
  const current = await table.get(id);
  if (!current) throw new ConflictError(`This ${what} no longer exists.`);
  const session = await db.sessions.get(current.sessionId);
  if (!session) throw new ConflictError('This session no longer exists.');
  return { current, session };
}

function requireMapping(session: Session): MappingPhase {
  const phase = mappingPhaseOf(session.template);
  if (!phase) throw new ConflictError("This session's agenda has no mapping activity.");
  return phase;
}

function requireChannels(session: Session): ChannelsPhase {
  const phase = channelsPhaseOf(session.template);
  if (!phase) throw new ConflictError("This session's agenda has no channels activity.");
  return phase;
}

/** A record that was checked by hand must still pass its stored schema; a mismatch is a bug, reported as such. */
function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0] ?? 'record')] ??= issue.message;
  throw new ValidationError(errors);
}

type UnitRecord = { id: string; sessionId: string; unitId: string };

/** Deletes one of a unit's records and hands it back, so the caller can offer undo. */
async function deleteUnitRecord<T extends UnitRecord>(db: CoCreateDb, table: Table<T, string>, id: string, now: number): Promise<T | null> {
  return db.transaction('rw', [db.sessions, table], async () => {
    const record = await table.get(id);
    if (!record) return null;
    await table.delete(id);
    await touch(db, record.sessionId, now);
    return record;
  });
}

/** Puts a deleted record back unchanged (same id and order), if its unit is still in the session. */
async function restoreUnitRecord<T extends UnitRecord>(db: CoCreateDb, table: Table<T, string>, schema: z.ZodType<T>, record: T, now: number): Promise<void> {
  const clean = checked(schema, record);
  await db.transaction('rw', [db.sessions, db.units, table], async () => {
    const { session } = await sessionAndUnit(db, clean.sessionId, clean.unitId);
    await Promise.all([table.put(clean), touchSession(db, session, now)]);
  });
}

/**
 * The steps every add shares, in one transaction: the session and unit must still be there, `make`
 * validates and builds the record (placed after the unit's last one), then it is stored and the
 * session's updatedAt bumped. A rejection anywhere saves nothing.
 */
async function addUnitRecord<T extends UnitRecord & { order: number }>(
  db: CoCreateDb,
  table: Table<T, string>,
  target: { sessionId: string; unitId: string; now: number },
  make: (session: Session, order: number) => T | Promise<T>,
  readTables: Table<unknown, string>[] = [],
): Promise<T> {
  const { sessionId, unitId, now } = target;
  return db.transaction('rw', [db.sessions, db.units, table, ...readTables], async () => {
    const [{ session }, siblings] = await Promise.all([sessionAndUnit(db, sessionId, unitId), table.where('[sessionId+unitId]').equals([sessionId, unitId]).toArray()]);
    const record = await make(session, nextOrder(siblings));
    await Promise.all([table.add(record), touchSession(db, session, now)]);
    return record;
  });
}

/**
 * The room's records in the order they were made (order only breaks ties): `order` is per unit,
 * so it cannot order records across units, and IndexedDB would hand them back by random id.
 */
function byCreation<T extends { createdAt: number; order: number; id: string }>(records: T[]): T[] {
  return records.sort((a, b) => a.createdAt - b.createdAt || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const touch = (db: CoCreateDb, sessionId: string, now: number) => db.sessions.update(sessionId, { updatedAt: now });

// ---------------------------------------------------------------- map entries

export async function listMapEntries(db: CoCreateDb, sessionId: string): Promise<MapEntry[]> {
  return byCreation(await db.ofSession<MapEntry>(recordKinds.mapEntries, sessionId).toArray());
}

/** One unit's entries, read through the compound index so a unit's view never scans the room. */
export async function listUnitMapEntries(db: CoCreateDb, sessionId: string, unitId: string): Promise<MapEntry[]> {
  return sortByOrder(await db.mapEntries.where('[sessionId+unitId]').equals([sessionId, unitId]).toArray());
}

/** `id` lets a screen know the new entry's id before it is saved (to match the live list). */
export function addMapEntry(db: CoCreateDb, sessionId: string, unitId: string, input: MapEntryInput, now = Date.now(), id = newId()): Promise<MapEntry> {
  return addUnitRecord(db, db.mapEntries, { sessionId, unitId, now }, (session, order) => {
    const result = validateMapEntryInput(requireMapping(session), input);
    if (!result.ok) throw new ValidationError(result.errors);
    return checked(mapEntrySchema, { id, sessionId, unitId, ...result.value, order, createdAt: now, updatedAt: now } satisfies MapEntry);
  });
}

/**
 * Changes any fields of an entry, the cell included. The whole edited entry is validated, so an
 * invalid field rejects the change and the stored entry stays as it was.
 */
export async function updateMapEntry(db: CoCreateDb, entryId: string, patch: Partial<MapEntryInput>, now = Date.now()): Promise<MapEntry> {
  return db.transaction('rw', [db.sessions, db.units, db.mapEntries], async () => {
    const { current, session } = await recordAndSession(db, db.mapEntries, entryId, 'entry');
    const result = validateMapEntryInput(requireMapping(session), { ...mapEntryToInput(current), ...patch });
    if (!result.ok) throw new ValidationError(result.errors);
    let order = current.order;
    if (result.value.columnId !== current.columnId || result.value.rowId !== current.rowId) {
      // A moved entry goes to the end of its new cell.
      const siblings = await db.mapEntries.where('[sessionId+unitId]').equals([current.sessionId, current.unitId]).toArray();
      order = nextOrder(siblings);
    }
    const entry = checked(mapEntrySchema, { ...current, ...result.value, order, updatedAt: now } satisfies MapEntry);
    await Promise.all([db.mapEntries.put(entry), touchSession(db, session, now)]);
    return entry;
  });
}

/** Moves an entry to another cell of the same unit's map. */
export function moveMapEntry(db: CoCreateDb, entryId: string, cell: { columnId: string; rowId: string }, now = Date.now()): Promise<MapEntry> {
  return updateMapEntry(db, entryId, { columnId: cell.columnId, rowId: cell.rowId }, now);
}

/** Deletes an entry and hands it back so it can be restored (undo). */
export function deleteMapEntry(db: CoCreateDb, entryId: string, now = Date.now()): Promise<MapEntry | null> {
  return deleteUnitRecord(db, db.mapEntries, entryId, now);
}

/** Puts a deleted entry back as it was (same id and order), if its unit is still in the session. */
export function restoreMapEntry(db: CoCreateDb, entry: MapEntry, now = Date.now()): Promise<void> {
  return restoreUnitRecord(db, db.mapEntries, mapEntrySchema, entry, now);
}

// ---------------------------------------------------------------- channels

export async function listChannels(db: CoCreateDb, sessionId: string): Promise<Channel[]> {
  return byCreation(await db.ofSession<Channel>(recordKinds.channels, sessionId).toArray());
}

export async function listUnitChannels(db: CoCreateDb, sessionId: string, unitId: string): Promise<Channel[]> {
  return sortByOrder(await db.channels.where('[sessionId+unitId]').equals([sessionId, unitId]).toArray());
}

export function addChannel(db: CoCreateDb, sessionId: string, unitId: string, input: ChannelInput, now = Date.now()): Promise<Channel> {
  return addUnitRecord(db, db.channels, { sessionId, unitId, now }, (session, order) => {
    const result = validateChannelInput(requireChannels(session), input);
    if (!result.ok) throw new ValidationError(result.errors);
    return checked(channelSchema, { id: newId(), sessionId, unitId, ...result.value, order, createdAt: now, updatedAt: now } satisfies Channel);
  });
}

export async function updateChannel(db: CoCreateDb, channelId: string, patch: Partial<ChannelInput>, now = Date.now()): Promise<Channel> {
  return db.transaction('rw', [db.sessions, db.channels], async () => {
    const { current, session } = await recordAndSession(db, db.channels, channelId, 'channel');
    const result = validateChannelInput(requireChannels(session), { ...channelToInput(current), ...patch });
    if (!result.ok) throw new ValidationError(result.errors);
    const channel = checked(channelSchema, { ...current, ...result.value, updatedAt: now } satisfies Channel);
    await Promise.all([db.channels.put(channel), touchSession(db, session, now)]);
    return channel;
  });
}

/** Deletes a channel and hands it back so it can be restored (undo). */
export function deleteChannel(db: CoCreateDb, channelId: string, now = Date.now()): Promise<Channel | null> {
  return deleteUnitRecord(db, db.channels, channelId, now);
}

/** Puts a deleted channel back as it was. */
export function restoreChannel(db: CoCreateDb, channel: Channel, now = Date.now()): Promise<void> {
  return restoreUnitRecord(db, db.channels, channelSchema, channel, now);
}

// ---------------------------------------------------------------- actions and plans

export interface ActionWriteOptions {
  /** The facilitator's local date, YYYY-MM-DD: a "by when" before it is allowed but flagged. */
  today: string;
  now?: number;
}

export interface SavedAction {
  action: Action;
  /** Allowed but worth a look, e.g. a date in the past; keyed like the form's fields. */
  warnings: ActionMessages;
}

export async function listActions(db: CoCreateDb, sessionId: string): Promise<Action[]> {
  return byCreation(await db.ofSession<Action>(recordKinds.actions, sessionId).toArray());
}

export async function listUnitActions(db: CoCreateDb, sessionId: string, unitId: string): Promise<Action[]> {
  return sortByOrder(await db.actions.where('[sessionId+unitId]').equals([sessionId, unitId]).toArray());
}

export async function listPlans(db: CoCreateDb, sessionId: string): Promise<Plan[]> {
  return db.plans.where('sessionId').equals(sessionId).toArray();
}

/** Discussion cards the room marked as action candidates, most votes first. */
export async function listActionCandidateCards(db: CoCreateDb, sessionId: string): Promise<Card[]> {
  const cards = await db.cards.where('sessionId').equals(sessionId).filter((card) => card.actionCandidate).toArray();
  return cards.sort((a, b) => b.votes - a.votes || a.order - b.order);
}

/** A link must point at something the unit can act on: a cell of the map, its own channel, a card of this session. */
async function checkLink(db: CoCreateDb, session: Session, unitId: string, link: ActionLink | null): Promise<void> {
  if (link === null) return;
  let ok: boolean;
  if (link.kind === 'gap') {
    const mapping = mappingPhaseOf(session.template);
    ok = !!mapping && mapping.columns.some((c) => c.id === link.columnId) && mapping.rows.some((r) => r.id === link.rowId);
  } else if (link.kind === 'channel') {
    const channel = await db.channels.get(link.channelId);
    ok = !!channel && channel.sessionId === session.id && channel.unitId === unitId;
  } else {
    const card = await db.cards.get(link.cardId);
    ok = !!card && card.sessionId === session.id;
  }
  if (!ok) throw new ValidationError({ link: 'What this action is linked to is no longer there; choose another link or none.' });
}

function validateAction(session: Session, input: ActionInput, today: string) {
  const phase = actionPlanPhaseOf(session.template);
  if (!phase) throw new ConflictError("This session's agenda has no action-plan activity.");
  const result = validateActionInput(input, { today, phase, mapping: mappingPhaseOf(session.template) });
  if (!result.ok) throw new ValidationError(result.errors);
  return result;
}

export async function addAction(db: CoCreateDb, sessionId: string, unitId: string, input: ActionInput, options: ActionWriteOptions): Promise<SavedAction> {
  const now = options.now ?? Date.now();
  let warnings: ActionMessages = {};
  const action = await addUnitRecord(
    db,
    db.actions,
    { sessionId, unitId, now },
    async (session, order) => {
      const result = validateAction(session, input, options.today);
      await checkLink(db, session, unitId, result.value.link);
      warnings = result.warnings;
      return checked(actionSchema, buildAction(result.value, { id: newId(), sessionId, unitId, order, now }));
    },
    [db.channels, db.cards] as Table<unknown, string>[],
  );
  return { action, warnings };
}

export async function updateAction(db: CoCreateDb, actionId: string, patch: Partial<ActionInput>, options: ActionWriteOptions): Promise<SavedAction> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.sessions, db.actions, db.channels, db.cards], async () => {
    const { current, session } = await recordAndSession(db, db.actions, actionId, 'action');
    const result = validateAction(session, { ...actionToInput(current), ...patch }, options.today);
    await checkLink(db, session, current.unitId, result.value.link);
    const action = checked(actionSchema, { ...current, ...result.value, updatedAt: now } satisfies Action);
    await Promise.all([db.actions.put(action), touchSession(db, session, now)]);
    return { action, warnings: result.warnings };
  });
}

/** Moves an action up, down or to a position in its unit's plan; only the records whose order changed are written. */
export async function moveAction(db: CoCreateDb, actionId: string, target: MoveTarget, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.sessions, db.actions], async () => {
    const action = await db.actions.get(actionId);
    if (!action) throw new ConflictError('This action no longer exists.');
    const plan = await db.actions.where('[sessionId+unitId]').equals([action.sessionId, action.unitId]).toArray();
    const changed = moveItem(plan, actionId, target);
    if (changed.length === 0) return;
    await db.actions.bulkPut(changed.map((a) => ({ ...a, updatedAt: now })));
    await touch(db, action.sessionId, now);
  });
}

/** Deletes an action and hands it back so it can be restored (undo). */
export function deleteAction(db: CoCreateDb, actionId: string, now = Date.now()): Promise<Action | null> {
  return deleteUnitRecord(db, db.actions, actionId, now);
}

/** Puts a deleted action back in its old place. */
export function restoreAction(db: CoCreateDb, action: Action, now = Date.now()): Promise<void> {
  return restoreUnitRecord(db, db.actions, actionSchema, action, now);
}

export async function setPlanComplete(db: CoCreateDb, sessionId: string, unitId: string, complete: boolean, now = Date.now()): Promise<Plan> {
  return db.transaction('rw', [db.sessions, db.units, db.plans], async () => {
    const { session } = await sessionAndUnit(db, sessionId, unitId);
    const plan = checked(planSchema, { unitId, sessionId, complete, updatedAt: now } satisfies Plan);
    await Promise.all([db.plans.put(plan), touchSession(db, session, now)]);
    return plan;
  });
}
