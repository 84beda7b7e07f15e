import { z } from 'zod';
import { quizAnswerValueSchema, quizRoundSchema } from '../run/schema';
import { actionLinkSchema } from '../work/schema';
import type { ActionInput } from '../work/action-input';
import type { ChannelInput } from '../work/channel-input';
import type { MapEntryInput } from '../work/map-entry-input';

/**
 * What a phone sends. The shapes are the same form inputs the console's own forms hold
 * (shared/work/*-input.ts); the lengths here only bound the transport, and the console checks each
 * input with the same validators as keyboard entry before anything is stored.
 */
const id = z.string().max(80);
const text = (max: number) => z.string().max(max);

export const mapEntryInputSchema = z.object({
  columnId: id,
  rowId: id,
  what: text(400),
  partner: text(400),
  frequencyId: id.nullable(),
  strengthId: id,
  livedExperience: text(20),
  note: text(2000),
  suggestionId: id.nullable(),
}) satisfies z.ZodType<MapEntryInput>;

export const channelInputSchema = z.object({
  name: text(400),
  reaches: text(600),
  livedExperience: text(20),
  unionSupport: text(1200),
  note: text(2000),
  suggestionId: id.nullable(),
}) satisfies z.ZodType<ChannelInput>;

export const actionInputSchema = z.object({
  what: text(600),
  why: text(1200),
  link: actionLinkSchema.nullable(),
  owner: text(240),
  partner: text(400),
  firstStep: text(600),
  byWhen: text(120),
  stageId: id.nullable(),
  success: text(800),
  priorityId: id.nullable(),
  livedExperience: text(20),
}) satisfies z.ZodType<ActionInput>;

export const submissionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quiz-answer'), statementId: id, round: quizRoundSchema, answer: quizAnswerValueSchema }),
  z.object({ kind: z.literal('map-entry'), input: mapEntryInputSchema }),
  z.object({ kind: z.literal('channel'), input: channelInputSchema }),
  z.object({ kind: z.literal('action'), input: actionInputSchema }),
]);
export type Submission = z.infer<typeof submissionSchema>;
export type SubmissionKind = Submission['kind'];

/** Made on the phone (crypto.getRandomValues, not randomUUID: phones use plain HTTP); one per submission, kept across retries. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'A client id is 8 to 64 letters, digits, - or _' });
export type ClientId = z.infer<typeof clientIdSchema>;
