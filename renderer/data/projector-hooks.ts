import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { nextPhaseSnapshot } from '../../shared/run/projector-paging';
import { projectorSnapshot, roomViewsShown, type ProjectorInput, type ProjectorSnapshot } from '../../shared/run/projector-view';
import { useDb } from '../app/providers';
import type { CoCreateDb } from './db';
import { listDelegates } from './delegates-repo';
import { listSessionCards, listSessionThemes } from './discussion-repo';
import { getRunState, listQuizAnswers, listQuizTallies } from './run-repo';
import { getSession } from './sessions-repo';
import { listUnits } from './units-repo';
import { listActions, listChannels, listMapEntries } from './work-repo';

/**
 * Everything the privacy filter needs for the given phases (the one on screen, and for the
 * console's preview the next one). Delegates' work is read only in the phases that project it,
 * so typing into maps at other times does not wake the projector.
 */
async function loadProjectorInput(db: CoCreateDb, sessionId: string, withNext: boolean): Promise<ProjectorInput | null> {
  const [session, run] = await Promise.all([getSession(db, sessionId), getRunState(db, sessionId)]);
  if (!session || !run) return null;
  const phases = session.template.phases;
  const ids = [run.currentPhaseId];
  const next = phases[phases.findIndex((p) => p.id === run.currentPhaseId) + 1];
  if (withNext && next) ids.push(next.id);
  const shown = ids.map((id) => roomViewsShown(phases, id));
  const finished = run.finishedAt !== null;
  const needs = (key: 'mapping' | 'channels' | 'actions') => shown.some((s) => s[key]);
  const [quizAnswers, quizTallies, cards, themes, mapEntries, channels, units, actions, delegates] = await Promise.all([
    listQuizAnswers(db, sessionId),
    listQuizTallies(db, sessionId),
    listSessionCards(db, sessionId),
    listSessionThemes(db, sessionId),
    needs('mapping') ? listMapEntries(db, sessionId) : [],
    needs('channels') ? listChannels(db, sessionId) : [],
    needs('actions') ? listUnits(db, sessionId) : [],
    needs('actions') || finished ? listActions(db, sessionId) : [],
    finished ? listDelegates(db, sessionId) : [],
  ]);
  return { run, session, quizAnswers, quizTallies, cards, themes, mapEntries, channels, units, actions, delegates };
}

/**
 * What the projector shows, computed inside the query through the privacy filter, so the
 * projector never receives notes, emails, answers by name or attributions at all.
 * `undefined` while loading; `null` when the session does not exist or has not been started.
 */
export function useProjectorSnapshot(sessionId: string | undefined): ProjectorSnapshot | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!sessionId) return null;
    const input = await loadProjectorInput(db, sessionId, false);
    return input ? projectorSnapshot(input) : null;
  }, [db, sessionId]);
}

export interface ProjectorPreviewSnapshots {
  /** Exactly what the projector shows now (blank and frozen included). */
  current: ProjectorSnapshot;
  /** What it will show after "Next phase"; null on the last phase or once finished. */
  next: ProjectorSnapshot | null;
}

type WorkNeeds = { mapping: boolean; channels: boolean; actions: boolean };
type WorkRows = Pick<ProjectorInput, 'mapEntries' | 'channels' | 'units' | 'actions'>;

/** The light part of the preview's input: everything but delegates' work (maps, channels, actions). */
async function loadPreviewBase(db: CoCreateDb, sessionId: string) {
  const [session, run] = await Promise.all([getSession(db, sessionId), getRunState(db, sessionId)]);
  if (!session || !run) return null;
  const phases = session.template.phases;
  const ids = [run.currentPhaseId];
  const next = phases[phases.findIndex((p) => p.id === run.currentPhaseId) + 1];
  if (next) ids.push(next.id);
  const shown = ids.map((id) => roomViewsShown(phases, id));
  const finished = run.finishedAt !== null;
  const needs: WorkNeeds = {
    mapping: shown.some((s) => s.mapping),
    channels: shown.some((s) => s.channels),
    actions: shown.some((s) => s.actions) || finished,
  };
  const [quizAnswers, quizTallies, cards, themes, delegates] = await Promise.all([
    listQuizAnswers(db, sessionId),
    listQuizTallies(db, sessionId),
    listSessionCards(db, sessionId),
    listSessionThemes(db, sessionId),
    finished ? listDelegates(db, sessionId) : [],
  ]);
  return { needs, input: { run, session, quizAnswers, quizTallies, cards, themes, delegates } };
}

/**
 * The console's preview: the same snapshots the projector is built from, never raw data.
 * Delegates' work (3,000 map entries at 200 units) is read by its own live query, so a save that
 * only touches the session record, a card or a quiz answer does not re-read it; and a snapshot
 * whose content did not change keeps its identity, so its slide is neither re-rendered nor re-measured.
 */
export function useProjectorPreview(sessionId: string): ProjectorPreviewSnapshots | null | undefined {
  const db = useDb();
  const base = useLiveQuery(() => loadPreviewBase(db, sessionId), [db, sessionId]);
  const needs = base?.needs;
  const { mapping = false, channels = false, actions = false } = needs ?? {};
  const work = useLiveQuery(async () => {
    const [mapEntries, channelRows, units, actionRows] = await Promise.all([
      mapping ? listMapEntries(db, sessionId) : [],
      channels ? listChannels(db, sessionId) : [],
      actions ? listUnits(db, sessionId) : [],
      actions ? listActions(db, sessionId) : [],
    ]);
    const rows: WorkRows = { mapEntries, channels: channelRows, units, actions: actionRows };
    return { sessionId, needs: { mapping, channels, actions }, rows };
  }, [db, sessionId, mapping, channels, actions]);
  const held = useRef<{ sessionId: string; snapshots: ProjectorPreviewSnapshots; keys: [string, string] } | null>(null);
  return useMemo(() => {
    if (base === null) return null;
    if (base === undefined) return undefined;
    const last = held.current?.sessionId === sessionId ? held.current : null;
    // Rows read for other needs (the phase just changed): keep what is shown until they arrive.
    if (!work || work.sessionId !== sessionId || !sameNeeds(work.needs, base.needs)) return last?.snapshots;
    const input: ProjectorInput = { ...base.input, ...work.rows };
    const current = projectorSnapshot(input);
    const next = nextPhaseSnapshot(input, input.run.updatedAt);
    const keys: [string, string] = [JSON.stringify(current), JSON.stringify(next)];
    if (last && last.keys[0] === keys[0] && last.keys[1] === keys[1]) return last.snapshots;
    const snapshots = {
      current: last && last.keys[0] === keys[0] ? last.snapshots.current : current,
      next: last && last.keys[1] === keys[1] ? last.snapshots.next : next,
    };
    held.current = { sessionId, snapshots, keys };
    return snapshots;
  }, [base, work, sessionId]);
}

function sameNeeds(a: WorkNeeds, b: WorkNeeds): boolean {
  return a.mapping === b.mapping && a.channels === b.channels && a.actions === b.actions;
}
