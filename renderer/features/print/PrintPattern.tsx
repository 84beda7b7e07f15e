import { patternStrokes, type PrintPatternKind } from './print-patterns';

/**
 * A vector pattern behind a cell's content (the cell is `position: relative`; see print.css).
 * Decorative: the cell always says the same thing in words ("Gap", the band's word).
 */
export function PrintPattern({ kind }: { kind: PrintPatternKind }) {
  return (
    <svg className="pr-pattern" aria-hidden="true" focusable="false" data-pattern={kind}>
      {patternStrokes(kind).map((s, i) => (
        <path
          key={i}
          d={s.d}
          fill="none"
          stroke={s.stroke}
          strokeWidth={s.width}
          strokeLinecap={s.dots ? 'round' : 'butt'}
          strokeDasharray={s.dots ? `0 ${s.dots}` : undefined}
        />
      ))}
    </svg>
  );
}
