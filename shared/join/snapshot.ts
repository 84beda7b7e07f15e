import { z } from 'zod';
import { recordIdSchema } from '../ids';
import { quizAnswerValueSchema, quizRoundSchema } from '../run/schema';
import { actionFieldKeys, type ActionFieldKey } from '../template/schema';
import { actionInputSchema, channelInputSchema, mapEntryInputSchema } from './submission';

/**
 * What the console publishes to the relay whenever the session changes. The relay never shows it
 * whole to anyone: `viewForDevice` cuts out the one device's own part.
 */
const label = z.string().max(400);
const contentId = z.string().max(80);
const labelled = z.object({ id: contentId, label });

export const phaseKindSchema = z.enum(['intro', 'quiz', 'discussion', 'mapping', 'channels', 'action-plan', 'close']);

export const snapshotQuizSchema = z.object({
  statementId: contentId,
  round: quizRoundSchema,
  text: z.string().max(1000),
  /** Answers from phones are taken only in per-delegate quizzes; a tally quiz shows the statement only. */
  acceptsAnswers: z.boolean(),
});
export type SnapshotQuiz = z.infer<typeof snapshotQuizSchema>;

/** The template bits the phone's forms need: ids and labels only, no facilitator notes. */
export const snapshotFormsSchema = z.object({
  mapping: z
    .object({
      columns: z.array(labelled).max(50),
      rows: z.array(labelled).max(50),
      strengths: z.array(z.object({ id: contentId, level: z.number().int().min(0).max(9), label })).max(20),
      frequencies: z.array(labelled).max(20),
      partnerLabel: label,
      suggestions: z.array(z.object({ id: contentId, columnId: contentId, label })).max(500),
    })
    .nullable(),
  channels: z.object({ suggestions: z.array(labelled).max(500) }).nullable(),
  actionPlan: z
    .object({
      fieldLabels: z.object(Object.fromEntries(actionFieldKeys.map((key) => [key, label])) as Record<ActionFieldKey, typeof label>),
      priorities: z.array(labelled).max(20),
    })
    .nullable(),
});
export type SnapshotForms = z.infer<typeof snapshotFormsSchema>;

/** Stored work as the phone shows it: its form fields plus the record id. */
export const mapEntryViewSchema = mapEntryInputSchema.extend({ id: recordIdSchema });
export const channelViewSchema = channelInputSchema.extend({ id: recordIdSchema });
export const actionViewSchema = actionInputSchema.extend({ id: recordIdSchema });
export const tableWorkSchema = z.object({
  entries: z.array(mapEntryViewSchema).max(2000),
  channels: z.array(channelViewSchema).max(2000),
  actions: z.array(actionViewSchema).max(2000),
});
export type TableWork = z.infer<typeof tableWorkSchema>;

export const ownQuizAnswerSchema = z.object({ statementId: contentId, round: quizRoundSchema, answer: quizAnswerValueSchema });
export type OwnQuizAnswer = z.infer<typeof ownQuizAnswerSchema>;

export const consoleSnapshotSchema = z.object({
  sessionId: recordIdSchema,
  sessionTitle: label,
  /** A finished session takes no more submissions; phones can still download their PDF. */
  finished: z.boolean(),
  phase: z.object({ id: contentId, kind: phaseKindSchema, title: label, prompt: z.string().max(2000) }),
  quiz: snapshotQuizSchema.nullable(),
  forms: snapshotFormsSchema,
  /** Tables (or groups, or one unit per delegate) a phone can join as. */
  units: z.array(z.object({ id: recordIdSchema, name: label })).max(500),
  /** Names to pick from; each with its unit (null when not placed at a table yet). */
  delegates: z.array(z.object({ id: recordIdSchema, name: label, unitId: recordIdSchema.nullable() })).max(2000),
  /** unitId → that unit's work. */
  tables: z.record(z.string(), tableWorkSchema),
  /** delegateId → that delegate's own quiz answers. */
  quizAnswers: z.record(z.string(), z.array(ownQuizAnswerSchema).max(400)),
  /** The laptop can make a delegate's PDF (or its printable page) now. */
  pdfAvailable: z.boolean(),
});
export type ConsoleSnapshot = z.infer<typeof consoleSnapshotSchema>;
