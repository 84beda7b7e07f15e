import {
  compareRounds,
  delegateScores,
  overallShareCorrect,
  statementSummaries,
  type StatementSummary,
} from '../../../../shared/run/quiz-scoring';
import type { QuizAnswer, QuizTally } from '../../../../shared/run/schema';
import type { Delegate, QuizMode } from '../../../../shared/session/schema';
import type { QuizStatement } from '../../../../shared/template/schema';
import { answerWord, formatChange, formatShare, NO_VALUE, ROUND_WORDS } from '../../../../shared/vocabulary';
import { ColumnHeads } from '../../../components/ColumnHeads';

interface Props {
  id?: string;
  mode: QuizMode;
  statements: readonly QuizStatement[];
  answers: readonly QuizAnswer[];
  tallies: readonly QuizTally[];
  delegates: readonly Delegate[];
}

const answeredAny = (summaries: readonly StatementSummary[]) => summaries.some((s) => s.counts.total > 0);

/**
 * The end-of-quiz summary on the console: share correct per statement, per-delegate scores in
 * per-delegate mode (never projected), and before/after once the quiz has been repeated.
 */
export function QuizSummary({ id, mode, statements, answers, tallies, delegates }: Props) {
  const source = mode === 'tally' ? tallies : answers;
  const before = statementSummaries(statements, source, mode, 'before');
  const after = statementSummaries(statements, source, mode, 'after');
  const repeated = answeredAny(after);
  const comparison = new Map(compareRounds(before, after).map((row) => [row.statementId, row]));
  const scoresBefore = mode === 'per-delegate' ? delegateScores(delegates, statements, answers, 'before') : [];
  const scoresAfter = mode === 'per-delegate' && repeated ? new Map(delegateScores(delegates, statements, answers, 'after').map((s) => [s.delegateId, s])) : null;

  return (
    <div className="quiz-summary" id={id}>
      <table className="data-table" data-testid="statement-summary">
        <caption>Quiz summary: share correct per statement</caption>
        <ColumnHeads labels={['#', 'Statement', 'Answer', 'Answers', 'Correct', repeated ? ROUND_WORDS.before : 'Share correct', ...(repeated ? [ROUND_WORDS.after, 'Change'] : [])]} />
        <tbody>
          {before.map((s, i) => {
            const statement = statements[i]!;
            const row = comparison.get(s.statementId);
            return (
              <tr key={s.statementId}>
                <td>{i + 1}</td>
                <th scope="row" className="summary-statement">
                  {statement.text}
                </th>
                <td>{answerWord(s.correctAnswer)}</td>
                <td>{s.counts.total}</td>
                <td>{s.correctCount}</td>
                <td>{formatShare(s.shareCorrect)}</td>
                {repeated ? (
                  <>
                    <td>{formatShare(row?.after ?? null)}</td>
                    <td>{formatChange(row?.change ?? null)}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Overall
            </th>
            <td data-testid="overall-share">{formatShare(overallShareCorrect(before))}</td>
            {repeated ? (
              <>
                <td>{formatShare(overallShareCorrect(after))}</td>
                <td>{formatChange(changeOf(overallShareCorrect(before), overallShareCorrect(after)))}</td>
              </>
            ) : null}
          </tr>
        </tfoot>
      </table>
      <p className="muted small">&ldquo;Not sure&rdquo; counts as not correct.</p>

      {mode === 'per-delegate' ? (
        <table className="data-table" data-testid="delegate-scores">
          <caption>Scores by delegate (console only, never projected)</caption>
          <ColumnHeads labels={['Delegate', repeated ? 'Correct before' : 'Correct', 'Answered', scoresAfter ? 'Correct after' : null]} />
          <tbody>
            {scoresBefore.map((score) => {
              const delegate = delegates.find((d) => d.id === score.delegateId);
              const later = scoresAfter?.get(score.delegateId);
              return (
                <tr key={score.delegateId}>
                  <th scope="row">{delegate?.name ?? 'Removed delegate'}</th>
                  <td>
                    {score.correct} of {score.total}
                  </td>
                  <td>{score.answered}</td>
                  {scoresAfter ? <td>{later ? `${later.correct} of ${later.total}` : NO_VALUE}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function changeOf(before: number | null, after: number | null): number | null {
  return before !== null && after !== null ? after - before : null;
}
