import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ActionInput } from '../../shared/work/action-input';
import type { MapEntryInput } from '../../shared/work/map-entry-input';
import type { MoveTarget } from '../../shared/work/reorder';
import type { Card } from '../../shared/run/schema';
import type { Action, Channel, MapEntry } from '../../shared/work/schema';
import { useDb } from '../app/providers';
import { trackSave } from './save-status';
import {
  addAction,
  addChannel,
  addMapEntry,
  deleteAction,
  deleteChannel,
  deleteMapEntry,
  listActionCandidateCards,
  listActions,
  listChannels,
  listMapEntries,
  listPlans,
  listUnitActions,
  listUnitChannels,
  listUnitMapEntries,
  moveAction,
  moveMapEntry,
  restoreAction,
  restoreChannel,
  restoreMapEntry,
  setPlanComplete,
  updateAction,
  updateChannel,
  updateMapEntry,
} from './work-repo';
import type { ChannelInput } from '../../shared/work/channel-input';

/*
 * Live reads of delegates' work. A unit's screens use the per-unit hooks, which query one
 * [sessionId+unitId] range, so typing into one unit's map does not re-run the room's queries.
 * `undefined` means "still loading".
 */

export function useUnitMapEntries(sessionId: string, unitId: string | null) {
  const db = useDb();
  return useLiveQuery(() => (unitId ? listUnitMapEntries(db, sessionId, unitId) : []), [db, sessionId, unitId]);
}

export function useRoomMapEntries(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listMapEntries(db, sessionId), [db, sessionId]);
}

export function useUnitChannels(sessionId: string, unitId: string | null) {
  const db = useDb();
  return useLiveQuery(() => (unitId ? listUnitChannels(db, sessionId, unitId) : []), [db, sessionId, unitId]);
}

export function useRoomChannels(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listChannels(db, sessionId), [db, sessionId]);
}

export function useRoomActions(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listActions(db, sessionId), [db, sessionId]);
}

export function usePlans(sessionId: string) {
  const db = useDb();
  return useLiveQuery(() => listPlans(db, sessionId), [db, sessionId]);
}

export interface UnitPlanData {
  actions: Action[];
  entries: MapEntry[];
  channels: Channel[];
  /** The room's discussion points marked as action candidates. */
  cards: Card[];
  complete: boolean;
}

/**
 * Everything one unit's action-plan screen reads, as one live query: its actions, map and channels,
 * the room's action candidates, and whether its plan is marked complete.
 */
export function useUnitPlanData(sessionId: string, unitId: string): UnitPlanData | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [actions, entries, channels, cards, plans] = await Promise.all([
      listUnitActions(db, sessionId, unitId),
      listUnitMapEntries(db, sessionId, unitId),
      listUnitChannels(db, sessionId, unitId),
      listActionCandidateCards(db, sessionId),
      listPlans(db, sessionId),
    ]);
    return { actions, entries, channels, cards, complete: plans.find((p) => p.unitId === unitId)?.complete ?? false };
  }, [db, sessionId, unitId]);
}

/** The write side: each call is one repository transaction, tracked for the "Saved" indicator. */
export function useWorkWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      addMapEntry: (sessionId: string, unitId: string, input: MapEntryInput, id?: string) => trackSave(() => addMapEntry(db, sessionId, unitId, input, Date.now(), id)),
      updateMapEntry: (entryId: string, patch: Partial<MapEntryInput>) => trackSave(() => updateMapEntry(db, entryId, patch)),
      moveMapEntry: (entryId: string, cell: { columnId: string; rowId: string }) => trackSave(() => moveMapEntry(db, entryId, cell)),
      deleteMapEntry: (entryId: string) => trackSave(() => deleteMapEntry(db, entryId)),
      restoreMapEntry: (entry: MapEntry) => trackSave(() => restoreMapEntry(db, entry)),
      addChannel: (sessionId: string, unitId: string, input: ChannelInput) => trackSave(() => addChannel(db, sessionId, unitId, input)),
      updateChannel: (channelId: string, patch: Partial<ChannelInput>) => trackSave(() => updateChannel(db, channelId, patch)),
      deleteChannel: (channelId: string) => trackSave(() => deleteChannel(db, channelId)),
      restoreChannel: (channel: Channel) => trackSave(() => restoreChannel(db, channel)),
      addAction: (sessionId: string, unitId: string, input: ActionInput, today: string) => trackSave(() => addAction(db, sessionId, unitId, input, { today })),
      updateAction: (actionId: string, patch: Partial<ActionInput>, today: string) => trackSave(() => updateAction(db, actionId, patch, { today })),
      moveAction: (actionId: string, target: MoveTarget) => trackSave(() => moveAction(db, actionId, target)),
      deleteAction: (actionId: string) => trackSave(() => deleteAction(db, actionId)),
      restoreAction: (action: Action) => trackSave(() => restoreAction(db, action)),
      setPlanComplete: (sessionId: string, unitId: string, complete: boolean) => trackSave(() => setPlanComplete(db, sessionId, unitId, complete)),
    }),
    [db],
  );
}

export type WorkWriter = ReturnType<typeof useWorkWriter>;

// Form helpers for channels, so screens need not import the repository.
export { channelToInput, emptyChannelInput, validateChannelInput, type ChannelErrors, type ChannelInput } from '../../shared/work/channel-input';
