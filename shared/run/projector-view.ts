import { z } from 'zod';
import { contentIdSchema, recordIdSchema } from '../ids';
import type { Delegate, Session } from '../session/schema';
import { quizPhaseOf, selectedStatements } from '../template/agenda';
import type { DiscussionPhase, Phase } from '../template/schema';
import { isClosingPhase } from './closing-phase';
import { pointsBesidesPrompt } from './repeated-prompt';
import { actionProgressView, channelRankingView, roomMapView, sourcePhase, type RoomViewInput } from './projector-room';
import { statementSummaries } from './quiz-scoring';
import { quizRoundSchema, timerStateSchema, type Card, type QuizAnswer, type QuizTally, type RunState, type Theme } from './schema';
import { groupCardsByTheme } from './themes';

/**
 * The privacy filter between the console and the projector. The snapshot is a plain,
 * serialisable object holding only what the room may see; it is built field by field (never by
 * spreading an input record) and its schema is strict, so facilitator notes, delegate names,
 * emails, per-delegate answers, scores and card attributions have nowhere to go.
 *
 * To project more (e.g. the room map during a mapping phase), add a field to the schema below.
 */

const countsSchema = z.strictObject({
  trueCount: z.number().int().nonnegative(),
  falseCount: z.number().int().nonnegative(),
  unsureCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

const projectorCardSchema = z.strictObject({
  id: recordIdSchema,
  text: z.string(),
  themeName: z.string().nullable(),
  votes: z.number().int().nonnegative(),
  topicTitle: z.string().nullable(),
});
export type ProjectorCard = z.infer<typeof projectorCardSchema>;

const projectorCardGroupSchema = z.strictObject({
  /** null for cards not in a theme yet. */
  themeName: z.string().nullable(),
  totalVotes: z.number().int().nonnegative(),
  cards: z.array(projectorCardSchema),
});
export type ProjectorCardGroup = z.infer<typeof projectorCardGroupSchema>;

const projectorQuizSchema = z.strictObject({
  round: quizRoundSchema,
  /** 0-based position of the statement among the session's selected statements. */
  index: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  statementText: z.string(),
  /** Present only once the facilitator has revealed the answer. */
  reveal: z
    .strictObject({
      answer: z.boolean(),
      explanation: z.string(),
      source: z.string(),
      counts: countsSchema,
      shareCorrect: z.number().min(0).max(1).nullable(),
    })
    .nullable(),
});
export type ProjectorQuiz = z.infer<typeof projectorQuizSchema>;

/** The room's combined engagement map: counts and strengths per cell, never who put what where. */
const projectedRoomMapSchema = z.strictObject({
  columns: z.array(z.strictObject({ id: contentIdSchema, label: z.string() })),
  rows: z.array(z.strictObject({ id: contentIdSchema, label: z.string() })),
  strengths: z.array(z.strictObject({ id: contentIdSchema, level: z.number().int(), label: z.string() })),
  gapBelowLevel: z.number().int(),
  /** Row-major, in the phase's row and column order. */
  cells: z.array(
    z.array(
      z.strictObject({
        rowId: contentIdSchema,
        columnId: contentIdSchema,
        count: z.number().int().nonnegative(),
        unitCount: z.number().int().nonnegative(),
        meanStrength: z.number().nullable(),
        maxLevel: z.number().int().nullable(),
        isGap: z.boolean(),
      }),
    ),
  ),
  totalEntries: z.number().int().nonnegative(),
  unitsWithEntries: z.number().int().nonnegative(),
});
export type ProjectedRoomMap = z.infer<typeof projectedRoomMapSchema>;

/** One channel as the room ranked it: a count of units, never their names. */
const projectedChannelSchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  unitCount: z.number().int().nonnegative(),
  livedExperienceCount: z.number().int().nonnegative(),
  unionSupportIdeas: z.array(z.string()),
});
export type ProjectedChannel = z.infer<typeof projectedChannelSchema>;

