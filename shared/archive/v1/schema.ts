// Frozen: archive format version 1. Never edit this file after release; add v2/ with a migrate() instead.
import { z } from 'zod';
import { timestampSchema } from '../../ids';
import { cardSchema, quizAnswerSchema, quizTallySchema, runStateSchema, themeSchema } from '../../run/schema';
import { delegateSchema, sessionSchema, unitSchema } from '../../session/schema';
import { actionSchema, channelSchema, mapEntrySchema, planSchema } from '../../work/schema';

export const archiveV1Schema = z.object({
  formatVersion: z.literal(1),
  app: z.literal('co-create-studio'),
  exportedAt: timestampSchema,
  session: sessionSchema,
  delegates: z.array(delegateSchema),
  units: z.array(unitSchema),
  runState: runStateSchema.nullable(),
  quizAnswers: z.array(quizAnswerSchema),
  quizTallies: z.array(quizTallySchema),
  cards: z.array(cardSchema),
  themes: z.array(themeSchema),
  mapEntries: z.array(mapEntrySchema),
  channels: z.array(channelSchema),
  actions: z.array(actionSchema),
  plans: z.array(planSchema),
});
export type ArchiveV1 = z.infer<typeof archiveV1Schema>;

/** v1 is the latest format: nothing to migrate to yet. A v2 would add `migrate(v1): ArchiveV2` here. */
export function migrate(archive: ArchiveV1): ArchiveV1 {
  return archive;
}
