import { describe, expect, it } from 'vitest';
import type { RelayEvent } from '../../shared/join';
import { createEventStreamParser, createServerJoinRelay } from './join-relay-server';

describe('event stream parser', () => {
  it('joins chunks split anywhere and yields each event’s data once', () => {
    const seen: string[] = [];
    const feed = createEventStreamParser((data) => seen.push(data));
    const text = 'retry: 2000\n\nevent: relay\ndata: {"a":1}\n\n: keep-alive\n\nevent: relay\r\ndata: {"b":2}\r\n\r\n';
    for (const ch of text) feed(ch);
    expect(seen).toEqual(['{"a":1}', '{"b":2}']);
  });
});

describe('web host join relay', () => {
  it('sends commands with the page secret and explains refusals in words', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const fakeFetch = (async (url: URL | RequestInfo, init?: RequestInit) => {
      requests.push({ url: String(url), init });
      if (String(url).endsWith('/start')) return new Response(JSON.stringify({ error: 'Port 80 is already in use on this laptop. Choose another port.' }), { status: 400 });
      return new Response(JSON.stringify({ running: false }), { status: 200 });
    }) as typeof fetch;
    const relay = createServerJoinRelay('f'.repeat(64), 'http://127.0.0.1:47615', fakeFetch);
    expect(await relay.stop()).toEqual({ running: false });
    expect(requests[0]).toMatchObject({ url: 'http://127.0.0.1:47615/api/join/stop', init: { method: 'POST', headers: { 'X-CoCreate-Token': 'f'.repeat(64) } } });
    await expect(relay.start({ address: '127.0.0.1', port: 80 })).rejects.toThrow('Port 80 is already in use');
  });

  it('delivers checked events from the stream and stops reading when the last listener leaves', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const enc = new TextEncoder();
        controller.enqueue(enc.encode('event: relay\ndata: {"type":"status","status":{"running":false}}\n\n'));
        controller.enqueue(enc.encode('event: relay\ndata: {"type":"bogus"}\n\n'));
      },
    });
    const fakeFetch = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch;
    const relay = createServerJoinRelay('f'.repeat(64), 'http://127.0.0.1:47615', fakeFetch);
    const event = await new Promise<RelayEvent>((resolve) => {
      const stop = relay.onEvent((e) => {
        stop();
        resolve(e);
      });
    });
    expect(event).toEqual({ type: 'status', status: { running: false } });
  });
});
