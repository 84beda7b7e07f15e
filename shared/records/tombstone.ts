import { z } from 'zod';
import { recordIdSchema, timestampSchema } from '../ids';

/** The kinds whose deletions are remembered, so a merge never brings a deleted record back. */
export const tombstoneKinds = ['delegates', 'units', 'quizAnswers', 'quizTallies', 'cards', 'themes', 'mapEntries', 'channels', 'actions', 'plans'] as const;

/** A deleted record: its id, its kind and when it was deleted. Kept in archives. */
export const tombstoneSchema = z.object({
  id: z.string().min(1).max(80),
  sessionId: recordIdSchema,
  kind: z.enum(tombstoneKinds),
  deletedAt: timestampSchema,
});
export type Tombstone = z.infer<typeof tombstoneSchema>;
