import type { RoadshowComparison } from '../../../shared/roadshow/compare';
import { answerWord, formatChange, formatShare, NO_DATA, plural } from '../../../shared/vocabulary';
import { CampusHeadRow } from './CampusHeader';

interface Props {
  quiz: RoadshowComparison['quiz'];
  campuses: RoadshowComparison['people'];
  linked: boolean;
}

const share = (value: number | null) => (value === null ? NO_DATA : formatShare(value));

/** Share correct per statement per campus (after the repeat where there was one), and where campuses differ most. */
export function QuizComparisonView({ quiz, campuses, linked }: Props) {
  const repeated = quiz.statements.some((s) => s.campuses.some((c) => c.after !== null));
  const byId = new Map(quiz.statements.map((s) => [s.statementId, s]));
  return (
    <section aria-labelledby="rs-quiz" className="panel roadshow-section">
      <h2 id="rs-quiz">Quiz: share correct</h2>
      {quiz.statements.length === 0 ? (
        <p>{NO_DATA}: the workshop has no quiz.</p>
      ) : (
        <table className="data-table">
          <caption>Share correct per statement and campus{repeated ? ' (before, then after where the quiz was repeated)' : ''}</caption>
          <CampusHeadRow first={<th scope="col">Statement (answer)</th>} campuses={campuses} linked={linked} withTotal />
          <tbody>
            {quiz.statements.map((s) => (
              <tr key={s.statementId}>
                <th scope="row">
                  {s.text} ({answerWord(s.correctAnswer)})
                </th>
                {s.campuses.map((c) => (
                  <td key={c.sessionId}>
                    {share(c.before)}
                    {c.before !== null ? <span className="muted"> of {plural(c.beforeAnswers, 'answer')}</span> : null}
                    {c.after !== null ? (
                      <>
                        <br />
                        After: {share(c.after)} ({formatChange(c.change)})
                      </>
                    ) : null}
                  </td>
                ))}
                <td>
                  {share(s.combinedBefore)}
                  {s.combinedAfter !== null ? (
                    <>
                      <br />
                      After: {share(s.combinedAfter)}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Statements where campuses differ most</h3>
      {quiz.differMost.length === 0 ? (
        <p>{NO_DATA}: fewer than two campuses answered the same statement.</p>
      ) : (
        <ol aria-label="Statements where campuses differ most">
          {quiz.differMost.slice(0, 5).map((id) => {
            const s = byId.get(id)!;
            const measured = s.campuses.filter((c) => c.before !== null);
            const low = measured.reduce((a, b) => (b.before! < a.before! ? b : a));
            const high = measured.reduce((a, b) => (b.before! > a.before! ? b : a));
            return (
              <li key={id}>
                {s.text}: {formatShare(low.before)} at {low.campus} to {formatShare(high.before)} at {high.campus}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
