import { useState } from 'react';
import { countsFromTally, shareCorrect, tallyFromAnswers } from '../../../../shared/run/quiz-scoring';
import { nextQuizStatement, previousQuizStatement, setQuizRound, toggleAnswer } from '../../../../shared/run/run-state';
import type { QuizAnswer, QuizAnswerValue, QuizTally, RunState } from '../../../../shared/run/schema';
import type { Session } from '../../../../shared/session/schema';
import { quizPhaseOf, selectedStatements } from '../../../../shared/template/agenda';
import type { QuizStatement } from '../../../../shared/template/schema';
import { AnswerChart } from '../../../components/AnswerChart';
import { useCommittedOverlay } from '../../../data/committed-overlay';
import { useDelegates } from '../../../data/hooks';
import { useQuizAnswers, useQuizTallies, type RunWriter } from '../../../data/run-hooks';
import { DelegateGrid } from './DelegateGrid';
import { answerWord, formatShare, plural } from '../../../../shared/vocabulary';
import { QuizSummary } from './QuizSummary';
import { ShieldMode } from './ShieldMode';
import { TallyForm } from './TallyForm';

interface Props {
  session: Session;
  run: RunState;
  actions: RunWriter;
}

/** Where a delegate's answer sits: one per statement and round (a new answer replaces the old). */
const answerSlot = (a: Pick<QuizAnswer, 'statementId' | 'round' | 'delegateId'>) => `${a.statementId}\u0000${a.round}\u0000${a.delegateId}`;