export const projectorSnapshotSchema = z.strictObject({
  phase: z
    .strictObject({
      id: contentIdSchema,
      kind: z.enum(['intro', 'quiz', 'discussion', 'mapping', 'channels', 'action-plan', 'close']),
      title: z.string(),
      audiencePrompt: z.string(),
      /** Intro and close talking points, less any that only repeat the prompt; empty for other phases. */
      points: z.array(z.string()),
    })
    .nullable(),
  timer: timerStateSchema.strict(),
  blank: z.boolean(),
  frozen: z.boolean(),
  theme: z.enum(['dark', 'light']),
  /** The host institution's case study, during a discussion phase that shows it. */
  caseStudy: z.string().nullable(),
  quiz: projectorQuizSchema.nullable(),
  discussion: z
    .strictObject({
      topics: z.array(z.strictObject({ id: contentIdSchema, title: z.string(), prompt: z.string() })),
      groups: z.array(projectorCardGroupSchema),
    })
    .nullable(),
  /** During the mapping phase and the discussion straight after it; absent or null otherwise. */
  roomMap: projectedRoomMapSchema.nullable().optional(),
  /** During the channels phase and the discussion straight after it; absent or null otherwise. */
  channelRanking: z.array(projectedChannelSchema).nullable().optional(),
  /** During the action-plan phase: how many units have actions, never whose. */
  actionProgress: z
    .strictObject({
      units: z.number().int().nonnegative(),
      unitsWithActions: z.number().int().nonnegative(),
      actions: z.number().int().nonnegative(),
    })
    .nullable()
    .optional(),
  /** 0-based page of a view too long for one screen, as the facilitator turned it for this view. */
  page: z.number().int().nonnegative(),
  /** Once the session is finished: the closing slide's counts, no names. */
  closing: z
    .strictObject({
      delegates: z.number().int().nonnegative(),
      cards: z.number().int().nonnegative(),
      actions: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type ProjectorSnapshot = z.infer<typeof projectorSnapshotSchema>;

/** Everything the console has; the snapshot picks out the little the room may see. */
export interface ProjectorInput extends Omit<RoomViewInput, 'sessionId'> {
  run: RunState;
  session: Pick<Session, 'id' | 'template' | 'caseStudy' | 'quizMode' | 'quizRepeatAtClose'>;
  quizAnswers: readonly QuizAnswer[];
  quizTallies: readonly QuizTally[];
  cards: readonly Card[];
  themes: readonly Theme[];
  /** For the closing slide's count (read once the session is finished). */
  delegates?: readonly Pick<Delegate, 'sessionId'>[];
}

/**
 * Which view is on screen, for paging: a page turned on one view (a phase, a quiz statement
 * before or after its reveal, the closing slide) never carries over to the next.
 */
export function projectorViewKey(input: Pick<ProjectorInput, 'run' | 'session'>): string {
  const { run, session } = input;
  if (run.finishedAt !== null) return 'closing';
  const phase = session.template.phases.find((p) => p.id === run.currentPhaseId);
  if (!phase) return `missing:${run.currentPhaseId}`;
  if (!showsQuiz(phase, input)) return phase.id;
  return `${phase.id}:quiz:${run.quiz.round}:${run.quiz.statementIndex}:${run.quiz.revealed ? 'revealed' : 'asked'}`;
}

/** The page index of the view on screen (0 when the facilitator has not turned a page of this view). */
export function projectorPage(input: Pick<ProjectorInput, 'run' | 'session'>): number {
  const page = input.run.projector.page;
  return page && page.view === projectorViewKey(input) ? page.index : 0;
}

export function projectorSnapshot(input: ProjectorInput): ProjectorSnapshot {
  const { run, session } = input;
  const phase = session.template.phases.find((p) => p.id === run.currentPhaseId);
  const timer = run.timer;
  const room: RoomViewInput = { ...input, sessionId: session.id };
  return {
    phase: phase
      ? {
          id: phase.id,
          kind: phase.kind,
          title: phase.title,
          audiencePrompt: phase.audiencePrompt,
          points: phase.kind === 'intro' || phase.kind === 'close' ? pointsBesidesPrompt(phase.points, phase.audiencePrompt) : [],
        }
      : null,
    timer: {
      phaseId: timer.phaseId,
      plannedMs: timer.plannedMs,
      addedMs: timer.addedMs,
      elapsedBeforeMs: timer.elapsedBeforeMs,
      runningSince: timer.runningSince,
    },
    blank: run.projector.blank,
    frozen: run.projector.frozen,
    theme: run.projector.theme,
    caseStudy: phase?.kind === 'discussion' && phase.showCaseStudy && session.caseStudy.trim() !== '' ? session.caseStudy : null,
    quiz: phase && showsQuiz(phase, input) ? quizView(input) : null,
    discussion: phase?.kind === 'discussion' ? discussionView(phase, input) : null,
    roomMap: roomMapView(phase ? sourcePhase(session.template.phases, phase, 'mapping') : undefined, room),
    channelRanking: channelRankingView(phase ? sourcePhase(session.template.phases, phase, 'channels') : undefined, room),
    actionProgress: phase?.kind === 'action-plan' ? actionProgressView(room) : null,
    page: projectorPage(input),
    closing: run.finishedAt !== null ? closingView(input) : null,
  };
}

/** What the room achieved, counted: delegates, cards and actions of this session, no names. */
function closingView({ session, cards, delegates = [], actions = [] }: ProjectorInput): NonNullable<ProjectorSnapshot['closing']> {
  return {
    delegates: delegates.filter((d) => d.sessionId === session.id).length,
    cards: cards.filter((c) => c.sessionId === session.id).length,
    actions: actions.filter((a) => a.sessionId === session.id).length,
  };
}

export { roomViewsShown } from './projector-room';

/** The quiz is on screen in its own phase, and at the close when the session repeats it. */
function showsQuiz(phase: Phase, { run, session }: Pick<ProjectorInput, 'run' | 'session'>): boolean {
  if (phase.kind === 'quiz') return true;
  return isClosingPhase(session.template, phase.id) && session.quizRepeatAtClose && run.quiz.round === 'after';
}

function quizView({ run, session, quizAnswers, quizTallies }: ProjectorInput): ProjectorQuiz | null {
  const quizPhase = quizPhaseOf(session.template);
  if (!quizPhase) return null;
  const statements = selectedStatements(quizPhase);
  const index = Math.min(run.quiz.statementIndex, statements.length - 1);
  const statement = statements[index];
  if (!statement) return null;

  let reveal: ProjectorQuiz['reveal'] = null;
  if (run.quiz.revealed) {
    const summary =
      session.quizMode === 'tally'
        ? statementSummaries([statement], quizTallies.filter((t) => t.sessionId === session.id), 'tally', run.quiz.round)[0]
        : statementSummaries([statement], quizAnswers.filter((a) => a.sessionId === session.id), 'per-delegate', run.quiz.round)[0];
    if (summary) {
      reveal = {
        answer: statement.answer,
        explanation: statement.explanation,
        source: statement.source,
        counts: {
          trueCount: summary.counts.trueCount,
          falseCount: summary.counts.falseCount,
          unsureCount: summary.counts.unsureCount,
          total: summary.counts.total,
        },
        shareCorrect: summary.shareCorrect,
      };
    }
  }
  return { round: run.quiz.round, index, total: statements.length, statementText: statement.text, reveal };
}

function discussionView(phase: DiscussionPhase, { session, cards, themes }: ProjectorInput): NonNullable<ProjectorSnapshot['discussion']> {
  const topicTitles = new Map(phase.topics.map((t) => [t.id, t.title]));
  const inPhase = <T extends { sessionId: string; phaseId: string }>(r: T) => r.sessionId === session.id && r.phaseId === phase.id;
  const groups = groupCardsByTheme(cards.filter(inPhase), themes.filter(inPhase))
    // An empty "not in a theme" pile is noise on the wall; empty named themes are kept as headings.
    .filter((g) => g.theme !== null || g.cards.length > 0)
    .map((g) => {
      const themeName = g.theme ? g.theme.name : null;
      return {
        themeName,
        totalVotes: g.totalVotes,
        cards: g.cards.map((c) => ({
          id: c.id,
          text: c.text,
          themeName,
          votes: c.votes,
          topicTitle: c.topicId !== null ? (topicTitles.get(c.topicId) ?? null) : null,
        })),
      };
    });
  return {
    topics: phase.topics.map((t) => ({ id: t.id, title: t.title, prompt: t.prompt })),
    groups,
  };
}
