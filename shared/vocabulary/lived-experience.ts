import type { LivedExperience } from '../work/schema';
import { plural } from './numbers';

/** The stored yes / no / unsure, as delegates say them, everywhere they are shown or exported. */
export const LIVED_EXPERIENCE_WORDS: Record<LivedExperience, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

/** The choices of a lived-experience field, in the order they are offered. */
export const LIVED_EXPERIENCE_OPTIONS: ReadonlyArray<{ value: LivedExperience; label: string }> = (['yes', 'no', 'unsure'] as const).map(
  (value) => ({ value, label: LIVED_EXPERIENCE_WORDS[value] }),
);

/** The word for a stored value; an unknown value is shown as it is rather than hidden. */
export function livedExperienceLabel(value: string): string {
  return LIVED_EXPERIENCE_OPTIONS.find((o) => o.value === value)?.label ?? value;
}

/** How many units use a channel, and how many of them involve students with lived experience: "3 units · 2 with students with lived experience". */
export function channelUseWords(channel: { unitCount: number; livedExperienceCount: number }): string {
  const lived = channel.livedExperienceCount > 0 ? ` · ${channel.livedExperienceCount} with students with lived experience` : '';
  return `${plural(channel.unitCount, 'unit')}${lived}`;
}
