import { describe, expect, it } from 'vitest';
import { JOIN_ERROR_MESSAGES, JOIN_ERROR_STATUS, joinError, type JoinErrorCode } from '../../shared/join/errors';
import type { Submission } from '../../shared/join/submission';
import { createJoinApi, OFFLINE_MESSAGE } from './api';
import type { OutboxItem } from './outbox';
import { sendSubmission } from './submit';

const item: OutboxItem<Submission> = {
  clientId: '9b2f3c1e-8a4d-4f6b-9c0d-1e2f3a4b5c6d',
  submission: { kind: 'quiz-answer', statementId: 'st-1', round: 'before', answer: 'true' },
  label: 'Quiz answer: True',
  queuedAt: 0,
  attempts: 0,
  refused: null,
};

function relayAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const requests: Request[] = [];
  const api = createJoinApi(async (input, init) => {
    requests.push(new Request(new URL(String(input), 'http://192.168.0.2:8080'), init));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  });
  return { api, requests };
}

const refusal = (code: JoinErrorCode, fields?: Record<string, string>) =>
  relayAnswering(JOIN_ERROR_STATUS[code], joinError(code, undefined, fields), code === 'rate-limited' ? { 'Retry-After': '4' } : {});

describe('sendSubmission', () => {
  it('posts the client id and the submission with the device token, and counts stored and duplicate as sent', async () => {
    for (const status of ['stored', 'duplicate']) {
      const { api, requests } = relayAnswering(200, { status, clientId: item.clientId });
      expect(await sendSubmission(api, 'token-abc', item)).toEqual({ kind: 'sent' });
      const request = requests[0]!;
      expect(request.method).toBe('POST');
      expect(new URL(request.url).pathname).toBe('/join/api/submit');
      expect(request.headers.get('Authorization')).toBe('Bearer token-abc');
      expect(await request.json()).toEqual({ clientId: item.clientId, submission: item.submission });
    }
  });

  it('retries when the laptop cannot be reached, says so in plain words', async () => {
    const api = createJoinApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await sendSubmission(api, 't', item)).toEqual({ kind: 'retry', message: OFFLINE_MESSAGE });
  });

  it('retries a rate limit after the time the relay asks for, with its own sentence', async () => {
    expect(await sendSubmission(refusal('rate-limited').api, 't', item)).toEqual({
      kind: 'retry',
      message: JOIN_ERROR_MESSAGES['rate-limited'],
      retryAfterMs: 4000,
    });
  });

  it('retries when the console did not answer in time', async () => {
    expect(await sendSubmission(refusal('console-unavailable').api, 't', item)).toEqual({ kind: 'retry', message: JOIN_ERROR_MESSAGES['console-unavailable'] });
  });

  it('stops for a removed phone or an expired place, with the relay’s sentence', async () => {
    for (const code of ['device-removed', 'token-expired', 'not-signed-in'] as const) {
      expect(await sendSubmission(refusal(code).api, 't', item)).toEqual({ kind: 'stop', message: JOIN_ERROR_MESSAGES[code] });
    }
  });

  it('refuses for good what the laptop will never take, with the field messages', async () => {
    const result = await sendSubmission(refusal('rejected', { what: 'What it is must be at most 200 characters' }).api, 't', item);
    expect(result).toEqual({ kind: 'refused', message: `${JOIN_ERROR_MESSAGES.rejected} What it is must be at most 200 characters` });
    expect(await sendSubmission(refusal('too-large').api, 't', item)).toEqual({ kind: 'refused', message: JOIN_ERROR_MESSAGES['too-large'] });
  });

  it('describes an answer that is not the relay’s JSON by its status', async () => {
    expect(await sendSubmission(relayAnswering(502, 'Bad gateway').api, 't', item)).toEqual({
      kind: 'retry',
      message: 'The laptop answered with an error (502). Try again in a moment.',
    });
  });
});
