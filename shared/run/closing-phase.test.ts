import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates';
import type { Phase } from '../template/schema';
import { closingPhaseOf, isClosingPhase } from './closing-phase';
import { projectorSnapshot } from './projector-view';
import { goToPhase, setQuizRound, startRun } from './run-state';

const phase = (id: string, kind: Phase['kind']) => ({ id, kind, title: id, minutes: 5, audiencePrompt: '', facilitatorNotes: '', points: [] }) as Phase;

describe('closingPhaseOf', () => {
  it("is the template's close phase when it has one, even if another phase follows", () => {
    const phases = [phase('intro', 'intro'), phase('close', 'close'), phase('extra', 'intro')];
    expect(closingPhaseOf({ phases })?.id).toBe('close');
    expect(isClosingPhase({ phases }, 'close')).toBe(true);
    expect(isClosingPhase({ phases }, 'extra')).toBe(false);
  });

  it('is the last phase (the conclusion) when there is no close phase', () => {
    const phases = [phase('intro', 'intro'), phase('plan', 'action-plan')];
    expect(closingPhaseOf({ phases })?.id).toBe('plan');
  });

  it("is the built-in templates' own close phase, at the end of the agenda", () => {
    for (const template of builtInTemplates) {
      const last = template.phases[template.phases.length - 1]!;
      expect(closingPhaseOf(template)?.id).toBe(last.id);
      expect(last.kind).toBe('close');
    }
  });

  it('is undefined for an empty agenda', () => {
    expect(closingPhaseOf({ phases: [] })).toBeUndefined();
    expect(isClosingPhase({ phases: [] }, 'anything')).toBe(false);
  });
});

describe('the repeat quiz on the projector', () => {
  it('shows at the close, only in the after round and only when repeating', () => {
    const template = builtInTemplates[0]!;
    const session = { id: '6f1c1d4e-2b8a-4c39-9a57-0d7a3e5b2c11', template, caseStudy: '', quizMode: 'tally' as const, quizRepeatAtClose: true };
    const last = template.phases[template.phases.length - 1]!;
    const secondLast = template.phases[template.phases.length - 2]!;
    const atEnd = goToPhase(startRun(session, 1000), template, last.id, 2000);
    const input = (run: typeof atEnd, repeat = true) => ({
      run,
      session: { ...session, quizRepeatAtClose: repeat },
      quizAnswers: [],
      quizTallies: [],
      cards: [],
      themes: [],
    });
    expect(projectorSnapshot(input(atEnd)).quiz).toBeNull();
    const after = setQuizRound(atEnd, 'after', 3000);
    expect(projectorSnapshot(input(after)).quiz).toMatchObject({ round: 'after', index: 0 });
    expect(projectorSnapshot(input(after, false)).quiz).toBeNull();
    const elsewhere = goToPhase(after, template, secondLast.id, 4000);
    expect(projectorSnapshot(input(elsewhere)).quiz).toBeNull();
  });
});
