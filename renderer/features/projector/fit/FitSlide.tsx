import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { balance, minimumPages, pack, type PackedPage, type PackItem } from './pack';
import { useFontsVersion } from './use-fonts-version';

/** One block of a slide's body: a card, a channel, a talking point, a paragraph, a chart. */
export interface FitItem {
  key: string;
  node: ReactNode;
  group?: number;
  heading?: boolean;
  /** The group's heading repeated at the top of a column that continues it. */
  continued?: ReactNode;
  breakBefore?: boolean;
  /** Space above, in em of the slide's type (default 0.55). */
  gap?: number;
  /** Gets a page of its own at full width (the room's map). */
  wide?: boolean;
}

export interface FitContent {
  /** Shown on every page, full width, above the columns (the statement, the prompt). */
  lead: ReactNode;
  items: FitItem[];
  /** The narrowest readable column, in em; more columns are tried while they stay this wide. */
  minColumnEm: number;
  maxColumns: number;
  minColumns?: number;
}

/**
 * Type sizes tried, largest first, in px of the 1280×720 stage. 18 px is the floor: below it the
 * back of a room cannot read; beyond it the view uses more columns, then pages.
 */
export const FIT_SIZES: readonly number[] = [30, 28, 26, 24, 22, 20, 18];
const FLOOR = 18;
const COLUMN_GAP_EM = 1.1;
const DEFAULT_GAP_EM = 0.55;

export interface FitLayout {
  key: string;
  size: number;
  columns: number;
  pages: PackedPage[];
  overflow: boolean;
}

interface Props {
  header: ReactNode;
  content: FitContent;
  /** Changes whenever anything that affects the layout changes (not the ticking timer). */
  contentKey: string;
  page: number;
  onLayout?: (layout: FitLayout) => void;
}

/**
 * A slide that fits its stage: the largest type (down to the floor) at which the body fits in
 * some number of readable columns, else pages at the floor. Measured in the real layout after
 * fonts load, in a hidden pass before paint, so the room never sees a half-fitted slide.
 */
