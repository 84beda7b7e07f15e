import { describe, expect, it } from 'vitest';
import { delegateSchema, sessionSchema, unitSchema } from '../session/schema';
import { builtInTemplates } from '../templates';
import { actionSchema } from '../work/schema';
import { nextPhaseSnapshot, turnProjectorPage } from './projector-paging';
import { projectorSnapshot, projectorSnapshotSchema, projectorViewKey, type ProjectorInput } from './projector-view';
import { pointsBesidesPrompt } from './repeated-prompt';
import { finishRun, goToPhase, revealAnswer, startRun, toggleBlank, toggleFreeze } from './run-state';
import { cardSchema } from './schema';
import { NORTHTOWN_SETUP, SESSION_ID, T0, uuid } from '../test-support/run-fixtures';

const OTHER_SESSION = '7f1c1d4e-2b8a-4c39-9a57-0d7a3e5b2c12';
const template = builtInTemplates[0]!;

const session = sessionSchema.parse({
  ...NORTHTOWN_SETUP,
  unitMode: 'tables',
  quizMode: 'tally',
  quizRepeatAtClose: false,
  template,
  status: 'running',
  createdAt: T0,
  updatedAt: T0,
});

const delegate = (n: number, name: string, sessionId = SESSION_ID) =>
  delegateSchema.parse({ id: uuid(n), sessionId, name, role: 'Officer', institution: 'Northtown', email: `${name.split(' ')[0]!.toLowerCase()}@uni.example`, unitId: uuid(50), walkIn: false, order: n, createdAt: T0, updatedAt: T0 });
const delegates = [delegate(1, 'Alice Attributed'), delegate(2, 'Bob Byline'), delegate(3, 'Someone Elsewhere', OTHER_SESSION)];
const units = [uuid(50), uuid(51)].map((id, i) => unitSchema.parse({ id, sessionId: SESSION_ID, kind: 'table', name: `Table of Alice Attributed ${i}`, order: i, createdAt: T0, updatedAt: T0 }));
const actions = [uuid(50), uuid(50), uuid(99)].map((unitId, i) =>
  actionSchema.parse({ id: uuid(600 + i), sessionId: SESSION_ID, unitId, what: `Secret action ${i}`, owner: 'Alice Attributed', link: null, stageId: null, priorityId: null, livedExperience: 'no', why: '', partner: '', firstStep: '', byWhen: '', success: '', order: i, createdAt: T0, updatedAt: T0 }),
);
const cards = [1, 2].map((n) =>
  cardSchema.parse({ id: uuid(500 + n), sessionId: SESSION_ID, phaseId: 'su-discussion-1', text: `Card ${n}`, delegateId: uuid(n), unitId: uuid(50), topicId: null, themeId: null, votes: 0, actionCandidate: false, order: n, createdAt: T0, updatedAt: T0 }),
);

function input(run: ProjectorInput['run']): ProjectorInput {
  return { run, session, quizAnswers: [], quizTallies: [], cards, themes: [], delegates, units, actions };
}

const PRIVATE = ['Alice Attributed', 'Bob Byline', 'alice@uni.example', 'Fiona Facilitator', 'Secret action', uuid(1), uuid(50)];
function expectNothingPrivate(value: unknown) {
  const json = JSON.stringify(value);
  for (const secret of PRIVATE) expect(json).not.toContain(secret);
  for (const phase of template.phases) if (phase.facilitatorNotes) expect(json).not.toContain(phase.facilitatorNotes);
}

describe('nextPhaseSnapshot', () => {
  const started = startRun(session, T0);

  it('is the next phase as "Next phase" would leave it: fresh timer, first page, never blank or frozen', () => {
    const blankAndFrozen = toggleFreeze(toggleBlank(turnProjectorPage(started, session, 1, 3, T0), T0), T0);
    const next = nextPhaseSnapshot(input(blankAndFrozen), T0 + 5);
    expect(next?.phase?.id).toBe('su-quiz');
    expect(next).toMatchObject({ blank: false, frozen: false, page: 0, closing: null });
    expect(next?.timer).toMatchObject({ phaseId: 'su-quiz', plannedMs: template.phases[1]!.minutes * 60_000 });
    expect(next?.quiz).toMatchObject({ index: 0, reveal: null });
    expect(projectorSnapshotSchema.safeParse(next).success).toBe(true);
  });

  it('goes through the same privacy filter in every phase', () => {
    for (const phase of template.phases) {
      const next = nextPhaseSnapshot(input(goToPhase(started, template, phase.id, T0 + 1)), T0 + 2);
      expectNothingPrivate(next);
      if (next) expect(projectorSnapshotSchema.safeParse(next).success).toBe(true);
    }
  });

  it('is null on the last phase and once the session is finished', () => {
    const last = goToPhase(started, template, template.phases.at(-1)!.id, T0 + 1);
    expect(nextPhaseSnapshot(input(last), T0 + 2)).toBeNull();
    expect(nextPhaseSnapshot(input(finishRun(started, template, T0 + 3)), T0 + 4)).toBeNull();
  });
});

