import { describe, expect, it } from 'vitest';
import type { Unit } from '../session/schema';
import { roomProgress } from './progress';
import type { Plan } from './schema';
import { makeAction, makeChannel, makeEntry, SESSION_ID, uuid } from '../test-support/work-fixtures';

const unit = (n: number, order: number): Unit => ({ id: uuid(n), sessionId: SESSION_ID, kind: 'table', name: `Table ${n}`, order, createdAt: 1, updatedAt: 1 });
const plan = (n: number, complete: boolean): Plan => ({ unitId: uuid(n), sessionId: SESSION_ID, complete, updatedAt: 1 });

describe('roomProgress', () => {
  it('is all zero for a room that has not started', () => {
    expect(roomProgress([unit(1, 0)], [], [], [], [])).toEqual({
      units: [{ unitId: uuid(1), entries: 0, channels: 0, actions: 0, planComplete: false }],
      totals: { unitsWithMap: 0, unitsWithActions: 0, unitsWithPlan: 0, actions: 0 },
    });
  });

  it('counts per unit in display order and totals the room', () => {
    const units = [unit(1, 2), unit(2, 0), unit(3, 1)];
    const entries = [
      makeEntry({ unitId: uuid(1), columnId: 'su-gov', rowId: 'access', strengthId: 'informed' }),
      makeEntry({ unitId: uuid(1), columnId: 'su-gov', rowId: 'success', strengthId: 'informed' }),
      makeEntry({ unitId: uuid(3), columnId: 'su-gov', rowId: 'access', strengthId: 'informed' }),
      // A unit that was removed: not counted anywhere.
      makeEntry({ unitId: uuid(9), columnId: 'su-gov', rowId: 'access', strengthId: 'informed' }),
    ];
    const channels = [makeChannel({ unitId: uuid(2), name: 'Podcast' })];
    const actions = [makeAction({ unitId: uuid(1) }), makeAction({ unitId: uuid(1) }), makeAction({ unitId: uuid(2) }), makeAction({ unitId: uuid(9) })];
    const plans = [plan(1, true), plan(2, false), plan(9, true)];

    const progress = roomProgress(units, entries, channels, actions, plans);
    expect(progress.units).toEqual([
      { unitId: uuid(2), entries: 0, channels: 1, actions: 1, planComplete: false },
      { unitId: uuid(3), entries: 1, channels: 0, actions: 0, planComplete: false },
      { unitId: uuid(1), entries: 2, channels: 0, actions: 2, planComplete: true },
    ]);
    expect(progress.totals).toEqual({ unitsWithMap: 2, unitsWithActions: 2, unitsWithPlan: 1, actions: 3 });
  });
});
