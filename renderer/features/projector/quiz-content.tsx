import type { ProjectorQuiz } from '../../../shared/run/projector-view';
import { answerWord, formatShare } from '../../../shared/vocabulary';
import { AnswerChart } from '../../components/AnswerChart';
import { chunkText } from './fit/chunk-text';
import type { FitContent, FitItem } from './fit/FitSlide';

/**
 * A quiz statement, and once revealed its answer, the explanation beside the room's answers and
 * the source. The statement and answer lead every page; the explanation, chart and source flow
 * into two balanced columns (the chart beside a short explanation, under a long one).
 */
export function quizContent(quiz: ProjectorQuiz): FitContent {
  const reveal = quiz.reveal;
  const lead = (
    <>
      <p className="slide-kicker">
        {quiz.round === 'after' ? 'Quiz again · ' : ''}Statement {quiz.index + 1} of {quiz.total}
      </p>
      <p className="slide-statement">
        {quiz.statementText}
      </p>
      {reveal ? (
        <p className="slide-answer">
          <span className={`answer-badge answer-${reveal.answer ? 'true' : 'false'}`}>{answerWord(reveal.answer)}</span>
          {reveal.shareCorrect !== null ? <span className="slide-share">{formatShare(reveal.shareCorrect)} got it right</span> : null}
        </p>
      ) : null}
    </>
  );
  if (!reveal) {
    return { lead, items: [{ key: 'hint', node: <p className="slide-hint">True, false or not sure?</p> }], minColumnEm: 16, maxColumns: 1 };
  }
  const items: FitItem[] = chunkText(reveal.explanation).map((piece, i) => ({
    key: `explanation-${i}`,
    gap: piece.paragraphStart ? 0.5 : 0,
    node: <p className="slide-text slide-explanation">{piece.text}</p>,
  }));
  items.push({
    key: 'chart',
    node: (
      <div data-projector-item="chart">
        <AnswerChart counts={reveal.counts} correctAnswer={reveal.answer} caption={`Answers to statement ${quiz.index + 1}`} variant="projector" />
      </div>
    ),
  });
  chunkText(`Source: ${reveal.source}`).forEach((piece, i) =>
    items.push({ key: `source-${i}`, gap: i === 0 ? undefined : 0, node: <p className="slide-source">{piece.text}</p> }),
  );
  return { lead, items, minColumnEm: 10, maxColumns: 2, minColumns: 2 };
}
