import type { Unit } from '../session/schema';
import type { ChannelsPhase, MappingPhase, Phase } from '../template/schema';
import { rankChannels } from '../work/channel-ranking';
import { aggregateRoomMap } from '../work/room-map';
import type { Action, Channel, MapEntry } from '../work/schema';

/**
 * The room views the projector shows from delegates' work: counts and rankings only, never which
 * unit or delegate did what. Split from projector-view.ts, which assembles the whole snapshot.
 */

export interface RoomViewInput {
  sessionId: string;
  mapEntries?: readonly MapEntry[];
  channels?: readonly Channel[];
  units?: readonly Unit[];
  actions?: readonly Action[];
}

/** Which room views the projector shows in a phase, so callers read delegates' work only then. */
export function roomViewsShown(phases: readonly Phase[], phaseId: string): { mapping: boolean; channels: boolean; actions: boolean } {
  const phase = phases.find((p) => p.id === phaseId);
  return {
    mapping: !!phase && sourcePhase(phases, phase, 'mapping') !== undefined,
    channels: !!phase && sourcePhase(phases, phase, 'channels') !== undefined,
    actions: phase?.kind === 'action-plan',
  };
}

/**
 * The work phase whose room view is on screen: the phase itself, or for a discussion the phase
 * just before it (Discussion 2 talks about the map everyone has just filled in).
 */
export function sourcePhase<K extends 'mapping' | 'channels'>(phases: readonly Phase[], phase: Phase, kind: K): Extract<Phase, { kind: K }> | undefined {
  const isKind = (p: Phase | undefined): p is Extract<Phase, { kind: K }> => p?.kind === kind;
  if (isKind(phase)) return phase;
  if (phase.kind !== 'discussion') return undefined;
  const before = phases[phases.findIndex((p) => p.id === phase.id) - 1];
  return isKind(before) ? before : undefined;
}

export function roomMapView(phase: MappingPhase | undefined, { sessionId, mapEntries = [] }: RoomViewInput) {
  if (!phase) return null;
  const map = aggregateRoomMap(
    phase,
    mapEntries.filter((e) => e.sessionId === sessionId),
  );
  return {
    columns: phase.columns.map((c) => ({ id: c.id, label: c.label })),
    rows: phase.rows.map((r) => ({ id: r.id, label: r.label })),
    strengths: phase.strengths.map((s) => ({ id: s.id, level: s.level, label: s.label })),
    gapBelowLevel: phase.gapBelowLevel,
    cells: map.cells.map((row) =>
      row.map((cell) => ({
        rowId: cell.rowId,
        columnId: cell.columnId,
        count: cell.count,
        unitCount: cell.unitCount,
        meanStrength: cell.meanStrength,
        maxLevel: cell.maxLevel,
        isGap: cell.isGap,
      })),
    ),
    totalEntries: map.totalEntries,
    unitsWithEntries: map.unitsWithEntries,
  };
}

export function channelRankingView(phase: ChannelsPhase | undefined, { sessionId, channels = [] }: RoomViewInput) {
  if (!phase) return null;
  return rankChannels(
    channels.filter((c) => c.sessionId === sessionId),
    phase.suggestions,
  ).map((c) => ({
    key: c.key,
    name: c.name,
    unitCount: c.unitCount,
    livedExperienceCount: c.livedExperienceCount,
    unionSupportIdeas: [...c.unionSupportIdeas],
  }));
}

/** How far the room has got with its action plans: numbers of units and actions, no names. */
export function actionProgressView({ sessionId, units = [], actions = [] }: RoomViewInput) {
  const unitIds = new Set(units.filter((u) => u.sessionId === sessionId).map((u) => u.id));
  const counted = actions.filter((a) => a.sessionId === sessionId && unitIds.has(a.unitId));
  return {
    units: unitIds.size,
    unitsWithActions: new Set(counted.map((a) => a.unitId)).size,
    actions: counted.length,
  };
}
