import {
  deviceSummarySchema,
  joinInterfaceSchema,
  relayEventSchema,
  relayStatusSchema,
  type RelayEvent,
} from '../../shared/join';
import { z } from 'zod';
import type { JoinRelayHost } from './host';

/** Seconds between attempts to reopen the relay's event stream after the server went away. */
const RECONNECT_MS = 2_000;

interface Parse<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** Splits a text/event-stream into the `data` of each event (the relay sends one line of JSON each). */
export function createEventStreamParser(onData: (data: string) => void) {
  let buffer = '';
  return (chunk: string) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (data) onData(data);
    }
  };
}

/**
 * The join relay of the web-mode server (build/web-join-api.ts), reached with the page's secret in
 * a header. Events come over a fetch stream rather than EventSource, which cannot send the header.
 */
export function createServerJoinRelay(token: string, origin: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): JoinRelayHost {
  const headers = { 'X-CoCreate-Token': token };
  const call = async <T>(path: string, schema: Parse<T>, body?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetchImpl(new URL(`/api/join/${path}`, origin), {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new Error('The Co-Create Studio server is not running, so phones cannot join. Start it again (npm run web) and reload this page.');
    }
    const answer = (await res.json().catch(() => undefined)) as unknown;
    if (!res.ok) {
      const reason = (answer as { error?: unknown } | undefined)?.error;
      throw new Error(typeof reason === 'string' ? reason : `The relay refused (the server answered ${res.status}).`);
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) throw new Error('The relay gave an answer this app does not understand. Restart the Co-Create Studio server and reload the page.');
    return parsed.data;
  };
  const done = z.object({ ok: z.literal(true) });
  const listeners = new Set<(event: RelayEvent) => void>();
  let stream: AbortController | null = null;

  async function follow(controller: AbortController): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        const res = await fetchImpl(new URL('/api/join/events', origin), { headers, signal: controller.signal });
        if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        const parse = createEventStreamParser((data) => {
          let raw: unknown;
          try {
            raw = JSON.parse(data);
          } catch {
            return;
          }
          const parsed = relayEventSchema.safeParse(raw);
          if (parsed.success) for (const listener of [...listeners]) listener(parsed.data);
        });
        for (;;) {
          const { value, done: finished } = await reader.read();
          if (finished) break;
          parse(value);
        }
      } catch {
        // The server restarted or the page lost it: try again shortly, until nobody listens.
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  }

  return {
    listInterfaces: () => call('interfaces', z.array(joinInterfaceSchema)),
    status: () => call('status', relayStatusSchema),
    start: (options) => call('start', relayStatusSchema, options),
    stop: () => call('stop', relayStatusSchema, {}),
    rotateCode: () => call('rotateCode', relayStatusSchema, {}),
    publish: async (snapshot) => void (await call('publish', done, snapshot)),
    ack: async (ack) => void (await call('ack', done, ack)),
    removeDevice: (deviceId) => call('removeDevice', z.array(deviceSummarySchema), { deviceId }),
    pdfReply: async (reply) => void (await call('pdfReply', done, reply)),
    onEvent(listener) {
      listeners.add(listener);
      if (!stream) {
        stream = new AbortController();
        void follow(stream);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}
