import { z } from 'zod';
import { contentIdSchema, recordIdSchema } from '../ids';
import type { Session } from '../session/schema';
import { quizPhaseOf, selectedStatements } from '../template/agenda';
import type { DiscussionPhase, Phase } from '../template/schema';
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

export const projectorSnapshotSchema = z.strictObject({
  phase: z
    .strictObject({
      id: contentIdSchema,
      kind: z.enum(['intro', 'quiz', 'discussion', 'mapping', 'channels', 'action-plan', 'close']),
      title: z.string(),
      audiencePrompt: z.string(),
      /** Intro and close talking points; empty for other phases. */
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
});
export type ProjectorSnapshot = z.infer<typeof projectorSnapshotSchema>;

/** Everything the console has; the snapshot picks out the little the room may see. */
export interface ProjectorInput {
  run: RunState;
  session: Pick<Session, 'id' | 'template' | 'caseStudy' | 'quizMode' | 'quizRepeatAtClose'>;
  quizAnswers: readonly QuizAnswer[];
  quizTallies: readonly QuizTally[];
  cards: readonly Card[];
  themes: readonly Theme[];
}

export function projectorSnapshot(input: ProjectorInput): ProjectorSnapshot {
  const { run, session } = input;
  const phase = session.template.phases.find((p) => p.id === run.currentPhaseId);
  const timer = run.timer;
  return {
    phase: phase
      ? {
          id: phase.id,
          kind: phase.kind,
          title: phase.title,
          audiencePrompt: phase.audiencePrompt,
          points: phase.kind === 'intro' || phase.kind === 'close' ? [...phase.points] : [],
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
  };
}

/** The quiz is on screen in its own phase, and at the close when the session repeats it. */
function showsQuiz(phase: Phase, { run, session }: ProjectorInput): boolean {
  if (phase.kind === 'quiz') return true;
  return phase.kind === 'close' && session.quizRepeatAtClose && run.quiz.round === 'after';
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
