import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizStatement } from '../template/schema';
import {
  compareRounds,
  countsFromTally,
  delegateScores,
  overallShareCorrect,
  shareCorrect,
  statementSummaries,
  tallyFromAnswers,
} from './quiz-scoring';
import type { QuizAnswer, QuizAnswerValue, QuizRound, QuizTally } from './schema';

const SESSION = '0b6c3f56-7d1f-4d0e-9a3b-4f2b8e1c9d70';
const T0 = 1_800_000_000_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const statements: QuizStatement[] = [
  { id: 's1', text: 'SUs are charities', answer: true, explanation: 'Most are.', source: 'Charity Commission' },
  { id: 's2', text: 'SUs have no role in WP', answer: false, explanation: 'They do.', source: 'OfS' },
];

let seq = 0;
function answer(delegate: number, statementId: string, value: QuizAnswerValue, round: QuizRound = 'before', at = T0): QuizAnswer {
  seq += 1;
  return { id: uuid(100000 + seq), sessionId: SESSION, statementId, delegateId: uuid(delegate), round, answer: value, answeredAt: at };
}

function tally(statementId: string, round: QuizRound, t: number, f: number, u: number, at = T0): QuizTally {
  seq += 1;
  return { id: uuid(200000 + seq), sessionId: SESSION, statementId, round, trueCount: t, falseCount: f, unsureCount: u, updatedAt: at };
}

describe('tallyFromAnswers', () => {
  it('counts one statement in one round', () => {
    const answers = [
      answer(1, 's1', 'true'), answer(2, 's1', 'false'), answer(3, 's1', 'unsure'), answer(4, 's1', 'true'),
      answer(5, 's2', 'true'), // another statement
      answer(6, 's1', 'false', 'after'), // another round
    ];
    expect(tallyFromAnswers(answers, 's1', 'before')).toEqual({ trueCount: 2, falseCount: 1, unsureCount: 1, total: 4 });
    expect(tallyFromAnswers(answers, 's1', 'after')).toEqual({ trueCount: 0, falseCount: 1, unsureCount: 0, total: 1 });
  });

  it('counts a delegate once, with their latest answer', () => {
    const answers = [answer(1, 's1', 'unsure', 'before', T0 + 5), answer(1, 's1', 'false', 'before', T0), answer(1, 's1', 'true', 'before', T0 + 2)];
    expect(tallyFromAnswers(answers, 's1', 'before')).toEqual({ trueCount: 0, falseCount: 0, unsureCount: 1, total: 1 });
  });
});

describe('shareCorrect', () => {
  it('is null, not NaN, with zero answers', () => {
    expect(shareCorrect(tallyFromAnswers([], 's1', 'before'), true)).toBeNull();
    expect(shareCorrect(countsFromTally(undefined), false)).toBeNull();
  });

  it('is 0 when everybody is not sure', () => {
    expect(shareCorrect({ trueCount: 0, falseCount: 0, unsureCount: 7, total: 7 }, true)).toBe(0);
    expect(shareCorrect({ trueCount: 0, falseCount: 0, unsureCount: 7, total: 7 }, false)).toBe(0);
  });

  it('counts the answer that matches the statement', () => {
    const counts = { trueCount: 3, falseCount: 1, unsureCount: 0, total: 4 };
    expect(shareCorrect(counts, true)).toBe(0.75);
    expect(shareCorrect(counts, false)).toBe(0.25);
  });
});

describe('statementSummaries', () => {
  it('summarises per-delegate answers in statement order', () => {
    const answers = [answer(1, 's2', 'false'), answer(2, 's2', 'true'), answer(1, 's1', 'true'), answer(3, 's2', 'false', 'after')];
    expect(statementSummaries(statements, answers, 'per-delegate', 'before')).toEqual([
      { statementId: 's1', correctAnswer: true, counts: { trueCount: 1, falseCount: 0, unsureCount: 0, total: 1 }, correctCount: 1, shareCorrect: 1 },
      { statementId: 's2', correctAnswer: false, counts: { trueCount: 1, falseCount: 1, unsureCount: 0, total: 2 }, correctCount: 1, shareCorrect: 0.5 },
    ]);
  });

  it('summarises room tallies, with a missing tally as no answers', () => {
    const tallies = [tally('s1', 'before', 12, 6, 2), tally('s1', 'after', 18, 1, 1)];
    const [s1, s2] = statementSummaries(statements, tallies, 'tally', 'before');
    expect(s1?.counts).toEqual({ trueCount: 12, falseCount: 6, unsureCount: 2, total: 20 });
    expect(s1?.shareCorrect).toBe(0.6);
    expect(s2?.counts.total).toBe(0);
    expect(s2?.shareCorrect).toBeNull();
  });

  it('uses the latest tally when a statement has more than one', () => {
    const tallies = [tally('s1', 'before', 1, 1, 1, T0 + 10), tally('s1', 'before', 5, 5, 5, T0)];
    expect(statementSummaries(statements, tallies, 'tally', 'before')[0]?.counts.total).toBe(3);
  });
});

