import { useLiveQuery } from 'dexie-react-hooks';
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

/** The console's preview: the same snapshots the projector is built from, never raw data. */
export function useProjectorPreview(sessionId: string): ProjectorPreviewSnapshots | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const input = await loadProjectorInput(db, sessionId, true);
    if (!input) return null;
    return { current: projectorSnapshot(input), next: nextPhaseSnapshot(input, input.run.updatedAt) };
  }, [db, sessionId]);
}
