import type { QuizRound } from '../run/schema';
import { statementSummaries, type QuizCounts } from '../run/quiz-scoring';
import { quizPhaseOf, selectedStatements } from '../template/agenda';
import type { QuizStatement } from '../template/schema';
import { campusRef, type CampusRecords, type CampusRef } from './campus';

export interface CampusStatementResult extends CampusRef {
  /** Share correct 0..1 per round; null when the campus has no answers for that round (or did not use the statement). */
  before: number | null;
  after: number | null;
  /** after − before where both rounds were answered. */
  change: number | null;
  beforeAnswers: number;
  afterAnswers: number;
}

export interface StatementComparison {
  statementId: string;
  text: string;
  correctAnswer: boolean;
  campuses: CampusStatementResult[];
  /** Every campus's "before" answers pooled; null when none. */
  combinedBefore: number | null;
  combinedAfter: number | null;
  /** Highest minus lowest "before" share over campuses with data; null with fewer than two. */
  spread: number | null;
}

export interface QuizComparison {
  statements: StatementComparison[];
  /** Statement ids with a spread, widest first (ties in statement order). */
  differMost: string[];
}

const correctOf = (counts: QuizCounts, answer: boolean) => (answer ? counts.trueCount : counts.falseCount);

function roundCounts(c: CampusRecords, statements: readonly QuizStatement[], round: QuizRound): Map<string, QuizCounts> {
  const source = c.session.quizMode === 'tally' ? c.quizTallies : c.quizAnswers;
  return new Map(statementSummaries(statements, source, c.session.quizMode, round).map((s) => [s.statementId, s.counts]));
}

/** Share correct per statement per campus, before and after, pooled, and where campuses differ most. */
export function quizComparison(campuses: readonly CampusRecords[]): QuizComparison {
  const statements: QuizStatement[] = [];
  const used = campuses.map((c) => {
    const phase = quizPhaseOf(c.session.template);
    const list = phase ? selectedStatements(phase) : [];
    for (const s of list) if (!statements.some((x) => x.id === s.id)) statements.push(s);
    return { list: new Set(list.map((s) => s.id)), before: roundCounts(c, list, 'before'), after: roundCounts(c, list, 'after') };
  });

  const rows = statements.map((statement): StatementComparison => {
    const pooled = { before: { correct: 0, total: 0 }, after: { correct: 0, total: 0 } };
    const results = campuses.map((c, i): CampusStatementResult => {
      const u = used[i]!;
      const share = (round: 'before' | 'after') => {
        const counts = u.list.has(statement.id) ? u[round].get(statement.id) : undefined;
        if (!counts || counts.total === 0) return { share: null, total: 0 };
        pooled[round].total += counts.total;
        pooled[round].correct += correctOf(counts, statement.answer);
        return { share: correctOf(counts, statement.answer) / counts.total, total: counts.total };
      };
      const before = share('before');
      const after = share('after');
      return {
        ...campusRef(c),
        before: before.share,
        after: after.share,
        change: before.share !== null && after.share !== null ? after.share - before.share : null,
        beforeAnswers: before.total,
        afterAnswers: after.total,
      };
    });
    const measured = results.map((r) => r.before).filter((v): v is number => v !== null);
    return {
      statementId: statement.id,
      text: statement.text,
      correctAnswer: statement.answer,
      campuses: results,
      combinedBefore: pooled.before.total === 0 ? null : pooled.before.correct / pooled.before.total,
      combinedAfter: pooled.after.total === 0 ? null : pooled.after.correct / pooled.after.total,
      spread: measured.length < 2 ? null : Math.max(...measured) - Math.min(...measured),
    };
  });

  const differMost = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.spread !== null)
    .sort((a, b) => b.r.spread! - a.r.spread! || a.i - b.i)
    .map(({ r }) => r.statementId);
  return { statements: rows, differMost };
}