/** The latest tally for one statement and round (there is normally exactly one). */
function tallyFor(tallies: readonly QuizTally[], statementId: string, round: RunState['quiz']['round']): QuizTally | undefined {
  return tallies.filter((t) => t.statementId === statementId && t.round === round).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * Activity 1 on the console: the session's statements one at a time, the answers collected by
 * room tally or per delegate, the reveal with its chart, and the summary.
 */
export function QuizPanel({ session, run, actions }: Props) {
  const quizPhase = quizPhaseOf(session.template);
  const statements = quizPhase ? selectedStatements(quizPhase) : [];
  // A recorded answer shows as soon as it is stored, not a database read later.
  const { shown: answers, commit: showAnswer, forget: forgetAnswer } = useCommittedOverlay(useQuizAnswers(session.id), answerSlot);
  const tallies = useQuizTallies(session.id);
  const delegates = useDelegates(session.id);
  const [shield, setShield] = useState(false);
  const [summaryOpen, setSummaryOpen] = useState(false);

  if (statements.length === 0) {
    return (
      <section className="panel">
        <h3>No statements chosen</h3>
        <p>This session&apos;s quiz has no statements selected, so there is nothing to ask.</p>
      </section>
    );
  }

  const round = run.quiz.round;
  const index = Math.min(run.quiz.statementIndex, statements.length - 1);
  const statement = statements[index]!;
  const revealed = run.quiz.revealed;
  const perDelegate = session.quizMode === 'per-delegate';
  const tally = tallyFor(tallies ?? [], statement.id, round);
  const counts = perDelegate ? tallyFromAnswers(answers ?? [], statement.id, round) : countsFromTally(tally);
  const statementAnswers = (answers ?? []).filter((a) => a.statementId === statement.id && a.round === round);
  const answer = async (delegateId: string, value: QuizAnswerValue) => {
    const stored = await actions.answer(statement.id, delegateId, round, value);
    showAnswer(stored);
    return stored;
  };
  const clearAnswer = async (delegateId: string) => {
    await actions.clearAnswer(statement.id, delegateId, round);
    forgetAnswer([answerSlot({ statementId: statement.id, round, delegateId })]);
  };

  const revealOrCount = revealed ? (
    <Reveal statement={statement} index={index} counts={counts} />
  ) : (
    <p className="muted" data-testid="answers-so-far">
      {plural(counts.total, 'answer')} so far. Reveal shows the answer and the chart on the projector.
    </p>
  );

  if (shield && perDelegate) {
    return (
      <section className="panel quiz-panel" aria-labelledby="quiz-title">
        <h3 id="quiz-title">
          Statement {index + 1} of {statements.length}: passing the laptop round
        </h3>
        {/* Keyed: who still has to answer is worked out for the statement shown (a round started
            just as "Next statement" was pressed follows the new statement). */}
        <ShieldMode
          key={`${statement.id}\u0000${round}`}
          statement={statement}
          delegates={delegates ?? []}
          answeredIds={new Set(statementAnswers.map((a) => a.delegateId))}
          onAnswer={answer}
          onExit={() => setShield(false)}
        />
      </section>
    );
  }

  return (
    <section className="panel quiz-panel" aria-labelledby="quiz-title">
      <div className="panel-head">
        <h3 id="quiz-title">
          Statement {index + 1} of {statements.length}
          {round === 'after' ? ' · repeat at the close' : ''}
        </h3>
        <p className="muted">{perDelegate ? 'Answers per delegate' : 'Room tally'}</p>
      </div>
      {round === 'after' && quizPhase && run.currentPhaseId === quizPhase.id ? (
        <p className="notice">
          This is the repeat round.{' '}
          <button type="button" onClick={() => void actions.step((s, _ses, t) => setQuizRound(s, 'before', t))}>
            Back to the first round
          </button>
        </p>
      ) : null}
      {/* Two columns on a laptop: the statement, its controls and the reveal stay in view (sticky)
          while the facilitator works down a long list of delegates, so the answer and its chart
          never need scrolling to; with a room tally the reveal sits beside the counts. */}
      <div className={`quiz-work ${perDelegate ? 'quiz-work-delegates' : 'quiz-work-tally'}`}>
        <div className="quiz-controls">
          <blockquote className="statement-text" data-testid="console-statement">
            {statement.text}
          </blockquote>
          <div className="button-row">
            <button type="button" onClick={() => void actions.step((s, ses, t) => previousQuizStatement(s, ses.template, t))} disabled={index === 0}>
              Previous statement
            </button>
            <button
              type="button"
              onClick={() => void actions.step((s, ses, t) => nextQuizStatement(s, ses.template, t))}
              disabled={index >= statements.length - 1}
            >
              Next statement
            </button>
            <button type="button" className="primary" aria-pressed={revealed} aria-keyshortcuts="R" onClick={() => void actions.step((s, _ses, t) => toggleAnswer(s, t))}>
              {revealed ? 'Hide answer' : 'Reveal answer'}
            </button>
            {perDelegate ? (
              <button type="button" onClick={() => setShield(true)}>
                Pass the laptop round
              </button>
            ) : null}
          </div>
          {perDelegate ? null : (
            <TallyForm
              key={`${statement.id}-${round}`}
              tally={tally}
              onSave={(patch) => actions.setTally({ statementId: statement.id, round, ...patch })}
            />
          )}
          {perDelegate ? revealOrCount : null}
        </div>
        <div className="quiz-side">
          {perDelegate ? (
            <DelegateGrid
              delegates={delegates ?? []}
              answers={statementAnswers}
              onAnswer={answer}
              onClear={clearAnswer}
            />
          ) : (
            revealOrCount
          )}
        </div>
      </div>

      <div className="summary-toggle">
        <button type="button" aria-expanded={summaryOpen} aria-controls="quiz-summary" onClick={() => setSummaryOpen((o) => !o)}>
          {summaryOpen ? 'Hide quiz summary' : 'Show quiz summary'}
        </button>
      </div>
      {summaryOpen ? (
        <QuizSummary
          id="quiz-summary"
          mode={session.quizMode}
          statements={statements}
          answers={answers ?? []}
          tallies={tallies ?? []}
          delegates={delegates ?? []}
        />
      ) : null}
    </section>
  );
}

function Reveal({ statement, index, counts }: { statement: QuizStatement; index: number; counts: ReturnType<typeof countsFromTally> }) {
  const share = shareCorrect(counts, statement.answer);
  return (
    <div className="reveal" data-testid="console-reveal">
      <p className="reveal-answer">
        Answer: <strong>{answerWord(statement.answer)}</strong> · {formatShare(share)} got it right
      </p>
      <AnswerChart counts={counts} correctAnswer={statement.answer} caption={`Answers to statement ${index + 1}`} />
      <p className="reveal-explanation">{statement.explanation}</p>
      <p className="muted">Source: {statement.source}</p>
    </div>
  );
}
