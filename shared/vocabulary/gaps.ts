import type { MappingPhase } from '../template/schema';

/** What the gap rule needs from a mapping phase: its strengths and the level a cell must reach. */
export type GapScale = Pick<MappingPhase, 'strengths' | 'gapBelowLevel'>;

/** The gap rule: a cell is a gap when no entry reaches the phase's gapBelowLevel (an empty cell is a gap). */
export function isGap(maxLevel: number | null, gapBelowLevel: number): boolean {
  return maxLevel === null || maxLevel < gapBelowLevel;
}

/** The weakest strength that closes a gap, named in quotes ("“Consulted”"), or "level 2" when the scale has none. */
export function gapBarName(scale: GapScale): string {
  const bar = [...scale.strengths].sort((a, b) => a.level - b.level).find((s) => s.level >= scale.gapBelowLevel);
  return bar ? `\u201c${bar.label}\u201d` : `level ${scale.gapBelowLevel}`;
}

/** What a gap means, in the template's words: "no entry at “Consulted” or above". */
export function gapRule(scale: GapScale): string {
  return `no entry at ${gapBarName(scale)} or above`;
}
