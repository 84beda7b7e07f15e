/**
 * Sessions of any size for tests and the bench, from one description: the same generator makes the
 * 3-unit and 200-unit sessions the bench times and the sessions unit tests check, so their sizes
 * never drift apart. Deterministic (no randomness), so two runs time the same data.
 * Test support only: nothing in the app imports this module.
 */
import type { FixtureAction, FixtureChannel, FixtureEntry, FixtureSpec, FixtureUnit } from './session-fixture';

export interface GenerateSessionOptions {
  units: number;
  delegatesPerUnit?: number;
  entriesPerUnit?: number;
  channelsPerUnit?: number;
  actionsPerUnit?: number;
  /** Cards in the first discussion phase. */
  cards?: number;
  seed?: number;
  title?: string;
  quizMode?: FixtureSpec['quizMode'];
  /** The phase the run is on; without it the session is finished. */
  currentPhaseId?: string;
}

/** The students' union template's map ids (shared/templates/students-union.json). */
const COLUMNS = ['col-inst-governance', 'col-su-governance', 'col-unofficial'];
const ROWS = ['row-access', 'row-success', 'row-progression'];
const STRENGTHS = ['str-none', 'str-informed', 'str-consulted', 'str-co-created'];
const PRIORITIES = ['pri-high', 'pri-medium', 'pri-low'];
/** The students' union agenda's phases as planned, in minutes. */
export const AGENDA_MINUTES: Record<string, number> = {
  'su-welcome': 4,
  'su-quiz': 9,
  'su-discussion-1': 10,
  'su-engagement-map': 12,
  'su-discussion-2': 5,
  'su-channels': 8,
  'su-discussion-3': 6,
  'su-action-plan': 9,
};

/** Realistic lengths: a few words each, every text distinct. */
const pad = (n: number) => String(n + 1).padStart(3, '0');

export function generateSession(options: GenerateSessionOptions): FixtureSpec {
  const { units: unitCount, delegatesPerUnit = 1, entriesPerUnit = 15, channelsPerUnit = 3, actionsPerUnit = 5, cards = 0 } = options;
  const units: FixtureUnit[] = Array.from({ length: unitCount }, (_, u) => {
    const delegates = Array.from({ length: delegatesPerUnit }, (_, d) => ({
      name: `Delegate ${pad(u)}-${d + 1}`,
      role: d % 2 === 0 ? 'Access officer' : 'Union officer',
      institution: `Institution ${(u % 12) + 1}`,
      email: `delegate${u + 1}-${d + 1}@example.ac.uk`,
    }));
    const entries: FixtureEntry[] = Array.from({ length: entriesPerUnit }, (_, e) => ({
      columnId: COLUMNS[e % COLUMNS.length]!,
      rowId: ROWS[Math.floor(e / COLUMNS.length) % ROWS.length]!,
      what: `Unit ${pad(u)} engagement ${pad(e)}: termly forum with sabbatical officers`,
      strengthId: STRENGTHS[(u + e) % STRENGTHS.length]!,
      partner: e % 2 === 0 ? 'VP Education' : '',
      frequencyId: e % 3 === 0 ? 'freq-termly' : null,
    }));
    const channels: FixtureChannel[] = Array.from({ length: channelsPerUnit }, (_, c) => ({
      name: `Unit ${pad(u)} channel ${pad(c)}`,
      reaches: 'First-generation and commuter students',
      unionSupport: 'Promote it through the societies newsletter',
    }));
    const actions: FixtureAction[] = Array.from({ length: actionsPerUnit }, (_, a) => ({
      what: `Unit ${pad(u)} action ${pad(a)}: co-design the induction week with union officers`,
      owner: delegates[0]?.name ?? `Owner ${pad(u)}`,
      why: 'Only informed today',
      firstStep: 'Email the chair of the steering group',
      byWhen: 'Spring term 2027',
      stageId: ROWS[a % ROWS.length]!,
      priorityId: PRIORITIES[a % PRIORITIES.length]!,
      link: a === 0 && channels[0] ? { kind: 'channel', channelName: channels[0].name } : { kind: 'gap', columnId: COLUMNS[a % 3]!, rowId: ROWS[a % 3]! },
    }));
    return { name: `Table ${u + 1}`, delegates, entries, channels, actions, planComplete: u % 2 === 0 };
  });
  return {
    seed: options.seed ?? unitCount,
    title: options.title ?? `Generated session, ${unitCount} units`,
    campus: 'Main campus',
    venue: 'Great Hall',
    date: '2026-11-23',
    startTime: '10:00',
    facilitators: ['Rosa Diaz'],
    quizMode: options.quizMode ?? 'per-delegate',
    units,
    cards: Array.from({ length: cards }, (_, c) => ({ phaseId: 'su-discussion-1', text: `Card ${pad(c)} from the room`, votes: c % 5, theme: c % 3 === 0 ? undefined : `Theme ${(c % 3) + 1}` })),
    run: { actualMinutes: AGENDA_MINUTES, ...(options.currentPhaseId ? { currentPhaseId: options.currentPhaseId } : {}) },
  };
}