export function FitSlide({ header, content, contentKey, page, onLayout }: Props) {
  const fonts = useFontsVersion();
  const key = `${fonts.version}|${contentKey}`;
  const [layout, setLayout] = useState<FitLayout | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const reported = useRef(onLayout);
  reported.current = onLayout;
  const measuring = layout?.key !== key;

  useLayoutEffect(() => {
    if (!measuring || !rootRef.current || !bodyRef.current || !measureRef.current) return;
    setLayout(measure(key, content, rootRef.current, bodyRef.current, measureRef.current));
    // content is described by contentKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [measuring, key]);

  useLayoutEffect(() => {
    if (layout && !measuring) reported.current?.(layout);
  }, [layout, measuring]);

  const pageCount = layout?.pages.length ?? 1;
  const shown = Math.min(page, pageCount - 1);
  const shownPage = layout?.pages[shown];
  const wide = shownPage?.wide ?? null;
  const wideItem = wide !== null ? content.items[wide] : undefined;
  const ready = !measuring && fonts.loaded;

  return (
    <div
      ref={rootRef}
      className={`pj-slide${measuring ? ' pj-measuring' : ''}`}
      style={{ fontSize: `${layout?.size ?? FLOOR}px` }}
      data-fit-ready={ready}
      data-page={shown + 1}
      data-pages={pageCount}
      data-font-size={layout?.size}
      data-columns={layout?.columns}
      data-overflow={layout?.overflow || undefined}
    >
      {header}
      {content.lead ? <div className="pj-lead">{content.lead}</div> : null}
      <div ref={bodyRef} className="pj-body">
        {measuring ? (
          // Keyed: its width is set by hand while measuring, so React must never reuse it for a page.
          <div key="measure" ref={measureRef} className="pj-measure">
            <div className="pj-measure-wide">
              {content.items.map((item, i) =>
                item.wide ? (
                  <div key={item.key} className="pj-item" data-measure-item={i}>
                    {item.node}
                  </div>
                ) : null,
              )}
            </div>
            {content.items.map((item, i) =>
              item.wide ? null : (
                <div key={item.key} className="pj-item" data-measure-item={i}>
                  {item.node}
                </div>
              ),
            )}
            {content.items.map((item, i) =>
              item.heading && item.continued ? (
                <div key={`continued-${item.key}`} className="pj-item" data-measure-continued={item.group ?? i}>
                  {item.continued}
                </div>
              ) : null,
            )}
          </div>
        ) : (
          <>
            {wideItem ? <div className="pj-item">{wideItem.node}</div> : null}
            <div className="pj-columns" style={{ columnGap: `${COLUMN_GAP_EM}em`, marginTop: wideItem ? `${gapAfter(content.items, wide)}em` : 0 }}>
              {(shownPage?.columns ?? []).map((column, c) => (
                <div key={c} className="pj-col" style={{ width: columnWidth(layout?.columns ?? 1) }}>
                  {column.continuedGroup !== null ? <div className="pj-item">{continuedOf(content.items, column.continuedGroup)}</div> : null}
                  {column.items.map((index, k) => {
                    const item = content.items[index];
                    if (!item) return null;
                    const first = k === 0 && column.continuedGroup === null;
                    return (
                      <div key={item.key} className="pj-item" style={{ marginTop: first ? 0 : `${item.gap ?? DEFAULT_GAP_EM}em` }}>
                        {item.node}
                      </div>
                    );
                  })}
                </div>
              ))}
            </div>
          </>
        )}
      </div>
      {pageCount > 1 ? (
        <p className="pj-page" data-testid="projector-page">
          Page {shown + 1} of {pageCount}
        </p>
      ) : null}
    </div>
  );
}

function columnWidth(columns: number): string {
  return `calc((100% - ${COLUMN_GAP_EM * (columns - 1)}em) / ${columns})`;
}

/** The space between a wide item and the columns under it: the next item's own gap, as packed. */
function gapAfter(items: readonly FitItem[], wide: number | null): number {
  return wide === null ? 0 : (items[wide + 1]?.gap ?? DEFAULT_GAP_EM);
}

function continuedOf(items: readonly FitItem[], group: number): ReactNode {
  return items.find((item) => item.heading && item.group === group)?.continued ?? null;
}

/** Tries type sizes and column counts in the hidden measuring pass; see FitSlide. */
function measure(key: string, content: FitContent, root: HTMLElement, body: HTMLElement, box: HTMLElement): FitLayout {
  // Heights are read in stage px whatever the stage's scale on screen.
  const scale = root.getBoundingClientRect().height / root.offsetHeight || 1;
  const itemEls = new Map(Array.from(box.querySelectorAll<HTMLElement>('[data-measure-item]')).map((el) => [Number(el.dataset.measureItem), el]));
  const wideBox = box.querySelector<HTMLElement>('.pj-measure-wide');
  const continuedEls = new Map(Array.from(box.querySelectorAll<HTMLElement>('[data-measure-continued]')).map((el) => [Number(el.dataset.measureContinued), el]));
  const bottomPadding = parseFloat(getComputedStyle(root).paddingBottom) || 0;
  const minColumns = content.minColumns ?? 1;
  const givenSize = root.style.fontSize;
  let best: FitLayout | null = null;

  for (const size of FIT_SIZES) {
    root.style.fontSize = `${size}px`;
    const height = root.clientHeight - bottomPadding - body.offsetTop;
    if (height <= 0) continue;
    const gapPx = COLUMN_GAP_EM * size;
    for (let columns = minColumns; columns <= content.maxColumns; columns += 1) {
      const width = (body.clientWidth - gapPx * (columns - 1)) / columns;
      if (columns > minColumns && width < content.minColumnEm * size) break;
      box.style.width = `${width}px`;
      if (wideBox) wideBox.style.width = `${body.clientWidth}px`;
      const items: PackItem[] = content.items.map((item, i) => ({
        height: (itemEls.get(i)?.getBoundingClientRect().height ?? 0) / scale,
        gapBefore: (item.gap ?? DEFAULT_GAP_EM) * size,
        group: item.group,
        heading: item.heading,
        breakBefore: item.breakBefore,
        wide: item.wide,
        continuedHeight: item.group !== undefined && continuedEls.has(item.group) ? continuedEls.get(item.group)!.getBoundingClientRect().height / scale : undefined,
      }));
      // A whisker of slack for sub-pixel rounding between measuring and painting.
      const result = pack(items, columns, height - 1);
      const fitted = { key, size, columns, pages: balanced(result.pages, items, columns, height - 1), overflow: result.overflow };
      if (result.pages.length <= minimumPages(items) && !result.overflow) {
        root.style.fontSize = givenSize;
        return fitted;
      }
      if (size === FLOOR && (!best || better(fitted, best))) best = fitted;
    }
  }
  root.style.fontSize = givenSize;
  return best ?? { key, size: FLOOR, columns: minColumns, pages: [{ wide: null, columns: [] }], overflow: true };
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
