import { groupCardsByTheme } from '../run/themes';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf } from '../template/agenda';
import type { ChannelsPhase } from '../template/schema';
import { rankChannels } from '../work/channel-ranking';
import type { LivedExperience } from '../work/schema';
import { campusRef, type CampusRecords, type CampusRef, type PerCampus } from './campus';

export interface RoadshowChannel {
  /** 'suggestion:<id>' or 'name:<normalised name>', as shared/work/channel-ranking.ts groups them. */
  key: string;
  name: string;
  /** Campuses that named it, with how many units did there. */
  campuses: (CampusRef & { unitCount: number })[];
  unitCount: number;
}

/**
 * Channels ranked across campuses: the same channel named at several campuses counts together (by
 * suggestion id, else by normalised name). Most campuses first, then most units, then name.
 */
export function channelComparison(campuses: readonly CampusRecords[]): { channels: RoadshowChannel[]; campuses: PerCampus<number>[] } {
  const suggestions: ChannelsPhase['suggestions'] = [];
  for (const c of campuses) {
    for (const s of channelsPhaseOf(c.session.template)?.suggestions ?? []) if (!suggestions.some((x) => x.id === s.id)) suggestions.push(s);
  }
  const all = rankChannels(
    campuses.flatMap((c) => c.channels),
    suggestions,
  );
  const perCampus = campuses.map((c) => new Map(rankChannels(c.channels, suggestions).map((r) => [r.key, r.unitCount])));
  const channels = all.map((r) => ({
    key: r.key,
    name: r.name,
    unitCount: r.unitCount,
    campuses: campuses.flatMap((c, i) => {
      const n = perCampus[i]!.get(r.key);
      return n ? [{ ...campusRef(c), unitCount: n }] : [];
    }),
  }));
  channels.sort((a, b) => b.campuses.length - a.campuses.length || b.unitCount - a.unitCount || a.name.localeCompare(b.name));
  return { channels, campuses: campuses.map((c) => ({ ...campusRef(c), value: c.channels.length || null })) };
}

export interface ActionCounts {
  total: number;
  /** Keyed by stage id (the map's rows); '' for none chosen. */
  byStage: Record<string, number>;
  byPriority: Record<string, number>;
  byLivedExperience: Record<LivedExperience, number>;
}

function countActions(actions: CampusRecords['actions']): ActionCounts {
  const counts: ActionCounts = { total: 0, byStage: {}, byPriority: {}, byLivedExperience: { yes: 0, no: 0, unsure: 0 } };
  for (const a of actions) {
    counts.total += 1;
    counts.byStage[a.stageId ?? ''] = (counts.byStage[a.stageId ?? ''] ?? 0) + 1;
    counts.byPriority[a.priorityId ?? ''] = (counts.byPriority[a.priorityId ?? ''] ?? 0) + 1;
    counts.byLivedExperience[a.livedExperience] += 1;
  }
  return counts;
}

export interface ActionComparison {
  /** The options, in template order; the vocabulary's NOT_SET names ''. */
  stages: { id: string; label: string }[];
  priorities: { id: string; label: string }[];
  campuses: PerCampus<ActionCounts>[];
  combined: ActionCounts;
}

/** Actions counted by lifecycle stage, priority and lived-experience involvement, per campus and together. */
export function actionComparison(campuses: readonly CampusRecords[]): ActionComparison {
  const first = campuses[0]?.session.template;
  return {
    stages: (first ? (mappingPhaseOf(first)?.rows ?? []) : []).map((r) => ({ id: r.id, label: r.label })),
    priorities: (first ? (actionPlanPhaseOf(first)?.priorities ?? []) : []).map((p) => ({ id: p.id, label: p.label })),
    campuses: campuses.map((c) => ({ ...campusRef(c), value: c.actions.length === 0 ? null : countActions(c.actions) })),
    combined: countActions(campuses.flatMap((c) => c.actions)),
  };
}

export interface CampusTheme {
  name: string;
  cardCount: number;
  votes: number;
}

/** Discussion themes per campus, most votes first; cards in no theme are counted apart. Null without cards. */
export function themesByCampus(campuses: readonly CampusRecords[]): PerCampus<{ themes: CampusTheme[]; cardsWithoutTheme: number }>[] {
  return campuses.map((c) => {
    if (c.cards.length === 0) return { ...campusRef(c), value: null };
    const groups = groupCardsByTheme(c.cards, c.themes);
    const themes = groups
      .flatMap((g) => (g.theme ? [{ name: g.theme.name, cardCount: g.cards.length, votes: g.totalVotes }] : []))
      .sort((a, b) => b.votes - a.votes || b.cardCount - a.cardCount);
    const cardsWithoutTheme = groups.find((g) => g.theme === null)?.cards.length ?? 0;
    return { ...campusRef(c), value: { themes, cardsWithoutTheme } };
  });
}
