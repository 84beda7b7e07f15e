/**
 * Seats delegates at tables so every table has the same number of people, give or take one.
 *
 * - Keeping colleagues together (the default): the list order is kept and cut into consecutive
 *   blocks, so people pasted together (usually one institution) sit together.
 * - Mixing institutions: delegates are dealt round the tables like cards, the largest institution
 *   first, so no table gets two people from one institution until every table has one from it.
 */

export interface SeatableDelegate {
  id: string;
  institution: string;
}

export interface SpreadOptions {
  mixInstitutions: boolean;
}

/** The table for each delegate id, in the delegates' order; empty when there are no tables. */
export function spreadAcrossTables(
  delegates: readonly SeatableDelegate[],
  tableIds: readonly string[],
  options: SpreadOptions,
): Map<string, string> {
  const seating = new Map<string, string>();
  const tables = tableIds.length;
  if (tables === 0) return seating;
  if (options.mixInstitutions) {
    byInstitution(delegates).forEach((d, k) => seating.set(d.id, tableIds[k % tables]!));
  } else {
    // Blocks of ⌈n/t⌉ for the first n mod t tables, ⌊n/t⌋ for the rest.
    const base = Math.floor(delegates.length / tables);
    const bigger = delegates.length % tables;
    let next = 0;
    for (let t = 0; t < tables; t++) {
      const size = base + (t < bigger ? 1 : 0);
      for (const d of delegates.slice(next, next + size)) seating.set(d.id, tableIds[t]!);
      next += size;
    }
  }
  // In the delegates' own order, whatever order they were seated in.
  return new Map(delegates.map((d) => [d.id, seating.get(d.id)!]));
}

/** How institutions are told apart: spacing and capitals do not make a new institution. */
export function institutionKey(institution: string): string {
  return institution.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** Largest institution first (ties: first listed first); each institution's people in list order. */
function byInstitution(delegates: readonly SeatableDelegate[]): SeatableDelegate[] {
  const groups = new Map<string, SeatableDelegate[]>();
  for (const d of delegates) {
    const key = institutionKey(d.institution);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  // Array.prototype.sort is stable, so equal sizes keep the order institutions first appear in.
  return [...groups.values()].sort((a, b) => b.length - a.length).flat();
}
