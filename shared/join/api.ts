import { z } from 'zod';
import { deviceIdSchema, joinAsSchema } from './device';
import { clientIdSchema, submissionSchema } from './submission';
import { deviceTokenSchema } from './join-code';

/**
 * The phone's HTTP API (paths in limits.ts JOIN_PATHS). Requests other than join and roster carry
 * `Authorization: Bearer <token>`; the events stream takes `?token=` because EventSource sends no headers.
 * Refusals are `joinErrorReplySchema` bodies with the status in JOIN_ERROR_STATUS.
 */

/** POST join. `code` as typed; the relay normalises it. */
export const joinRequestSchema = z.object({ code: z.string().max(20), as: joinAsSchema });
export type JoinRequest = z.infer<typeof joinRequestSchema>;
export const joinReplySchema = z.object({ token: deviceTokenSchema, deviceId: deviceIdSchema, expiresAt: z.number().int() });
export type JoinReply = z.infer<typeof joinReplySchema>;

/** GET roster?code=CODE → rosterSchema (view.ts). GET view → deviceViewSchema (view.ts). */

/** POST submit. A resend with the same clientId never stores twice: it answers `duplicate`. */
export const submitRequestSchema = z.object({ clientId: clientIdSchema, submission: submissionSchema });
export type SubmitRequest = z.infer<typeof submitRequestSchema>;
export const submitReplySchema = z.object({
  status: z.enum(['stored', 'duplicate']),
  clientId: clientIdSchema,
  /** The stored record's id, when the console reports one. */
  recordId: z.string().max(80).optional(),
});
export type SubmitReply = z.infer<typeof submitReplySchema>;

/** Server-sent events on GET events?token=: `view` (data: a DeviceView as JSON) and `ended` (data: a JoinErrorReply: removed, expired, relay stopped). */
export const JOIN_EVENT_NAMES = { view: 'view', ended: 'ended' } as const;
