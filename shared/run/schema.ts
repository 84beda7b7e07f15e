import { z } from 'zod';
import { contentIdSchema, recordIdSchema, timestampSchema } from '../ids';
import { orderedRecordTimes, phaseRecordFields, sessionRecordFields } from '../records/record-fields';
import { optionalText, requiredText } from '../text';

/**
 * A phase timer stored as facts, not as a ticking number: a running timer keeps counting
 * from `runningSince` across reloads and crashes.
 */
export const timerStateSchema = z.object({
  phaseId: contentIdSchema,
  plannedMs: z.number().int().nonnegative(),
  addedMs: z.number().int().nonnegative(),
  /** Time counted before the current run started (sum of earlier start/pause spans). */
  elapsedBeforeMs: z.number().int().nonnegative(),
  runningSince: timestampSchema.nullable(),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export const quizRoundSchema = z.enum(['before', 'after']);
export type QuizRound = z.infer<typeof quizRoundSchema>;

export const runStateSchema = z.object({
  sessionId: recordIdSchema,
  currentPhaseId: contentIdSchema,
  /** Actual time spent per phase so far, in ms. */
  phaseActualMs: z.record(z.string(), z.number().int().nonnegative()),
  completedPhaseIds: z.array(contentIdSchema),
  /**
   * When the current phase became current (wall clock); time per phase is counted from here
   * whether or not the countdown runs. Absent in runs stored before it was recorded.
   */
  phaseEnteredAt: timestampSchema.optional(),
  timer: timerStateSchema,
  quiz: z.object({
    round: quizRoundSchema,
    statementIndex: z.number().int().nonnegative(),
    revealed: z.boolean(),
  }),
  projector: z.object({
    blank: z.boolean(),
    frozen: z.boolean(),
    theme: z.enum(['dark', 'light']),
    /**
     * The page on screen when a view is too long for one screen. It belongs to one view
     * (see projectorViewKey) and counts as page 1 once the view changes. Optional: older runs have none.
     */
    page: z.object({ view: z.string(), index: z.number().int().nonnegative() }).optional(),
  }),
  startedAt: timestampSchema,
  finishedAt: timestampSchema.nullable(),
  updatedAt: timestampSchema,
});
export type RunState = z.infer<typeof runStateSchema>;

export const quizAnswerValueSchema = z.enum(['true', 'false', 'unsure']);
export type QuizAnswerValue = z.infer<typeof quizAnswerValueSchema>;

/** One delegate's answer to one statement (per-delegate mode). */
export const quizAnswerSchema = z.object({
  ...sessionRecordFields,
  statementId: contentIdSchema,
  delegateId: recordIdSchema,
  round: quizRoundSchema,
  answer: quizAnswerValueSchema,
  answeredAt: timestampSchema,
});
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

const count = z.number().int().min(0, { message: 'cannot be negative' }).max(10000, { message: 'at most 10000' });
/** Counts of hands for one statement (room-tally mode). */
export const quizTallySchema = z.object({
  ...sessionRecordFields,
  statementId: contentIdSchema,
  round: quizRoundSchema,
  trueCount: count,
  falseCount: count,
  unsureCount: count,
  updatedAt: timestampSchema,
});
export type QuizTally = z.infer<typeof quizTallySchema>;

export const cardSchema = z.object({
  ...phaseRecordFields,
  text: requiredText('Card text', 500),
  /** Attribution is console-only: never projected. */
  delegateId: recordIdSchema.nullable(),
  unitId: recordIdSchema.nullable(),
  topicId: contentIdSchema.nullable(),
  themeId: recordIdSchema.nullable(),
  votes: z.number().int().min(0, { message: 'votes cannot be negative' }).max(1000, { message: 'at most 1000 votes' }),
  actionCandidate: z.boolean(),
  ...orderedRecordTimes,
});
export type Card = z.infer<typeof cardSchema>;

export const themeSchema = z.object({
  ...phaseRecordFields,
  name: requiredText('Theme name', 120),
  ...orderedRecordTimes,
});
export type Theme = z.infer<typeof themeSchema>;

export const noteText = optionalText('Note', 1000);
