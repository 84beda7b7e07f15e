/**
 * Talking points that only repeat the audience prompt. The welcome slide showed its prompt and
 * then the same sentence again as its first bullet; a point whose words are mostly the prompt's
 * adds nothing on the wall, so the projector leaves it out (the console still lists every point).
 */

const REPEAT_SHARE = 0.6;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The share of a point's distinct words that the prompt also uses (0 for an empty point). */
export function shareOfPromptWords(point: string, prompt: string): number {
  const own = words(point);
  if (own.size === 0) return 0;
  const shared = words(prompt);
  let common = 0;
  for (const word of own) if (shared.has(word)) common += 1;
  return common / own.size;
}

export function pointsBesidesPrompt(points: readonly string[], prompt: string): string[] {
  if (prompt.trim() === '') return [...points];
  return points.filter((point) => shareOfPromptWords(point, prompt) < REPEAT_SHARE);
}