describe('turnProjectorPage', () => {
  const started = startRun(session, T0);

  it('turns within the view’s pages and writes nothing when there is nowhere to go', () => {
    const second = turnProjectorPage(started, session, 1, 3, T0 + 1);
    expect(projectorSnapshot(input(second)).page).toBe(1);
    const last = turnProjectorPage(turnProjectorPage(second, session, 1, 3, T0 + 2), session, 1, 3, T0 + 3);
    expect(projectorSnapshot(input(last)).page).toBe(2);
    expect(turnProjectorPage(last, session, 1, 3, T0 + 4)).toBe(last);
    expect(turnProjectorPage(started, session, -1, 3, T0 + 5)).toBe(started);
    expect(turnProjectorPage(started, session, 1, 1, T0 + 6)).toBe(started);
  });

  it('belongs to one view: another phase, or the quiz answer revealed, starts on the first page', () => {
    const turned = turnProjectorPage(started, session, 1, 2, T0 + 1);
    expect(projectorSnapshot(input(goToPhase(turned, template, 'su-quiz', T0 + 2))).page).toBe(0);
    const quiz = turnProjectorPage(goToPhase(started, template, 'su-quiz', T0 + 3), session, 1, 2, T0 + 4);
    expect(projectorSnapshot(input(quiz)).page).toBe(1);
    const revealed = revealAnswer(quiz, T0 + 5);
    expect(projectorViewKey(input(revealed))).not.toBe(projectorViewKey(input(quiz)));
    expect(projectorSnapshot(input(revealed)).page).toBe(0);
  });
});

describe('the closing slide and the action-plan progress', () => {
  it('once finished, counts this session’s delegates, cards and actions, with no names', () => {
    const finished = finishRun(startRun(session, T0), template, T0 + 1);
    const snapshot = projectorSnapshot(input(finished));
    expect(snapshot.closing).toEqual({ delegates: 2, cards: 2, actions: 3 });
    expect(projectorViewKey(input(finished))).toBe('closing');
    expectNothingPrivate(snapshot);
    expect(projectorSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(projectorSnapshot(input(startRun(session, T0))).closing).toBeNull();
  });

  it('shows in the action-plan phase how many units have actions, counting only units of the session', () => {
    const snapshot = projectorSnapshot(input(goToPhase(startRun(session, T0), template, 'su-action-plan', T0 + 1)));
    expect(snapshot.actionProgress).toEqual({ units: 2, unitsWithActions: 1, actions: 2 });
    expectNothingPrivate(snapshot);
    expect(projectorSnapshot(input(startRun(session, T0))).actionProgress).toBeNull();
  });
});

describe('pointsBesidesPrompt', () => {
  it('leaves out a welcome point that only repeats the prompt, in both built-in templates', () => {
    const welcome = (i: number) => {
      const phase = builtInTemplates[i]!.phases[0]!;
      if (phase.kind !== 'intro') throw new Error('The first phase is the welcome');
      return { shown: pointsBesidesPrompt(phase.points, phase.audiencePrompt), points: phase.points };
    };
    const union = welcome(0);
    expect(union.shown).toEqual(union.points.slice(1));
    const partnership = welcome(1);
    expect(partnership.shown).not.toContain(partnership.points.find((p) => p.startsWith('This network is open')));
    expect(partnership.shown).toEqual(expect.arrayContaining(partnership.points.filter((p) => p.startsWith('There is no set formula') || p.startsWith('Today we share'))));
    expect(pointsBesidesPrompt(['Find a seat'], '')).toEqual(['Find a seat']);
    expect(pointsBesidesPrompt(['Why we are here'], 'Find a seat')).toEqual(['Why we are here']);
  });
});
