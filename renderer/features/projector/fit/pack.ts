/**
 * Packs measured blocks into columns and pages, the way the projector lays out a view that is too
 * long for one screen. Pure arithmetic over heights measured in the real layout, so the same
 * content always gives the same pages (and the console's preview agrees with the projector).
 */

export interface PackItem {
  height: number;
  /** Space above the item when something is above it in its column. */
  gapBefore: number;
  /** Items sharing a group follow its heading; a column that starts inside a group repeats the heading. */
  group?: number;
  heading?: boolean;
  /** Height of the group's repeated heading ("… continued") at the top of a column. */
  continuedHeight?: number;
  /** Starts a new column (e.g. the quiz chart beside the explanation). */
  breakBefore?: boolean;
  /** Takes a page of its own at full width (the room's map); `height` is measured at that width. */
  wide?: boolean;
}

export interface PackedColumn {
  /** The group whose heading is repeated at the top of this column, if any. */
  continuedGroup: number | null;
  /** Indexes into the packed items. */
  items: number[];
}

/** One screen: an optional full-width item on top, then up to `columns` columns under it. */
export interface PackedPage {
  wide: number | null;
  columns: PackedColumn[];
}

export interface PackResult {
  pages: PackedPage[];
  /** True when some item is taller than a whole column on its own (it is placed anyway). */
  overflow: boolean;
}

export function pack(items: readonly PackItem[], columns: number, height: number): PackResult {
  const pages: PackedPage[] = [];
  let page: PackedPage = { wide: null, columns: [] };
  let column: PackedColumn = { continuedGroup: null, items: [] };
  let columnHeight = height;
  let used = 0;
  let overflow = false;

  const closePage = () => {
    if (page.wide !== null || page.columns.length > 0) pages.push(page);
    page = { wide: null, columns: [] };
    columnHeight = height;
  };
  const closeColumn = () => {
    page.columns.push(column);
    if (page.columns.length === columns) closePage();
    column = { continuedGroup: null, items: [] };
    used = 0;
  };

  items.forEach((item, i) => {
    if (item.wide) {
      if (column.items.length > 0) closeColumn();
      closePage();
      page.wide = i;
      if (item.height > height) overflow = true;
      const next = items[i + 1];
      columnHeight = height - item.height - (next ? next.gapBefore : 0);
      return;
    }
    if (item.breakBefore && column.items.length > 0) closeColumn();
    // A heading never ends a column: it goes with its group's first item.
    const next = items[i + 1];
    const withNext = item.heading && next && !next.heading && !next.wide && next.group === item.group ? next.gapBefore + next.height : 0;
    if (column.items.length > 0 && used + item.gapBefore + item.height + withNext > columnHeight) closeColumn();
    const continues = !item.heading && item.group !== undefined && item.continuedHeight !== undefined;
    const top = (continues ? item.continuedHeight! + item.gapBefore : 0) + item.height + withNext;
    // Too tall for the short columns under a wide item: start a new page.
    if (column.items.length === 0 && columnHeight < height && top > columnHeight) closePage();
    if (column.items.length === 0 && continues) {
      column.continuedGroup = item.group!;
      used = item.continuedHeight!;
    }
    const above = column.items.length > 0 || column.continuedGroup !== null;
    const needed = (above ? item.gapBefore : 0) + item.height;
    // At the top of a full-height column and still too tall: no layout at this height holds it.
    if (used + needed > columnHeight) overflow = true;
    used += needed;
    column.items.push(i);
  });
  if (column.items.length > 0) closeColumn();
  closePage();
  return { pages, overflow };
}

/** The fewest pages any packing can have: each wide item starts a page, and so do items before the first. */
export function minimumPages(items: readonly PackItem[]): number {
  const wide = items.filter((item) => item.wide).length;
  return Math.max(1, wide + (items[0] && !items[0].wide ? 1 : 0));
}

/**
 * Columns of even height for one page's items: the smallest column height (to a pixel) at which
 * they still pack into one page, so three cards do not sit in one column beside two empty ones.
 */
export function balance(items: readonly PackItem[], columns: number, height: number): PackedColumn[] {
  const fits = (h: number) => {
    const result = pack(items, columns, h);
    return result.pages.length <= 1 && !result.overflow;
  };
  const packed = () => pack(items, columns, height).pages[0]?.columns ?? [];
  if (items.length === 0 || items.some((item) => item.wide) || !fits(height)) return packed();
  let low = 0;
  let high = Math.ceil(height);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return pack(items, columns, high).pages[0]?.columns ?? [];
}
