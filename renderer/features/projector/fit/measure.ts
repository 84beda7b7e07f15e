import { COLUMN_GAP_EM, DEFAULT_GAP_EM, FIT_SIZES, FLOOR, type FitContent, type FitLayout } from './fit-model';
import { balance, minimumPages, pack, type PackedPage, type PackItem } from './pack';
import { measuredHeights } from './height-cache';

export interface MeasureInput {
  key: string;
  /** Bumped when a font loads: heights measured with another font are not reused. */
  fontsVersion: number;
  content: FitContent;
  /** The type size the slide had before this change, where the search starts. */
  previousSize: number | undefined;
}

/**
 * Finds the largest type size at which the body fits, in FitSlide's hidden measuring pass.
 *
 * Each try is a forced layout, so two things keep them few and small. The search starts at the
 * size the slide had before this change: fitting is monotonic in size (what fits at a size fits at
 * every smaller one), so from there it only climbs while the next size up fits, or descends until
 * one fits. And an item's height at a type size and column width is remembered (height-cache.ts):
 * a try lays out only the items not measured before, so a card added to a slide of thirty lays
 * out one card, not thirty-one.
 */
export function measure(input: MeasureInput, root: HTMLElement, body: HTMLElement, box: HTMLElement): FitLayout {
  const { key, content } = input;
  const heights = measuredHeights(input.fontsVersion, root, box);
  // Heights are read in stage px whatever the stage's scale on screen.
  const scale = root.getBoundingClientRect().height / root.offsetHeight || 1;
  const bottomPadding = parseFloat(getComputedStyle(root).paddingBottom) || 0;
  const minColumns = content.minColumns ?? 1;
  const givenSize = root.style.fontSize;
  let best: FitLayout | null = null;

  /** The fewest columns at which the body fits at `size`, or null; at the floor, keeps the best non-fit too. */
  const fitAt = (size: number): FitLayout | null => {
    root.style.fontSize = `${size}px`;
    const height = root.clientHeight - bottomPadding - body.offsetTop;
    if (height <= 0) return null;
    const gapPx = COLUMN_GAP_EM * size;
    const bodyWidth = body.clientWidth;
    for (let columns = minColumns; columns <= content.maxColumns; columns += 1) {
      const width = (bodyWidth - gapPx * (columns - 1)) / columns;
      if (columns > minColumns && width < content.minColumnEm * size) break;
      const read = heights.at(size, width, bodyWidth, scale);
      const items: PackItem[] = content.items.map((item, i) => ({
        height: read.item(i),
        gapBefore: (item.gap ?? DEFAULT_GAP_EM) * size,
        group: item.group,
        heading: item.heading,
        breakBefore: item.breakBefore,
        wide: item.wide,
        continuedHeight: item.group !== undefined ? read.continued(item.group) : undefined,
      }));
      // A whisker of slack for sub-pixel rounding between measuring and painting.
      const result = pack(items, columns, height - 1);
      const fitted = { key, size, columns, pages: balanced(result.pages, items, columns, height - 1), overflow: result.overflow };
      if (result.pages.length <= minimumPages(items) && !result.overflow) return fitted;
      if (size === FLOOR && (!best || better(fitted, best))) best = fitted;
    }
    return null;
  };

  const start = Math.max(0, FIT_SIZES.indexOf(input.previousSize ?? FIT_SIZES[0]!));
  let found = fitAt(FIT_SIZES[start]!);
  if (found) {
    for (let i = start - 1; i >= 0; i -= 1) {
      const larger = fitAt(FIT_SIZES[i]!);
      if (!larger) break;
      found = larger;
    }
  } else {
    for (let i = start + 1; i < FIT_SIZES.length && !found; i += 1) found = fitAt(FIT_SIZES[i]!);
  }
  root.style.fontSize = givenSize;
  heights.done();
  return found ?? best ?? { key, size: FLOOR, columns: minColumns, pages: [{ wide: null, columns: [] }], overflow: true };
}

function better(candidate: { pages: unknown[]; overflow: boolean }, best: FitLayout): boolean {
  if (candidate.overflow !== best.overflow) return !candidate.overflow;
  return candidate.pages.length < best.pages.length;
}

/**
 * Evens out the columns of each page that ends a run of items (the last page, and a page before
 * one with a wide item), so a short page does not stack everything in its first column.
 */
function balanced(pages: PackedPage[], items: readonly PackItem[], columns: number, height: number): PackedPage[] {
  return pages.map((page, p) => {
    const first = page.columns[0]?.items[0];
    const last = page.columns.at(-1)?.items.at(-1);
    const nextPage = pages[p + 1];
    const endsRun = !nextPage || nextPage.wide !== null;
    if (first === undefined || last === undefined || !endsRun) return page;
    const wide = page.wide !== null ? items[page.wide] : undefined;
    const room = wide ? height - wide.height - (items[first]?.gapBefore ?? 0) : height;
    const evened = balance(items.slice(first, last + 1), columns, room).map((column) => ({
      continuedGroup: column.continuedGroup,
      items: column.items.map((i) => i + first),
    }));
    return { wide: page.wide, columns: evened };
  });
}
