import { useMemo } from 'react';
import type { DelegateInput, SessionSetup, UnitMode } from '../../shared/session/schema';
import type { Template } from '../../shared/template/schema';
import { useDb } from '../app/providers';
import { addDelegate, addDelegates, removeDelegate, updateDelegate } from './delegates-repo';
import { trackSave } from './save-status';
import { createSession, deleteSession, duplicateSession, updateAgendaPhase, updateSessionSetup, type AgendaPhasePatch } from './sessions-repo';
import type { SpreadOptions } from '../../shared/delegates/spread-across-tables';
import { addGroup, assignDelegate, removeUnit, renameUnit, setTableCount, setUnitMode, spreadDelegatesAcrossTables } from './units-repo';

/**
 * The write side for components: each call goes through a repository inside a transaction and
 * is tracked for the "saved" indicator. Components never touch `db` themselves.
 * Every write hook in renderer/data is named `useXxxWriter` and returns an `XxxWriter`.
 */
export function useSessionWriter() {
  const db = useDb();
  return useMemo(
    () => ({
      create: (template: Template) => trackSave(() => createSession(db, template)),
      updateSetup: (id: string, patch: Partial<SessionSetup>) => trackSave(() => updateSessionSetup(db, id, patch)),
      updateAgendaPhase: (id: string, phaseId: string, patch: AgendaPhasePatch) => trackSave(() => updateAgendaPhase(db, id, phaseId, patch)),
      duplicate: (id: string) => trackSave(() => duplicateSession(db, id)),
      remove: (id: string) => trackSave(() => deleteSession(db, id)),
      addDelegate: (sessionId: string, input: DelegateInput) => trackSave(() => addDelegate(db, sessionId, input)),
      addDelegates: (sessionId: string, inputs: DelegateInput[]) => trackSave(() => addDelegates(db, sessionId, inputs)),
      updateDelegate: (id: string, patch: Partial<DelegateInput>) => trackSave(() => updateDelegate(db, id, patch)),
      removeDelegate: (id: string) => trackSave(() => removeDelegate(db, id)),
      setUnitMode: (sessionId: string, mode: UnitMode) => trackSave(() => setUnitMode(db, sessionId, mode)),
      addGroup: (sessionId: string, name: string) => trackSave(() => addGroup(db, sessionId, name)),
      renameUnit: (unitId: string, name: string) => trackSave(() => renameUnit(db, unitId, name)),
      removeUnit: (unitId: string) => trackSave(() => removeUnit(db, unitId)),
      assignDelegate: (delegateId: string, unitId: string | null) => trackSave(() => assignDelegate(db, delegateId, unitId)),
      setTableCount: (sessionId: string, count: number) => trackSave(() => setTableCount(db, sessionId, count)),
      spreadAcrossTables: (sessionId: string, options: SpreadOptions) => trackSave(() => spreadDelegatesAcrossTables(db, sessionId, options)),
    }),
    [db],
  );
}

export type SessionWriter = ReturnType<typeof useSessionWriter>;
