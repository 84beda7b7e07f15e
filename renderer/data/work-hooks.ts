import { useMemo } from 'react';
import type { ActionInput } from '../../shared/work/action-input';
import type { MapEntryInput } from '../../shared/work/map-entry-input';
import type { MoveTarget } from '../../shared/work/reorder';
import type { Card } from '../../shared/run/schema';
import type { Action, Channel, MapEntry } from '../../shared/work/schema';
import { useDb } from '../app/providers';
import { trackSave } from './save-status';
import { useDbQuery } from './live-query';
import * as repo from './work-repo';
import type { ChannelInput } from '../../shared/work/channel-input';

/*
 * Live reads of delegates' work. A unit's screens use the per-unit hooks, which query one
 * [sessionId+unitId] range, so typing into one unit's map does not re-run the room's queries.
 * `undefined` means "still loading".
 */

export const useUnitMapEntries = (sessionId: string, unitId: string | null) => useDbQuery((db) => (unitId ? repo.listUnitMapEntries(db, sessionId, unitId) : []), [sessionId, unitId]);

export const useRoomMapEntries = (sessionId: string) => useDbQuery((db) => repo.listMapEntries(db, sessionId), [sessionId]);

export const useUnitChannels = (sessionId: string, unitId: string | null) => useDbQuery((db) => (unitId ? repo.listUnitChannels(db, sessionId, unitId) : []), [sessionId, unitId]);

export const useRoomChannels = (sessionId: string) => useDbQuery((db) => repo.listChannels(db, sessionId), [sessionId]);

export const useRoomActions = (sessionId: string) => useDbQuery((db) => repo.listActions(db, sessionId), [sessionId]);

export const usePlans = (sessionId: string) => useDbQuery((db) => repo.listPlans(db, sessionId), [sessionId]);

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
  return useDbQuery(async (db) => {
    const [actions, entries, channels, cards, plans] = await Promise.all([
      repo.listUnitActions(db, sessionId, unitId),
      repo.listUnitMapEntries(db, sessionId, unitId),
      repo.listUnitChannels(db, sessionId, unitId),
      repo.listActionCandidateCards(db, sessionId),
      repo.listPlans(db, sessionId),
    ]);
    return { actions, entries, channels, cards, complete: plans.find((p) => p.unitId === unitId)?.complete ?? false };
  }, [sessionId, unitId]);
}

/** The write side: each call is one repository transaction, tracked for the "Saved" indicator. */
export function useWorkWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      addMapEntry: (sessionId: string, unitId: string, input: MapEntryInput, id?: string) => trackSave(() => repo.addMapEntry(db, sessionId, unitId, input, Date.now(), id)),
      updateMapEntry: (entryId: string, patch: Partial<MapEntryInput>) => trackSave(() => repo.updateMapEntry(db, entryId, patch)),
      moveMapEntry: (entryId: string, cell: { columnId: string; rowId: string }) => trackSave(() => repo.moveMapEntry(db, entryId, cell)),
      deleteMapEntry: (entryId: string) => trackSave(() => repo.deleteMapEntry(db, entryId)),
      restoreMapEntry: (entry: MapEntry) => trackSave(() => repo.restoreMapEntry(db, entry)),
      addChannel: (sessionId: string, unitId: string, input: ChannelInput) => trackSave(() => repo.addChannel(db, sessionId, unitId, input)),
      updateChannel: (channelId: string, patch: Partial<ChannelInput>) => trackSave(() => repo.updateChannel(db, channelId, patch)),
      deleteChannel: (channelId: string) => trackSave(() => repo.deleteChannel(db, channelId)),
      restoreChannel: (channel: Channel) => trackSave(() => repo.restoreChannel(db, channel)),
      addAction: (sessionId: string, unitId: string, input: ActionInput, today: string) => trackSave(() => repo.addAction(db, sessionId, unitId, input, { today })),
      updateAction: (actionId: string, patch: Partial<ActionInput>, today: string) => trackSave(() => repo.updateAction(db, actionId, patch, { today })),
      moveAction: (actionId: string, target: MoveTarget) => trackSave(() => repo.moveAction(db, actionId, target)),
      deleteAction: (actionId: string) => trackSave(() => repo.deleteAction(db, actionId)),
      restoreAction: (action: Action) => trackSave(() => repo.restoreAction(db, action)),
      setPlanComplete: (sessionId: string, unitId: string, complete: boolean) => trackSave(() => repo.setPlanComplete(db, sessionId, unitId, complete)),
    }),
    [db],
  );
}

export type WorkWriter = ReturnType<typeof useWorkWriter>;

// Form helpers for channels, so screens need not import the repository.
export { channelToInput, emptyChannelInput, validateChannelInput, type ChannelErrors, type ChannelInput } from '../../shared/work/channel-input';
