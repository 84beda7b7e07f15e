import type { Submission } from '../../shared/join/submission';
import { JoinFailure, mustRejoin, type JoinApi } from './api';
import type { OutboxItem, SendResult } from './outbox';

/** Why a refused submission was refused, with the field messages when a form was refused. */
export function refusalText(failure: JoinFailure): string {
  const fields = Object.values(failure.fields);
  return fields.length === 0 ? failure.message : `${failure.message} ${fields.join(' ')}`;
}

/**
 * One outbox attempt through the relay. Sorts the relay's answers into: stored, wait and retry
 * (offline, laptop busy, rate limit, console slow), refused for good (this submission is wrong), or
 * stop (this phone was removed or its place ran out).
 */
export async function sendSubmission(api: JoinApi, token: string, item: OutboxItem<Submission>): Promise<SendResult> {
  try {
    await api.submit(token, { clientId: item.clientId, submission: item.submission });
    return { kind: 'sent' };
  } catch (error) {
    if (!(error instanceof JoinFailure)) return { kind: 'retry', message: error instanceof Error ? error.message : String(error) };
    if (mustRejoin(error)) return { kind: 'stop', message: error.message };
    if (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500) {
      return error.retryAfterMs === null ? { kind: 'retry', message: error.message } : { kind: 'retry', message: error.message, retryAfterMs: error.retryAfterMs };
    }
    return { kind: 'refused', message: refusalText(error) };
  }
}
