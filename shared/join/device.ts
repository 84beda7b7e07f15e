import { z } from 'zod';
import { recordIdSchema, timestampSchema } from '../ids';

/** Who a phone joined as: one delegate (by name) or one table (a unit, shared by the people at it). */
export const joinAsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delegate'), delegateId: recordIdSchema }),
  z.object({ kind: z.literal('table'), unitId: recordIdSchema }),
]);
export type JoinAs = z.infer<typeof joinAsSchema>;

export const deviceIdSchema = z.string().regex(/^d-[A-Za-z0-9_-]{8,40}$/);
export type DeviceId = z.infer<typeof deviceIdSchema>;

/** A joined phone as the console lists it (the token never leaves the relay). */
export const deviceSummarySchema = z.object({
  deviceId: deviceIdSchema,
  as: joinAsSchema,
  /** The delegate's or the table's name when the phone joined (console only, never projected). */
  label: z.string().max(400),
  joinedAt: timestampSchema,
  lastSeenAt: timestampSchema,
  /** Submissions stored for this device since it joined. */
  stored: z.number().int().nonnegative(),
  /** An open live connection (the phone is awake on the page). */
  connected: z.boolean(),
});
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;
