import { z } from 'zod';

/** Record keys are UUIDs so sessions from several laptops can be merged without collisions. */
export const recordIdSchema = z.uuid({ message: 'must be a UUID' });
export type RecordId = z.infer<typeof recordIdSchema>;

/** Template content ids are stable, human-readable slugs that never change once published. */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'must be a lowercase slug (a-z, 0-9, -)' });
export type ContentId = z.infer<typeof contentIdSchema>;

// shared/ may not use DOM or Node types; randomUUID is a web-standard global in both runtimes.
interface CryptoLike {
  randomUUID(): string;
}

export function newId(): RecordId {
  return (globalThis as unknown as { crypto: CryptoLike }).crypto.randomUUID();
}

/** Epoch milliseconds. */
export const timestampSchema = z.number().int().nonnegative();
