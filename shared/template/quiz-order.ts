import type { QuizPhase, QuizStatement } from './schema';

/**
 * The order of a session's quiz, as the facilitator sets it up. The quiz runs in the order of
 * `selectedStatementIds`. Every statement also keeps a place in `statements`, ticked or not, so
 * unticking and ticking a statement again brings it back where it was instead of moving it.
 *
 * The invariant kept here: the ticked statements appear in `statements` in quiz order (they are a
 * subsequence). Templates may ship with a quiz order that differs from their list order; the first
 * change puts the ticked statements into the list's ticked slots in quiz order, so nothing the
 * template chose moves.
 */

export interface QuizOrder {
  statements: QuizStatement[];
  selectedStatementIds: string[];
}

type QuizOrderInput = Pick<QuizPhase, 'statements' | 'selectedStatementIds'>;

/** The full list with the ticked statements in quiz order, each unticked one where it was. */
export function setupOrder(phase: QuizOrderInput): QuizOrder {
  const byId = new Map(phase.statements.map((s) => [s.id, s]));
  // Unknown or repeated ids cannot be placed; they are dropped.
  const selected = [...new Set(phase.selectedStatementIds)].filter((id) => byId.has(id));
  const chosen = new Set(selected);
  let next = 0;
  const statements = phase.statements.map((s) => (chosen.has(s.id) ? byId.get(selected[next++]!)! : s));
  return { statements, selectedStatementIds: selected };
}

/** Ticks or unticks a statement; no other statement moves, and a re-ticked one returns to its place. */
export function setStatementChosen(phase: QuizOrderInput, id: string, chosen: boolean): QuizOrder {
  const { statements, selectedStatementIds } = setupOrder(phase);
  if (!statements.some((s) => s.id === id)) return { statements, selectedStatementIds };
  const ticked = new Set(selectedStatementIds);
  if (chosen) ticked.add(id);
  else ticked.delete(id);
  return { statements, selectedStatementIds: statements.filter((s) => ticked.has(s.id)).map((s) => s.id) };
}

/**
 * Moves a ticked statement to position `to` of the quiz (0-based, clamped). The unticked ones keep
 * their places in the list; the ticked ones fill their slots in the new order.
 */
export function moveChosenStatement(phase: QuizOrderInput, id: string, to: number): QuizOrder {
  const order = setupOrder(phase);
  const from = order.selectedStatementIds.indexOf(id);
  if (from < 0 || !Number.isFinite(to)) return order;
  const target = Math.min(Math.max(0, Math.trunc(to)), order.selectedStatementIds.length - 1);
  if (target === from) return order;
  const selected = order.selectedStatementIds.slice();
  selected.splice(from, 1);
  selected.splice(target, 0, id);
  return setupOrder({ statements: order.statements, selectedStatementIds: selected });
}

/** The statements not in the quiz, in their list order. */
export function unchosenStatements(phase: QuizOrderInput): QuizStatement[] {
  const { statements, selectedStatementIds } = setupOrder(phase);
  const ticked = new Set(selectedStatementIds);
  return statements.filter((s) => !ticked.has(s.id));
}
