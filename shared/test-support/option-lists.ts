/**
 * Builders for the `{ id, label }` lists that template fixtures are full of (columns, rows,
 * frequencies, suggestions, strengths), so a fixture reads as its ids and words.
 * Test support only: nothing in the app imports this module.
 */

/** `{ a: 'A', b: 'B' }` → `[{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]`, in the order written. */
export function idLabels(labels: Record<string, string>): { id: string; label: string }[] {
  return Object.entries(labels).map(([id, label]) => ({ id, label }));
}

/** Strength levels numbered 0, 1, 2… in the order written. */
export function strengthLevels(labels: Record<string, string>): { id: string; level: number; label: string }[] {
  return idLabels(labels).map((option, level) => ({ id: option.id, level, label: option.label }));
}
