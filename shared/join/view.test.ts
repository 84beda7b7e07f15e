import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOIN_DELEGATE_A,
  JOIN_DELEGATE_B,
  JOIN_DELEGATE_UNPLACED,
  JOIN_TABLE_A,
  JOIN_TABLE_B,
  joinSnapshotFixture,
} from '../test-support/join-fixtures';
import { uuid } from '../test-support/work-fixtures';
import { deviceViewSchema, rosterFromSnapshot, rosterSchema, viewForDevice } from './view';
import { consoleSnapshotSchema } from './snapshot';
import { submitRequestSchema } from './api';
import { JOIN_LIMITS } from './limits';
import { emptyActionInput } from '../work/action-input';

describe('viewForDevice', () => {
  const snapshot = joinSnapshotFixture();

  it("gives a delegate's phone its own answers and its own table's work, nothing else", () => {
    const view = viewForDevice(snapshot, { kind: 'delegate', delegateId: JOIN_DELEGATE_A })!;
    expect(deviceViewSchema.parse(view)).toEqual(view);
    expect(view.you).toEqual({ as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A }, name: 'Sam Patel', unitId: JOIN_TABLE_A, unitName: 'Table 1' });
    expect(view.table?.entries.map((e) => e.what)).toEqual(['Table 1 entry']);
    expect(view.yourQuizAnswers).toEqual([{ statementId: 'st-1', round: 'before', answer: 'true' }]);
    expect(view.quiz).toMatchObject({ statementId: 'st-1', yourAnswer: 'true', canAnswer: true });
    expect(view.canDownloadPdf).toBe(true);
    const text = JSON.stringify(view);
    for (const other of ['Alex Jones', 'Jo Walk-in', 'Table 2 entry', JOIN_DELEGATE_B, JOIN_TABLE_B]) expect(text).not.toContain(other);
  });

  it("gives a table's phone the table's work, no quiz answers and no PDF", () => {
    const view = viewForDevice(snapshot, { kind: 'table', unitId: JOIN_TABLE_B })!;
    expect(view.table?.entries.map((e) => e.what)).toEqual(['Table 2 entry']);
    expect(view.yourQuizAnswers).toEqual([]);
    expect(view.quiz?.canAnswer).toBe(false);
    expect(view.canDownloadPdf).toBe(false);
    expect(JSON.stringify(view)).not.toContain('Sam Patel');
  });

  it('a delegate not at a table yet has no table work', () => {
    const view = viewForDevice(snapshot, { kind: 'delegate', delegateId: JOIN_DELEGATE_UNPLACED })!;
    expect(view.table).toBeNull();
    expect(view.you.unitId).toBeNull();
    expect(view.quiz?.yourAnswer).toBeNull();
  });

  it('a table with no work yet gets empty lists', () => {
    const view = viewForDevice(joinSnapshotFixture({ tables: {} }), { kind: 'table', unitId: JOIN_TABLE_A })!;
    expect(view.table).toEqual({ entries: [], channels: [], actions: [] });
  });

  it('is null when the delegate or table has left the session', () => {
    expect(viewForDevice(snapshot, { kind: 'delegate', delegateId: uuid(999) })).toBeNull();
    expect(viewForDevice(snapshot, { kind: 'table', unitId: uuid(999) })).toBeNull();
  });

  it('takes no answers once the session is finished or in a tally quiz', () => {
    const finished = viewForDevice(joinSnapshotFixture({ finished: true }), { kind: 'delegate', delegateId: JOIN_DELEGATE_A })!;
    expect(finished.quiz?.canAnswer).toBe(false);
    const tally = viewForDevice(joinSnapshotFixture({ quiz: { ...snapshot.quiz!, acceptsAnswers: false } }), { kind: 'delegate', delegateId: JOIN_DELEGATE_A })!;
    expect(tally.quiz?.canAnswer).toBe(false);
  });

  it('never carries another unit or delegate, for any number of tables and delegates', () => {
    const names = fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(names, fc.nat(), (ids, pick) => {
        const units = ids.map((n) => ({ id: uuid(1000 + n), name: `Unit ${n}` }));
        const delegates = ids.map((n) => ({ id: uuid(5000 + n), name: `Person ${n}`, unitId: uuid(1000 + n) }));
        const tables = Object.fromEntries(
          ids.map((n) => [uuid(1000 + n), { entries: [], channels: [], actions: [{ id: uuid(9000 + n), ...emptyActionInput({ what: `Action of ${n}`, owner: 'x' }) }] }]),
        );
        const quizAnswers = Object.fromEntries(ids.map((n) => [uuid(5000 + n), [{ statementId: `stmt-${n}`, round: 'before' as const, answer: 'true' as const }]]));
        const snap = consoleSnapshotSchema.parse({ ...joinSnapshotFixture(), units, delegates, tables, quizAnswers });
        const mine = ids[pick % ids.length]!;
        const view = viewForDevice(snap, { kind: 'delegate', delegateId: uuid(5000 + mine) })!;
        const text = JSON.stringify(view);
        for (const n of ids.filter((m) => m !== mine)) {
          expect(text).not.toContain(`Person ${n}"`);
          expect(text).not.toContain(`Action of ${n}"`);
          expect(text).not.toContain(`stmt-${n}"`);
        }
        expect(text).toContain(`Action of ${mine}"`);
      }),
    );
  });
});

describe('roster', () => {
  it('lists names and tables only', () => {
    const roster = rosterSchema.parse(rosterFromSnapshot(joinSnapshotFixture()));
    expect(roster.delegates.map((d) => d.name)).toEqual(['Sam Patel', 'Alex Jones', 'Jo Walk-in']);
    expect(JSON.stringify(roster)).not.toContain('Table 1 entry');
    expect(JSON.stringify(roster)).not.toContain('"answer"');
  });
});

describe('submit request', () => {
  it('the longest valid action fits inside the body limit', () => {
    const longest = {
      clientId: 'c'.repeat(64),
      submission: {
        kind: 'action',
        input: {
          what: 'w'.repeat(600),
          why: 'y'.repeat(1200),
          link: { kind: 'gap', columnId: 'c'.repeat(80), rowId: 'r'.repeat(80) },
          owner: 'o'.repeat(240),
          partner: 'p'.repeat(400),
          firstStep: 'f'.repeat(600),
          byWhen: 'b'.repeat(120),
          stageId: 's'.repeat(80),
          success: 's'.repeat(800),
          priorityId: 'p'.repeat(80),
          livedExperience: 'unsure',
        },
      },
    };
    expect(submitRequestSchema.safeParse(longest).success).toBe(true);
    // Worst case UTF-8: three bytes per character.
    expect(new TextEncoder().encode(JSON.stringify(longest)).length * 3).toBeLessThan(JOIN_LIMITS.maxBodyBytes);
  });

  it('refuses unknown kinds and bad client ids', () => {
    expect(submitRequestSchema.safeParse({ clientId: 'abcdefgh', submission: { kind: 'card', text: 'x' } }).success).toBe(false);
    expect(submitRequestSchema.safeParse({ clientId: 'ab', submission: { kind: 'quiz-answer', statementId: 's', round: 'before', answer: 'true' } }).success).toBe(false);
    expect(submitRequestSchema.safeParse({ clientId: 'abcdefgh', submission: { kind: 'quiz-answer', statementId: 's', round: 'before', answer: 'true' } }).success).toBe(true);
  });
});
