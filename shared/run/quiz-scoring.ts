import type { ContentId, RecordId } from '../ids';
import type { QuizMode } from '../session/schema';
import type { QuizStatement } from '../template/schema';
import type { QuizAnswer, QuizRound, QuizTally } from './schema';

/** Hands (or answers) for one statement in one round. */
export interface QuizCounts {
  trueCount: number;
  falseCount: number;
  unsureCount: number;
  total: number;
}

export interface StatementSummary {
  statementId: ContentId;
  correctAnswer: boolean;
  counts: QuizCounts;
  correctCount: number;
  /** 0..1, or null when nobody answered. */
  shareCorrect: number | null;
}

export interface DelegateScore {
  delegateId: RecordId;
  correct: number;
  /** Statements answered, "Not sure" included. */
  answered: number;
  /** Statements in the quiz. */
  total: number;
}

export interface RoundComparison {
  statementId: ContentId;
  before: number | null;
  after: number | null;
  /** after − before, or null unless both rounds have answers. */
  change: number | null;
}

export const emptyCounts = (): QuizCounts => ({ trueCount: 0, falseCount: 0, unsureCount: 0, total: 0 });

export function countsFromTally(tally: Pick<QuizTally, 'trueCount' | 'falseCount' | 'unsureCount'> | undefined): QuizCounts {
  if (!tally) return emptyCounts();
  return {
    trueCount: tally.trueCount,
    falseCount: tally.falseCount,
    unsureCount: tally.unsureCount,
    total: tally.trueCount + tally.falseCount + tally.unsureCount,
  };
}

/**
 * Counts per-delegate answers for one statement and round. A delegate counts once: if the store
 * ever holds two answers from the same delegate, the latest one wins.
 */
export function tallyFromAnswers(answers: readonly QuizAnswer[], statementId: ContentId, round: QuizRound): QuizCounts {
  const latest = latestAnswers(answers, round);
  const counts = emptyCounts();
  for (const answer of latest.values()) {
    if (answer.statementId !== statementId) continue;
    if (answer.answer === 'true') counts.trueCount += 1;
    else if (answer.answer === 'false') counts.falseCount += 1;
    else counts.unsureCount += 1;
    counts.total += 1;
  }
  return counts;
}

/** How many got it right; "Not sure" is never right. */
export function correctCount(counts: QuizCounts, correctAnswer: boolean): number {
  return correctAnswer ? counts.trueCount : counts.falseCount;
}

/** Share of the room that got it right, 0..1, or null when nobody answered (never NaN). */
export function shareCorrect(counts: QuizCounts, correctAnswer: boolean): number | null {
  // Recomputed from the parts so an inconsistent `total` cannot push the share past 1.
  const total = counts.trueCount + counts.falseCount + counts.unsureCount;
  if (total <= 0) return null;
  return correctCount(counts, correctAnswer) / total;
}

/** One summary per statement, in the statements' order, from whichever source the session uses. */
export function statementSummaries(
  statements: readonly QuizStatement[],
  source: readonly QuizAnswer[] | readonly QuizTally[],
  mode: QuizMode,
  round: QuizRound,
): StatementSummary[] {
  const items: ReadonlyArray<QuizAnswer | QuizTally> = source;
  const countsFor =
    mode === 'tally'
      ? tallyLookup(items.filter(isTally), round)
      : answerLookup(items.filter(isAnswer), round);
  return statements.map((statement) => {
    const counts = countsFor(statement.id);
    return {
      statementId: statement.id,
      correctAnswer: statement.answer,
      counts,
      correctCount: correctCount(counts, statement.answer),
      shareCorrect: shareCorrect(counts, statement.answer),
    };
  });
}

/** Correct answers per delegate, in the delegates' order; only the given statements count. */
export function delegateScores(
  delegates: ReadonlyArray<{ id: RecordId }>,
  statements: readonly QuizStatement[],
  answers: readonly QuizAnswer[],
  round: QuizRound,
): DelegateScore[] {
  const correctById = new Map(statements.map((s) => [s.id, s.answer]));
  const latest = latestAnswers(answers, round);
  const scores = new Map(delegates.map((d) => [d.id, { delegateId: d.id, correct: 0, answered: 0, total: statements.length }]));
  for (const answer of latest.values()) {
    const score = scores.get(answer.delegateId);
    const correct = correctById.get(answer.statementId);
    if (!score || correct === undefined) continue;
    score.answered += 1;
    if (answer.answer === (correct ? 'true' : 'false')) score.correct += 1;
  }
  return delegates.flatMap((d) => {
    const score = scores.get(d.id);
    return score ? [score] : [];
  });
}

/** Before/after share correct per statement, in the "before" order, then any only in "after". */
export function compareRounds(before: readonly StatementSummary[], after: readonly StatementSummary[]): RoundComparison[] {
  const afterById = new Map(after.map((s) => [s.statementId, s]));
  const beforeIds = new Set(before.map((s) => s.statementId));
  const rows = before.map((b) => row(b.statementId, b.shareCorrect, afterById.get(b.statementId)?.shareCorrect ?? null));
  for (const a of after) {
    if (!beforeIds.has(a.statementId)) rows.push(row(a.statementId, null, a.shareCorrect));
  }
  return rows;
}

/** Share correct over all answers to all statements (each answer weighs the same), or null. */
export function overallShareCorrect(summaries: readonly StatementSummary[]): number | null {
  let correct = 0;
  let total = 0;
  for (const s of summaries) {
    correct += s.correctCount;
    total += s.counts.trueCount + s.counts.falseCount + s.counts.unsureCount;
  }
  return total > 0 ? correct / total : null;
}

function row(statementId: ContentId, before: number | null, after: number | null): RoundComparison {
  return { statementId, before, after, change: before !== null && after !== null ? after - before : null };
}

/** The latest answer per delegate and statement for one round. */
function latestAnswers(answers: readonly QuizAnswer[], round: QuizRound): Map<string, QuizAnswer> {
  const latest = new Map<string, QuizAnswer>();
  for (const answer of answers) {
    if (answer.round !== round) continue;
    const key = `${answer.delegateId}\u0000${answer.statementId}`;
    const seen = latest.get(key);
    if (!seen || answer.answeredAt >= seen.answeredAt) latest.set(key, answer);
  }
  return latest;
}

function answerLookup(answers: readonly QuizAnswer[], round: QuizRound): (statementId: ContentId) => QuizCounts {
  const byStatement = new Map<string, QuizAnswer[]>();
  for (const answer of answers) {
    const list = byStatement.get(answer.statementId);
    if (list) list.push(answer);
    else byStatement.set(answer.statementId, [answer]);
  }
  return (statementId) => tallyFromAnswers(byStatement.get(statementId) ?? [], statementId, round);
}

/** One tally per statement and round is expected; should there be more, the latest wins. */
function tallyLookup(tallies: readonly QuizTally[], round: QuizRound): (statementId: ContentId) => QuizCounts {
  const latest = new Map<string, QuizTally>();
  for (const tally of tallies) {
    if (tally.round !== round) continue;
    const seen = latest.get(tally.statementId);
    if (!seen || tally.updatedAt >= seen.updatedAt) latest.set(tally.statementId, tally);
  }
  return (statementId) => countsFromTally(latest.get(statementId));
}

function isAnswer(item: QuizAnswer | QuizTally): item is QuizAnswer {
  return 'answer' in item;
}

function isTally(item: QuizAnswer | QuizTally): item is QuizTally {
  return 'trueCount' in item;
}
