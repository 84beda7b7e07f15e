import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBuiltInTemplate } from '../templates';
import { quizPhaseOf } from './agenda';
import { moveChosenStatement, setStatementChosen, setupOrder, unchosenStatements } from './quiz-order';
import type { QuizStatement } from './schema';

const st = (id: string): QuizStatement => ({ id, text: `Statement ${id}`, answer: true, explanation: '', source: '' });
const phase = (ids: string[], selected: string[]) => ({ statements: ids.map(st), selectedStatementIds: selected });
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('setupOrder', () => {
  it('puts the ticked statements into their slots in quiz order and leaves the unticked in place', () => {
    const order = setupOrder(phase(['a', 'b', 'c', 'd', 'e'], ['d', 'a', 'c']));
    expect(ids(order.statements)).toEqual(['d', 'b', 'a', 'c', 'e']);
    expect(order.selectedStatementIds).toEqual(['d', 'a', 'c']);
  });

  it('drops unknown and repeated ids', () => {
    expect(setupOrder(phase(['a', 'b'], ['b', 'x', 'b'])).selectedStatementIds).toEqual(['b']);
  });
});

describe('ticking and unticking', () => {
  it('unticking then ticking again brings a statement back to its place in the quiz', () => {
    const start = phase(['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'c', 'e', 'b']);
    const off = setStatementChosen(start, 'e', false);
    expect(off.selectedStatementIds).toEqual(['a', 'c', 'b']);
    const on = setStatementChosen(off, 'e', true);
    expect(on.selectedStatementIds).toEqual(['a', 'c', 'e', 'b']);
  });

  it('a newly ticked statement joins at its place in the list', () => {
    const on = setStatementChosen(phase(['a', 'b', 'c', 'd'], ['d', 'a']), 'c', true);
    // With the quiz order applied the list reads d, b, c, a (d and a swap slots): c joins before a.
    expect(ids(on.statements)).toEqual(['d', 'b', 'c', 'a']);
    expect(on.selectedStatementIds).toEqual(['d', 'c', 'a']);
    expect(ids(unchosenStatements(on))).toEqual(['b']);
  });

  it('keeps the students-union template’s tenure statement fifth after it is unticked and ticked again', () => {
    const quiz = quizPhaseOf(getBuiltInTemplate('students-union-co-creation')!)!;
    const before = quiz.selectedStatementIds.slice();
    expect(before.indexOf('su-q-one-year-terms')).toBe(4);
    const back = setStatementChosen(setStatementChosen(quiz, 'su-q-one-year-terms', false), 'su-q-one-year-terms', true);
    expect(back.selectedStatementIds).toEqual(before);
    // Any other statement ticked and unticked leaves the quiz as it was too.
    const other = setStatementChosen(setStatementChosen(quiz, 'su-q-finances', true), 'su-q-finances', false);
    expect(other.selectedStatementIds).toEqual(before);
  });

  it('property: untick then tick of any ticked statement restores the quiz; no other ticked statement ever changes order', () => {
    const arb = fc
      .uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 })
      .chain((nums) => fc.tuple(fc.constant(nums.map((n) => `s${n}`)), fc.shuffledSubarray(nums.map((n) => `s${n}`))));
    fc.assert(
      fc.property(arb, ([all, selected]) => {
        const start = phase(all, selected);
        for (const id of selected) {
          expect(setStatementChosen(setStatementChosen(start, id, false), id, true).selectedStatementIds).toEqual(selected);
        }
        for (const id of all) {
          const toggled = setStatementChosen(start, id, !selected.includes(id)).selectedStatementIds;
          expect(toggled.filter((x) => x !== id)).toEqual(selected.filter((x) => x !== id));
        }
      }),
    );
  });
});

describe('moveChosenStatement', () => {
  it('moves a ticked statement up or down the quiz, clamped, and unticked ones keep their places', () => {
    const start = phase(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e']);
    const up = moveChosenStatement(start, 'e', 0);
    expect(up.selectedStatementIds).toEqual(['e', 'a', 'c']);
    expect(ids(up.statements)).toEqual(['e', 'b', 'a', 'd', 'c']);
    expect(moveChosenStatement(up, 'e', 99).selectedStatementIds).toEqual(['a', 'c', 'e']);
    expect(moveChosenStatement(up, 'b', 0)).toEqual(setupOrder(up));
  });

  it('a moved statement that is unticked and ticked again returns to its new place', () => {
    const moved = moveChosenStatement(phase(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']), 'd', 1);
    expect(moved.selectedStatementIds).toEqual(['a', 'd', 'b', 'c']);
    const back = setStatementChosen(setStatementChosen(moved, 'd', false), 'd', true);
    expect(back.selectedStatementIds).toEqual(['a', 'd', 'b', 'c']);
  });

  it('property: the list always holds every statement once and the quiz is a subsequence of it', () => {
    const arb = fc
      .uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 })
      .chain((nums) =>
        fc.tuple(fc.constant(nums.map((n) => `s${n}`)), fc.shuffledSubarray(nums.map((n) => `s${n}`), { minLength: 1 }), fc.integer({ min: -2, max: 14 })),
      );
    fc.assert(
      fc.property(arb, ([all, selected, to]) => {
        const moved = moveChosenStatement(phase(all, selected), selected[0]!, to);
        expect(ids(moved.statements).slice().sort()).toEqual(all.slice().sort());
        const inList = ids(moved.statements).filter((id) => moved.selectedStatementIds.includes(id));
        expect(inList).toEqual(moved.selectedStatementIds);
        expect(moved.selectedStatementIds.slice().sort()).toEqual(selected.slice().sort());
      }),
    );
  });
});
