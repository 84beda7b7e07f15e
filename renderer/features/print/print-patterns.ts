/**
 * The print patterns as plain vector strokes. CSS gradient hatching is rasterised into images by
 * the PDF engine (hundreds per document, megabytes per file); a path of lines stays vector and
 * compresses to almost nothing. Each pattern is drawn over a fixed area in CSS pixels (the cell's
 * SVG clips it), so the spacing is the same in every cell; the area covers a whole page.
 */
export type PrintPatternKind = 'gap' | 'heat-low' | 'heat-mid' | 'heat-high';

export interface PatternStroke {
  d: string;
  stroke: string;
  width: number;
  /** Dots are zero-length dashes with round caps. */
  dots?: number;
}

/** Large enough for any cell or swatch on a portrait or landscape page (CSS px). */
export const PATTERN_AREA = { width: 1000, height: 1000 };

const MM = 96 / 25.4;
const round = (n: number) => Math.round(n * 10) / 10;

/** Parallel lines at 45° (rising) or 135° (falling), `spacing` CSS px apart horizontally. */
export function diagonalLines(direction: 45 | 135, spacing: number, area = PATTERN_AREA): string {
  const { width, height } = area;
  const parts: string[] = [];
  for (let x = -height; x < width; x += spacing) {
    parts.push(direction === 45 ? `M${round(x)} ${height}l${height} -${height}` : `M${round(x)} 0l${height} ${height}`);
  }
  return parts.join('');
}

/** Horizontal lines `spacing` apart, drawn as dots of the same spacing. */
export function dotRows(spacing: number, area = PATTERN_AREA): string {
  const parts: string[] = [];
  for (let y = spacing / 2; y < area.height; y += spacing) parts.push(`M${round(spacing / 2)} ${round(y)}h${area.width}`);
  return parts.join('');
}

/** What each pattern is made of; the bands darken low → high, as the legend says in words. */
export function patternStrokes(kind: PrintPatternKind): PatternStroke[] {
  switch (kind) {
    case 'gap':
      return [{ d: diagonalLines(135, 2.2 * MM), stroke: '#b3b3b3', width: 0.3 * MM }];
    case 'heat-low':
      // Plain rows, not dots: the PDF engine writes every dash of a dotted line as its own circle.
      return [{ d: dotRows(2.2 * MM), stroke: '#777777', width: 0.3 * MM }];
    case 'heat-mid':
      return [{ d: diagonalLines(45, 1.8 * MM), stroke: '#555555', width: 0.45 * MM }];
    case 'heat-high':
      return [
        { d: diagonalLines(45, 1.6 * MM), stroke: '#000000', width: 0.5 * MM },
        { d: diagonalLines(135, 1.6 * MM), stroke: '#000000', width: 0.5 * MM },
      ];
  }
}
