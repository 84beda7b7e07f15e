import { z } from 'zod';
import { contentIdSchema, recordIdSchema, timestampSchema } from '../ids';
import { orderedRecordTimes, unitRecordFields } from '../records/record-fields';
import { optionalText, requiredText } from '../text';

export const livedExperienceSchema = z.enum(['yes', 'no', 'unsure']);
export type LivedExperience = z.infer<typeof livedExperienceSchema>;

/** One place where a unit engages with its union, in one cell of the map. */
export const mapEntrySchema = z.object({
  ...unitRecordFields,
  columnId: contentIdSchema,
  rowId: contentIdSchema,
  what: requiredText('What it is', 200),
  partner: optionalText('Who takes part', 160),
  frequencyId: contentIdSchema.nullable(),
  strengthId: contentIdSchema,
  livedExperience: livedExperienceSchema,
  note: optionalText('Note', 1000),
  /** The template suggestion it came from, if any. */
  suggestionId: contentIdSchema.nullable(),
  ...orderedRecordTimes,
});
export type MapEntry = z.infer<typeof mapEntrySchema>;

/** A way a unit engages students directly, outside the union. */
export const channelSchema = z.object({
  ...unitRecordFields,
  suggestionId: contentIdSchema.nullable(),
  name: requiredText('Channel', 160),
  reaches: optionalText('Who it reaches', 300),
  livedExperience: livedExperienceSchema,
  unionSupport: optionalText('How the union could support it', 600),
  note: optionalText('Note', 1000),
  ...orderedRecordTimes,
});
export type Channel = z.infer<typeof channelSchema>;

export const actionLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gap'), columnId: contentIdSchema, rowId: contentIdSchema }),
  z.object({ kind: z.literal('channel'), channelId: recordIdSchema }),
  z.object({ kind: z.literal('card'), cardId: recordIdSchema }),
]);
export type ActionLink = z.infer<typeof actionLinkSchema>;

export const actionSchema = z.object({
  ...unitRecordFields,
  what: requiredText('Action', 300),
  why: optionalText('Why', 600),
  link: actionLinkSchema.nullable(),
  owner: requiredText('Owner', 120),
  partner: optionalText('Partner', 160),
  firstStep: optionalText('First step', 300),
  /** A date (YYYY-MM-DD) or a term ("Spring term 2027"). */
  byWhen: optionalText('By when', 60),
  stageId: contentIdSchema.nullable(),
  success: optionalText('How success will be seen', 400),
  priorityId: contentIdSchema.nullable(),
  livedExperience: livedExperienceSchema,
  ...orderedRecordTimes,
});
export type Action = z.infer<typeof actionSchema>;

/** Per-unit plan status; keyed by the unit id. */
export const planSchema = z.object({
  unitId: recordIdSchema,
  sessionId: recordIdSchema,
  complete: z.boolean(),
  updatedAt: timestampSchema,
});
export type Plan = z.infer<typeof planSchema>;
