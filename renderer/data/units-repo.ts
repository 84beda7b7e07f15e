import { spreadAcrossTables, type SpreadOptions } from '../../shared/delegates/spread-across-tables';
import { newId } from '../../shared/ids';
import { unitSchema, type Unit, type UnitKind, type UnitMode } from '../../shared/session/schema';
import type { CoCreateDb } from './db';
import { ConflictError, firstIssueMessage, ValidationError } from './errors';

export async function listUnits(db: CoCreateDb, sessionId: string): Promise<Unit[]> {
  const units = await db.units.where('sessionId').equals(sessionId).toArray();
  return units.sort((a, b) => a.order - b.order);
}

/** True when a unit already holds delegates' work (map entries, channels, actions). */
export async function unitHasWork(db: CoCreateDb, unit: Pick<Unit, 'id' | 'sessionId'>): Promise<boolean> {
  const key = [unit.sessionId, unit.id];
  const counts = await Promise.all([db.mapEntries, db.channels, db.actions].map((table) => table.where('[sessionId+unitId]').equals(key).count()));
  return counts.some((c) => c > 0);
}

function validUnitName(name: string): string {
  const result = unitSchema.shape.name.safeParse(name);
  if (!result.success) throw new ValidationError({ name: firstIssueMessage(result.error) });
  return result.data;
}

export async function nextUnitOrder(db: CoCreateDb, sessionId: string): Promise<number> {
  const units = await db.units.where('sessionId').equals(sessionId).toArray();
  return units.reduce((max, u) => Math.max(max, u.order + 1), 0);
}

export function makeUnit(sessionId: string, kind: UnitKind, name: string, order: number, now: number): Unit {
  return unitSchema.parse({ id: newId(), sessionId, kind, name, order, createdAt: now, updatedAt: now });
}

export async function addGroup(db: CoCreateDb, sessionId: string, name: string, now = Date.now()): Promise<Unit> {
  const clean = validUnitName(name);
  return db.transaction('rw', db.units, db.sessions, async () => {
    const unit = makeUnit(sessionId, 'group', clean, await nextUnitOrder(db, sessionId), now);
    await db.units.add(unit);
    await db.sessions.update(sessionId, { updatedAt: now });
    return unit;
  });
}

export async function renameUnit(db: CoCreateDb, unitId: string, name: string, now = Date.now()): Promise<void> {
  const clean = validUnitName(name);
  await db.transaction('rw', db.units, db.sessions, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new ConflictError('This unit no longer exists.');
    await db.units.update(unitId, { name: clean, updatedAt: now });
    await db.sessions.update(unit.sessionId, { updatedAt: now });
  });
}

/** Removes a unit; its delegates become unassigned. A unit that holds work cannot be removed. */
export async function removeUnit(db: CoCreateDb, unitId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.units, db.delegates, db.sessions, db.mapEntries, db.channels, db.actions, db.plans], async () => {
    const unit = await db.units.get(unitId);
    if (!unit) return;
    if (await unitHasWork(db, unit)) throw new ConflictError(`"${unit.name}" already has a map, channels or actions, so it cannot be removed.`);
    await db.delegates.where('unitId').equals(unitId).modify({ unitId: null, updatedAt: now });
    await db.plans.delete(unitId);
    await db.units.delete(unitId);
    await db.sessions.update(unit.sessionId, { updatedAt: now });
  });
}

export async function assignDelegate(db: CoCreateDb, delegateId: string, unitId: string | null, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.delegates, db.units, db.sessions, async () => {
    const delegate = await db.delegates.get(delegateId);
    if (!delegate) throw new ConflictError('This delegate no longer exists.');
    if (unitId !== null) {
      const unit = await db.units.get(unitId);
      if (!unit || unit.sessionId !== delegate.sessionId) throw new ConflictError('That unit is not in this session.');
    }
    await db.delegates.update(delegateId, { unitId, updatedAt: now });
    await db.sessions.update(delegate.sessionId, { updatedAt: now });
  });
}

