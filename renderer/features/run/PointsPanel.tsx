import type { ClosePhase, IntroPhase } from '../../../shared/template/schema';

/** Intro and close: the talking points, as the room sees them. */
export function PointsPanel({ phase }: { phase: IntroPhase | ClosePhase }) {
  return (
    <section className="panel" aria-labelledby="points-title">
      <h3 id="points-title">Points to cover</h3>
      {phase.points.length > 0 ? (
        <ol className="points-list">
          {phase.points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">This phase has no points; the projector shows its title and prompt.</p>
      )}
    </section>
  );
}
