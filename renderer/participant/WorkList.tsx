/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';

export interface WorkLine {
  key: string;
  text: ComponentChildren;
  waiting: boolean;
}

/** The table's work in this phase, as the laptop has it, with this phone's unsent items marked. */
export function WorkList({ title, lines, empty }: { title: string; lines: ReadonlyArray<WorkLine>; empty: string }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {lines.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="work">
          {lines.map((line) => (
            <li key={line.key}>
              {line.text}
              {line.waiting ? <span class="tag">waiting to send</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
