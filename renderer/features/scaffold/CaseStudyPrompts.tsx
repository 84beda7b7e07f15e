import './scaffold.css';
import type { Template } from '../../../shared/template/schema';

/** Under the case-study field in Setup: what to cover, from the discussion that projects the case study. */
export function CaseStudyPrompts({ template }: { template: Pick<Template, 'phases'> }) {
  const phase = template.phases.find((p) => p.kind === 'discussion' && (p.scaffoldPrompts?.length ?? 0) > 0);
  const prompts = phase?.kind === 'discussion' ? (phase.scaffoldPrompts ?? []) : [];
  if (prompts.length === 0) return null;
  return (
    <div className="case-study-prompts" role="note" aria-labelledby="case-study-prompts-title">
      <p id="case-study-prompts-title" className="muted">
        What to cover in the case study (also on the console and the Discussion 1 worksheet):
      </p>
      <ul className="muted">
        {prompts.map((prompt, i) => (
          <li key={i}>{prompt}</li>
        ))}
      </ul>
    </div>
  );
}
