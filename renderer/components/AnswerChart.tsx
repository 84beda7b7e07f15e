import './answer-chart.css';
import { useId } from 'react';
import type { QuizCounts } from '../../shared/run/quiz-scoring';
import { ANSWER_WORDS, plural } from '../../shared/vocabulary';

interface Props {
  counts: QuizCounts;
  /** The statement's answer; null draws the chart without marking a correct bar. */
  correctAnswer: boolean | null;
  /** A short caption for assistive technology and print, e.g. "Answers to statement 2". */
  caption: string;
  /** The projector packs the same chart into less width so its text reads from the back of the room. */
  variant?: 'console' | 'projector';
  className?: string;
}

interface Bar {
  key: 'true' | 'false' | 'unsure';
  label: string;
  count: number;
  correct: boolean;
}

const TOP = 8;
const LAYOUTS = {
  console: { row: 64, labelWidth: 150, barMax: 320, width: 760, font: 24, small: 20 },
  // Wide enough for "40 (100%) — correct answer" after the bar at this font size.
  projector: { row: 76, labelWidth: 200, barMax: 230, width: 1000, font: 36, small: 32 },
} as const;

/** Whole-number percentages of the total; "0%" for an empty room, never NaN. */
function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** Stripes at 45°, 17 apart and 7 wide (the former 12-unit pattern turned 45°), covering a box. */
function hatchStripes(x: number, y: number, width: number, height: number): string {
  const parts: string[] = [];
  for (let sx = x - height; sx < x + width; sx += 17) parts.push(`M${sx} ${y + height}l${height} ${-height}h7l${-height} ${height}z`);
  return parts.join('');
}

/**
 * The answers to one statement as a horizontal bar chart in plain SVG: it scales to any width,
 * prints as vectors, and carries its numbers as text. The correct bar is hatched and labelled
 * "correct" in words, so nothing depends on colour. Colours come from CSS (`.answer-chart`), so
 * the console, both projector themes and print each set their own.
 */
export function AnswerChart({ counts, correctAnswer, caption, variant = 'console', className }: Props) {
  // useId returns characters that are not safe inside url(#…).
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { row, labelWidth, barMax, width, font, small } = LAYOUTS[variant];
  const total = counts.trueCount + counts.falseCount + counts.unsureCount;
  const bars: Bar[] = [
    { key: 'true', label: ANSWER_WORDS.true, count: counts.trueCount, correct: correctAnswer === true },
    { key: 'false', label: ANSWER_WORDS.false, count: counts.falseCount, correct: correctAnswer === false },
    { key: 'unsure', label: ANSWER_WORDS.unsure, count: counts.unsureCount, correct: false },
  ];
  const height = TOP * 2 + row * bars.length + small + 16;
  const summary = bars.map((b) => `${b.label} ${b.count} (${percent(b.count, total)}%)${b.correct ? ', correct' : ''}`).join('; ');
  const description = `${plural(total, 'answer')}: ${summary}.`;

  return (
    <figure className={`answer-chart answer-chart-${variant} ${className ?? ''}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${caption}. ${description}`}
        data-testid="answer-chart"
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, i) => {
          const y = TOP + i * row;
          const barWidth = total > 0 ? Math.max(bar.count > 0 ? 4 : 0, (bar.count / total) * barMax) : 0;
          const valueText = `${bar.count} (${percent(bar.count, total)}%)${bar.correct ? ' — correct answer' : ''}`;
          return (
            <g key={bar.key} className={`chart-row chart-row-${bar.key}`} data-answer={bar.key}>
              <text className="chart-label" x={labelWidth - 12} y={y + row / 2} textAnchor="end" dominantBaseline="middle" fontSize={font}>
                {bar.label}
              </text>
              <rect className="chart-track" x={labelWidth} y={y + 10} width={barMax} height={row - 20} rx="4" />
              {bar.correct ? (
                // Hatching as filled stripes clipped to the bar, not an SVG <pattern>: the PDF engine
                // turns patterns into images, stripes stay vector.
                <g className="chart-bar-correct">
                  <clipPath id={`${hatchId}-${bar.key}`}>
                    <rect x={labelWidth} y={y + 10} width={barWidth} height={row - 20} rx="4" />
                  </clipPath>
                  <g clipPath={`url(#${hatchId}-${bar.key})`}>
                    <rect className="chart-bar-correct-bg" x={labelWidth} y={y + 10} width={barWidth} height={row - 20} />
                    <path className="chart-hatch" d={hatchStripes(labelWidth, y + 10, barWidth, row - 20)} />
                  </g>
                </g>
              ) : (
                <rect className={`chart-bar chart-bar-${bar.key}`} x={labelWidth} y={y + 10} width={barWidth} height={row - 20} rx="4" />
              )}
              <text className="chart-value" x={labelWidth + barMax + 12} y={y + row / 2} dominantBaseline="middle" fontSize={font}>
                {valueText}
              </text>
            </g>
          );
        })}
        <text className="chart-total" x={labelWidth} y={TOP + row * bars.length + small} fontSize={small}>
          {total === 0 ? 'No answers yet' : plural(total, 'answer')}
        </text>
      </svg>
    </figure>
  );
}
