/**
 * A strength level as filled and empty squares, so it reads in black and white; always shown next
 * to the strength's name, which carries the meaning for screen readers.
 */
export function StrengthMeter({ level, max }: { level: number; max: number }) {
  const size = 7;
  const gap = 2;
  const count = Math.max(1, max);
  return (
    <svg
      className="pr-meter"
      aria-hidden="true"
      width={count * (size + gap) - gap}
      height={size}
      viewBox={`0 0 ${count * (size + gap) - gap} ${size}`}
    >
      {Array.from({ length: count }, (_, i) => (
        <rect
          key={i}
          x={i * (size + gap) + 0.5}
          y={0.5}
          width={size - 1}
          height={size - 1}
          fill={i < level ? '#1a1a1a' : '#ffffff'}
          stroke="#1a1a1a"
          strokeWidth={1}
        />
      ))}
    </svg>
  );
}
