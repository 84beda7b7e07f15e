import type { JoinReply, JoinRequest, SubmitRequest } from '../../shared/join/api';
import type { JoinErrorCode, JoinErrorReply } from '../../shared/join/errors';
import { JOIN_PATHS } from '../../shared/join/limits';
import type { DeviceView, Roster } from '../../shared/join/view';

/**
 * The phone's side of the relay's HTTP API. Every refusal comes back as a JoinFailure carrying the
 * relay's own sentence, which the screen shows as it is. The phone does not parse replies with zod:
 * the relay built them from the same contract, and zod's weight stays in the forms' validators.
 */
export class JoinFailure extends Error {
  constructor(
    /** HTTP status; 0 when the laptop could not be reached at all. */
    readonly status: number,
    readonly code: JoinErrorCode | 'offline' | 'unknown',
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    /** From Retry-After, when the relay asks the phone to wait. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'JoinFailure';
  }
}

export const OFFLINE_MESSAGE = 'This phone cannot reach the laptop right now. Check you are on the workshop’s Wi-Fi.';

type Fetch = typeof fetch;

function isErrorReply(value: unknown): value is JoinErrorReply {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

async function failureFrom(response: Response): Promise<JoinFailure> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    /* not JSON: described below */
  }
  if (isErrorReply(body)) return new JoinFailure(response.status, body.error.code, body.error.message, body.error.fields ?? {}, retryAfterMs);
  return new JoinFailure(response.status, 'unknown', `The laptop answered with an error (${response.status}). Try again in a moment.`, {}, retryAfterMs);
}

export interface JoinApi {
  roster(code: string): Promise<Roster>;
  join(request: JoinRequest): Promise<JoinReply>;
  view(token: string): Promise<DeviceView>;
  submit(token: string, request: SubmitRequest): Promise<{ status: 'stored' | 'duplicate' }>;
  /** The delegate's document: a PDF (Electron) or a page to save or print (web mode). */
  pdf(token: string): Promise<{ blob: Blob; fileName: string }>;
}

function fileNameFrom(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through */
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

export function createJoinApi(fetchImpl: Fetch = (...args) => fetch(...args)): JoinApi {
  async function call(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetchImpl(path, { ...init, headers, cache: 'no-store', credentials: 'omit' });
    } catch {
      throw new JoinFailure(0, 'offline', OFFLINE_MESSAGE);
    }
    if (!response.ok) throw await failureFrom(response);
    return response;
  }
  const json = async <T,>(response: Response): Promise<T> => {
    try {
      return (await response.json()) as T;
    } catch {
      throw new JoinFailure(response.status, 'unknown', 'The laptop’s answer was cut off. Try again in a moment.');
    }
  };
  return {
    roster: async (code) => json<Roster>(await call(`${JOIN_PATHS.roster}?code=${encodeURIComponent(code)}`)),
    join: async (request) => json<JoinReply>(await call(JOIN_PATHS.join, { method: 'POST', body: JSON.stringify(request) })),
    view: async (token) => json<DeviceView>(await call(JOIN_PATHS.view, { token })),
    submit: async (token, request) => json(await call(JOIN_PATHS.submit, { method: 'POST', token, body: JSON.stringify(request) })),
    pdf: async (token) => {
      const response = await call(JOIN_PATHS.pdf, { token });
      const type = response.headers.get('Content-Type') ?? '';
      const blob = await response.blob();
      return { blob, fileName: fileNameFrom(response, type.includes('html') ? 'my-workshop-plan.html' : 'my-workshop-plan.pdf') };
    },
  };
}

/** A device that may no longer send anything: it has to join again. */
export function mustRejoin(failure: JoinFailure): boolean {
  return failure.code === 'token-expired' || failure.code === 'device-removed' || failure.code === 'not-signed-in' || failure.status === 401;
}
