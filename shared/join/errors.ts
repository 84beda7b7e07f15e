import { z } from 'zod';

/** Why the relay refused a phone's request; each has one plain message for the person holding the phone. */
export const joinErrorCodeSchema = z.enum([
  'wrong-code',
  'bad-request',
  'too-large',
  'rate-limited',
  'not-signed-in',
  'token-expired',
  'device-removed',
  'not-found',
  'wrong-method',
  'not-allowed',
  'rejected',
  'console-unavailable',
  'full',
]);
export type JoinErrorCode = z.infer<typeof joinErrorCodeSchema>;

export const JOIN_ERROR_STATUS: Record<JoinErrorCode, number> = {
  'wrong-code': 404,
  'bad-request': 400,
  'too-large': 413,
  'rate-limited': 429,
  'not-signed-in': 401,
  'token-expired': 401,
  'device-removed': 403,
  'not-found': 404,
  'wrong-method': 405,
  'not-allowed': 403,
  rejected: 422,
  'console-unavailable': 503,
  full: 503,
};

export const JOIN_ERROR_MESSAGES: Record<JoinErrorCode, string> = {
  'wrong-code': 'That join code is not right. Check the code on the screen and try again.',
  'bad-request': 'The phone sent something the laptop could not read. Reload the page and try again.',
  'too-large': 'That is too much text to send at once. Shorten it and try again.',
  'rate-limited': 'Too many requests from this phone. Wait a few seconds and try again.',
  'not-signed-in': 'This phone has not joined yet. Scan the code on the screen to join.',
  'token-expired': 'This phone’s place in the session has run out. Scan the code on the screen to join again.',
  'device-removed': 'The facilitator removed this phone from the session. Ask them before joining again.',
  'not-found': 'There is nothing here.',
  'wrong-method': 'The phone sent a request the laptop does not take.',
  'not-allowed': 'This phone cannot do that for this session.',
  rejected: 'The laptop did not accept that. Check the highlighted fields.',
  'console-unavailable': 'The facilitator’s laptop did not answer in time. Your work is kept on this phone and will be sent again.',
  full: 'The session has as many phones as it can take. Ask the facilitator.',
};

/** Every refusal the relay sends: a code for the phone's logic, a sentence for its person, and field messages when a form was refused. */
export const joinErrorReplySchema = z.object({
  error: z.object({
    code: joinErrorCodeSchema,
    message: z.string().max(2000),
    fields: z.record(z.string().max(80), z.string().max(500)).optional(),
  }),
});
export type JoinErrorReply = z.infer<typeof joinErrorReplySchema>;

export function joinError(code: JoinErrorCode, message?: string, fields?: Record<string, string>): JoinErrorReply {
  return { error: { code, message: message ?? JOIN_ERROR_MESSAGES[code], ...(fields ? { fields } : {}) } };
}
