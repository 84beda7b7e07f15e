import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { COLUMN_GAP_EM, DEFAULT_GAP_EM, FLOOR, type FitContent, type FitItem, type FitLayout } from './fit-model';
import { measure } from './measure';
import { useFontsVersion } from './use-fonts-version';

export { FIT_SIZES, type FitContent, type FitItem, type FitLayout } from './fit-model';

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
    setLayout(measure({ key, fontsVersion: fonts.version, content, previousSize: layout?.size }, rootRef.current, bodyRef.current, measureRef.current));
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
