import type { Unit } from '../session/schema';
import type { Action, Channel, MapEntry, Plan } from './schema';

export interface UnitProgress {
  unitId: string;
  entries: number;
  channels: number;
  actions: number;
  planComplete: boolean;
}

export interface RoomProgress {
  /** In the units' display order. */
  units: UnitProgress[];
  totals: {
    /** Units with at least one map entry. */
    unitsWithMap: number;
    /** Units with at least one action. */
    unitsWithActions: number;
    /** Units that marked their plan complete. */
    unitsWithPlan: number;
    /** Actions of the units listed (records of removed units are not counted). */
    actions: number;
  };
}

function countByUnit(records: ReadonlyArray<{ unitId: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.unitId, (counts.get(record.unitId) ?? 0) + 1);
  return counts;
}

/** How far each unit has got, for the facilitator's console (never projected with names). */
export function roomProgress(
  units: readonly Unit[],
  entries: readonly MapEntry[],
  channels: readonly Channel[],
  actions: readonly Action[],
  plans: readonly Plan[],
): RoomProgress {
  const entryCounts = countByUnit(entries);
  const channelCounts = countByUnit(channels);
  const actionCounts = countByUnit(actions);
  const complete = new Set(plans.filter((plan) => plan.complete).map((plan) => plan.unitId));

  const rows = [...units]
    .sort((a, b) => a.order - b.order)
    .map(
      (unit): UnitProgress => ({
        unitId: unit.id,
        entries: entryCounts.get(unit.id) ?? 0,
        channels: channelCounts.get(unit.id) ?? 0,
        actions: actionCounts.get(unit.id) ?? 0,
        planComplete: complete.has(unit.id),
      }),
    );

  return {
    units: rows,
    totals: {
      unitsWithMap: rows.filter((row) => row.entries > 0).length,
      unitsWithActions: rows.filter((row) => row.actions > 0).length,
      unitsWithPlan: rows.filter((row) => row.planComplete).length,
      actions: rows.reduce((sum, row) => sum + row.actions, 0),
    },
  };
}
