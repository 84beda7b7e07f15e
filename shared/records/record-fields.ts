import { z } from 'zod';
import { contentIdSchema, recordIdSchema, timestampSchema } from '../ids';

/**
 * Field groups many record kinds share, spread into their z.object shapes (first or last, so field order
 * stays as it was). One place says what "a record of a session" and "kept in order, with its times" mean.
 */

/** Every session record: its own id and the session it belongs to. */
export const sessionRecordFields = { id: recordIdSchema, sessionId: recordIdSchema };

/** A session record that belongs to one unit (a department or table). */
export const unitRecordFields = { ...sessionRecordFields, unitId: recordIdSchema };

/** A session record captured in one phase of the agenda. */
export const phaseRecordFields = { ...sessionRecordFields, phaseId: contentIdSchema };

/** A record the facilitator orders by hand, with when it was made and last changed. */
export const orderedRecordTimes = { order: z.number(), createdAt: timestampSchema, updatedAt: timestampSchema };
