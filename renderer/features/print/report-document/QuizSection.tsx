import { AnswerChart } from '../../../components/AnswerChart';
import { answerWord, formatChange, formatShare, ROUND_WORDS } from '../../../../shared/vocabulary';
import type { SessionReport } from '../report-model';
import { ColumnHeads, NUMBER_HEAD } from '../../../components/ColumnHeads';

/** Each statement's answers (before and after, when repeated) and the change in the share right. */
export function QuizSection({ report }: { report: SessionReport }) {
  const quiz = report.quiz;
  if (!quiz) return null;
  const rounds = quiz.after ? [quiz.before, quiz.after] : [quiz.before];
  if (quiz.before.overall === null && !quiz.after) {
    return (
      <section className="pr-section" aria-labelledby="report-quiz">
        <h2 id="report-quiz">{quiz.phase.title}</h2>
        <p>No quiz answers were recorded.</p>
      </section>
    );
  }
  return (
    <section className="pr-section" aria-labelledby="report-quiz">
      <h2 id="report-quiz">{quiz.phase.title}</h2>
      <p>
        {rounds
          .map((r) => `${quiz.after ? `${ROUND_WORDS[r.round]}: ` : ''}${formatShare(r.overall)} of answers right`)
          .join(' · ')}
      </p>
      {quiz.statements.map((statement, index) => (
        <div key={statement.id} className="pr-statement">
          <h3>
            {index + 1}. {statement.text}
          </h3>
          <p className="pr-muted">
            {/* Explanations usually begin with the answer already ("True. The Education Act…"). */}
            {statement.explanation.startsWith(answerWord(statement.answer)) ? '' : `Answer: ${answerWord(statement.answer)}. `}
            {statement.explanation}
          </p>
          <div className={`pr-charts ${quiz.after ? 'pr-charts-two' : ''}`}>
            {rounds.map((r) => {
              const summary = r.summaries[index];
              if (!summary) return null;
              return (
                <div key={r.round} className="pr-chart">
                  {quiz.after ? <p className="pr-chart-title">{ROUND_WORDS[r.round]}</p> : null}
                  <AnswerChart
                    counts={summary.counts}
                    correctAnswer={statement.answer}
                    caption={`Answers to statement ${index + 1}${quiz.after ? `, ${ROUND_WORDS[r.round].toLowerCase()}` : ''}`}
                  />
                </div>
              );
            })}
          </div>
        </div>
      ))}
      {quiz.comparison ? (
        <table className="pr-table pr-compare">
          <caption>Before and after: share of answers right</caption>
          <ColumnHeads labels={[NUMBER_HEAD, 'Statement', ROUND_WORDS.before, ROUND_WORDS.after, 'Change']} />
          <tbody>
            {quiz.comparison.map((row) => {
              const number = quiz.statements.findIndex((s) => s.id === row.statementId) + 1;
              const statement = quiz.statements[number - 1];
              return (
                <tr key={row.statementId}>
                  <td className="pr-num">{number > 0 ? number : ''}</td>
                  <td>{statement?.text ?? row.statementId}</td>
                  <td>{formatShare(row.before)}</td>
                  <td>{formatShare(row.after)}</td>
                  <td>{formatChange(row.change)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