describe('delegateScores', () => {
  it('scores each delegate on the given statements; not sure is answered but not correct', () => {
    const delegates = [{ id: uuid(1) }, { id: uuid(2) }, { id: uuid(3) }];
    const answers = [
      answer(1, 's1', 'true'),
      answer(1, 's2', 'false'),
      answer(2, 's1', 'unsure'),
      answer(2, 's2', 'true'),
      answer(2, 's-not-selected', 'true'),
      answer(9, 's1', 'true'), // not a listed delegate
      answer(3, 's1', 'true', 'after'),
    ];
    expect(delegateScores(delegates, statements, answers, 'before')).toEqual([
      { delegateId: uuid(1), correct: 2, answered: 2, total: 2 },
      { delegateId: uuid(2), correct: 0, answered: 2, total: 2 },
      { delegateId: uuid(3), correct: 0, answered: 0, total: 2 },
    ]);
    expect(delegateScores(delegates, statements, answers, 'after')[2]).toEqual({ delegateId: uuid(3), correct: 1, answered: 1, total: 2 });
  });
});

describe('compareRounds and overallShareCorrect', () => {
  it('compares share correct per statement before and after', () => {
    const before = statementSummaries(statements, [tally('s1', 'before', 5, 5, 0)], 'tally', 'before');
    const after = statementSummaries(statements, [tally('s1', 'after', 9, 1, 0), tally('s2', 'after', 1, 3, 0)], 'tally', 'after');
    expect(compareRounds(before, after)).toEqual([
      { statementId: 's1', before: 0.5, after: 0.9, change: expect.closeTo(0.4, 10) },
      { statementId: 's2', before: null, after: 0.75, change: null },
    ]);
    expect(compareRounds(before.slice(0, 1), after)[1]).toEqual({ statementId: 's2', before: null, after: 0.75, change: null });
    expect(overallShareCorrect(after)).toBe(12 / 14);
    expect(overallShareCorrect(statementSummaries(statements, [], 'tally', 'before'))).toBeNull();
  });
});

describe('with 200 delegates (property)', () => {
  const value = fc.constantFrom<QuizAnswerValue>('true', 'false', 'unsure');
  const delegateAnswers = fc.array(fc.record({ s1: fc.option(value, { nil: undefined }), s2: fc.option(value, { nil: undefined }) }), {
    minLength: 200,
    maxLength: 200,
  });

  it('counts sum to the number who answered and shares stay in [0, 1]', () => {
    fc.assert(
      fc.property(delegateAnswers, (rows) => {
        const answers = rows.flatMap((row, i) =>
          (['s1', 's2'] as const).flatMap((sid) => {
            const v = row[sid];
            return v ? [answer(i + 1, sid, v)] : [];
          }),
        );
        const summaries = statementSummaries(statements, answers, 'per-delegate', 'before');
        for (const summary of summaries) {
          const { trueCount, falseCount, unsureCount, total } = summary.counts;
          const expected = rows.filter((row) => row[summary.statementId as 's1' | 's2'] !== undefined).length;
          expect(trueCount + falseCount + unsureCount).toBe(total);
          expect(total).toBe(expected);
          if (total === 0) expect(summary.shareCorrect).toBeNull();
          else {
            expect(summary.shareCorrect).not.toBeNull();
            expect(summary.shareCorrect!).toBeGreaterThanOrEqual(0);
            expect(summary.shareCorrect!).toBeLessThanOrEqual(1);
          }
        }
        const scores = delegateScores(
          rows.map((_, i) => ({ id: uuid(i + 1) })),
          statements,
          answers,
          'before',
        );
        expect(scores).toHaveLength(200);
        const totalCorrect = scores.reduce((sum, s) => sum + s.correct, 0);
        expect(totalCorrect).toBe(summaries.reduce((sum, s) => sum + s.correctCount, 0));
        expect(scores.every((s) => s.correct <= s.answered && s.answered <= s.total)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('room tallies of any size give a share in [0, 1] or null', () => {
    const count = fc.integer({ min: 0, max: 10000 });
    fc.assert(
      fc.property(count, count, count, fc.boolean(), (t, f, u, correct) => {
        const counts = countsFromTally({ trueCount: t, falseCount: f, unsureCount: u });
        expect(counts.total).toBe(t + f + u);
        const share = shareCorrect(counts, correct);
        if (counts.total === 0) expect(share).toBeNull();
        else expect(share! >= 0 && share! <= 1).toBe(true);
      }),
    );
  });
});
