import type { ChannelsPhase } from '../template/schema';
import type { Channel } from './schema';

/** One channel as the room named it, with how many units use it. Carries no unit names: it may be projected. */
export interface RankedChannel {
  /** Stable: 'suggestion:<id>' or 'name:<normalised name>'. */
  key: string;
  name: string;
  /** Distinct units that listed it. */
  unitCount: number;
  /** Distinct units that said students with lived experience take part in it. */
  livedExperienceCount: number;
  /** Ideas for how the union could support it: trimmed, non-empty, deduplicated ignoring case and spacing. */
  unionSupportIdeas: string[];
}

/** Case- and spacing-insensitive form used to group free-text names and deduplicate ideas. */
export function normaliseName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

interface Group {
  key: string;
  /** Fixed for a suggestion group; otherwise chosen from the spellings used. */
  label: string | null;
  spellings: Map<string, number>;
  units: Set<string>;
  livedUnits: Set<string>;
  ideas: Map<string, string>;
}

/**
 * Groups the room's channels and ranks them by how many units use them.
 * Channels picked from a suggestion group by the suggestion (even if renamed); free-text channels group
 * by normalised name, and join a suggestion's group when their name is that suggestion's label.
 * Pass one session's channels, in their display order (the first spelling of an idea is kept).
 */
export function rankChannels(channels: readonly Channel[], suggestions: ChannelsPhase['suggestions']): RankedChannel[] {
  const suggestionById = new Map(suggestions.map((s) => [s.id, s]));
  const suggestionByName = new Map(suggestions.map((s) => [normaliseName(s.label), s]));
  const groups = new Map<string, Group>();

  for (const channel of channels) {
    const normalised = normaliseName(channel.name);
    const suggestion =
      (channel.suggestionId === null ? undefined : suggestionById.get(channel.suggestionId)) ?? suggestionByName.get(normalised);
    if (!suggestion && normalised === '') continue;
    const key = suggestion ? `suggestion:${suggestion.id}` : `name:${normalised}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: suggestion ? suggestion.label : null,
        spellings: new Map(),
        units: new Set(),
        livedUnits: new Set(),
        ideas: new Map(),
      };
      groups.set(key, group);
    }
    const spelling = tidy(channel.name);
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    group.units.add(channel.unitId);
    if (channel.livedExperience === 'yes') group.livedUnits.add(channel.unitId);
    const idea = tidy(channel.unionSupport);
    const ideaKey = normaliseName(idea);
    if (ideaKey !== '' && !group.ideas.has(ideaKey)) group.ideas.set(ideaKey, idea);
  }

  const ranked = [...groups.values()].map(
    (group): RankedChannel => ({
      key: group.key,
      name: group.label ?? mostUsedSpelling(group.spellings),
      unitCount: group.units.size,
      livedExperienceCount: group.livedUnits.size,
      unionSupportIdeas: [...group.ideas.values()],
    }),
  );
  return ranked.sort(
    (a, b) =>
      b.unitCount - a.unitCount ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The spelling most channels used; ties go to the first one seen. */
function mostUsedSpelling(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
