/** Anything kept in a user-chosen order: actions, map entries, channels. */
export interface Ordered {
  id: string;
  order: number;
}

export type MoveTarget = 'up' | 'down' | number;

/** Items by `order`; ties keep the order they were given in. */
export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.order - b.item.order || a.index - b.index)
    .map(({ item }) => item);
}

/** The order for an item appended at the end. */
export function nextOrder(items: readonly Ordered[]): number {
  return items.reduce((max, item) => Math.max(max, Math.floor(item.order) + 1), 0);
}

/**
 * Moves one item up, down or to an index (clamped) of the list sorted by order, and returns only
 * the records whose order changed, as copies, ready to save. Usually that is just the moved item,
 * placed between its new neighbours with a fractional order; when that is impossible (equal
 * neighbours, or repeated halving has run out of precision) the whole list is renumbered 0, 1, 2 ...
 * Returns [] when nothing moves (unknown id, top item moved up, same index).
 */
export function moveItem<T extends Ordered>(items: readonly T[], id: string, target: MoveTarget): T[] {
  const list = sortByOrder(items);
  const from = list.findIndex((item) => item.id === id);
  if (from === -1) return [];
  let to: number;
  if (target === 'up') to = from - 1;
  else if (target === 'down') to = from + 1;
  else to = Math.min(Math.max(Math.trunc(target), 0), list.length - 1);
  if (to < 0 || to >= list.length || to === from || Number.isNaN(to)) return [];

  const [moved] = list.splice(from, 1);
  if (!moved) return [];
  list.splice(to, 0, moved);

  const prev = list[to - 1];
  const next = list[to + 1];
  const order =
    prev && next ? (prev.order + next.order) / 2 : prev ? Math.floor(prev.order) + 1 : next ? Math.ceil(next.order) - 1 : moved.order;
  const placed = list.map((item) => (item === moved ? { ...item, order } : item));
  if (strictlyIncreasing(placed)) return [{ ...moved, order }];

  return list.flatMap((item, index) => (item.order === index ? [] : [{ ...item, order: index }]));
}

function strictlyIncreasing(items: readonly Ordered[]): boolean {
  return items.every((item, i) => {
    const before = items[i - 1];
    return Number.isFinite(item.order) && (before === undefined || before.order < item.order);
  });
}