/**
 * Seats every delegate at a table, evenly (shared/delegates/spread-across-tables.ts), in one
 * transaction, replacing the current seating. Returns how many delegates sit at each table.
 */
export async function spreadDelegatesAcrossTables(db: CoCreateDb, sessionId: string, options: SpreadOptions, now = Date.now()): Promise<number[]> {
  return db.transaction('rw', db.delegates, db.units, db.sessions, async () => {
    const tables = (await listUnits(db, sessionId)).filter((u) => u.kind === 'table');
    if (tables.length === 0) throw new ConflictError('Set the number of tables first.');
    const delegates = (await db.delegates.where('sessionId').equals(sessionId).toArray()).sort((a, b) => a.order - b.order);
    const seating = spreadAcrossTables(delegates, tables.map((t) => t.id), options);
    for (const d of delegates) {
      const unitId = seating.get(d.id) ?? null;
      if (unitId !== d.unitId) await db.delegates.update(d.id, { unitId });
    }
    await db.sessions.update(sessionId, { updatedAt: now });
    return tables.map((t) => delegates.filter((d) => seating.get(d.id) === t.id).length);
  });
}

/** Sets the number of anonymous tables: adds "Table n" units or removes empty trailing ones. */
export async function setTableCount(db: CoCreateDb, sessionId: string, count: number, now = Date.now()): Promise<void> {
  if (!Number.isInteger(count) || count < 0 || count > 100) throw new ValidationError({ tables: 'Enter a whole number of tables from 0 to 100' });
  await db.transaction('rw', [db.units, db.delegates, db.sessions, db.mapEntries, db.channels, db.actions, db.plans], async () => {
    const tables = (await listUnits(db, sessionId)).filter((u) => u.kind === 'table');
    if (count > tables.length) {
      let order = await nextUnitOrder(db, sessionId);
      const added = Array.from({ length: count - tables.length }, (_, i) => makeUnit(sessionId, 'table', `Table ${tables.length + i + 1}`, order++, now));
      await db.units.bulkAdd(added);
    } else {
      const surplus = tables.slice(count);
      for (const table of surplus) {
        if (await unitHasWork(db, table)) throw new ConflictError(`"${table.name}" already has work recorded, so it cannot be removed.`);
      }
      for (const table of surplus) {
        await db.delegates.where('unitId').equals(table.id).modify({ unitId: null, updatedAt: now });
        await db.units.delete(table.id);
      }
    }
    await db.sessions.update(sessionId, { updatedAt: now });
  });
}

/**
 * Switches who owns maps and plans. Allowed only while no unit holds work, because entries
 * belong to units. "individual" gives every delegate a unit of their own.
 */
export async function setUnitMode(db: CoCreateDb, sessionId: string, mode: UnitMode, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.units, db.delegates, db.sessions, db.mapEntries, db.channels, db.actions, db.plans], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ConflictError('This session no longer exists.');
    if (session.unitMode === mode) return;
    const units = await listUnits(db, sessionId);
    for (const unit of units) {
      if (await unitHasWork(db, unit)) throw new ConflictError('Units already hold maps or plans, so the way units are formed cannot change now.');
    }
    await db.units.bulkDelete(units.map((u) => u.id));
    await db.plans.where('sessionId').equals(sessionId).delete();
    const delegates = (await db.delegates.where('sessionId').equals(sessionId).toArray()).sort((a, b) => a.order - b.order);
    if (mode === 'individual') {
      const own = delegates.map((d, i) => makeUnit(sessionId, 'delegate', d.name, i, now));
      await db.units.bulkAdd(own);
      await Promise.all(delegates.map((d, i) => db.delegates.update(d.id, { unitId: own[i]!.id, updatedAt: now })));
    } else {
      await db.delegates.where('sessionId').equals(sessionId).modify({ unitId: null, updatedAt: now });
    }
    await db.sessions.update(sessionId, { unitMode: mode, updatedAt: now });
  });
}
