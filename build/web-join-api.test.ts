import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_PATHS, type RelayEvent, type RelayStatus } from '../shared/join';
import { JOIN_DELEGATE_A, joinSnapshotFixture } from '../shared/test-support/join-fixtures';
import { createJoinRelay } from '../electron/join-relay/join-relay';
import { createWebJoinApi } from './web-join-api';

const TOKEN = 'a'.repeat(64);
const HEADER = 'x-cocreate-token';
let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** The web server's console channel alone, on loopback, as serve-web mounts it. */
async function consoleChannel() {
  const relay = createJoinRelay({ staticRoot: null, interfaces: () => [{ name: 'lo', address: '127.0.0.1', internal: true }] });
  let origin = '';
  const api = createWebJoinApi({ token: TOKEN, tokenHeader: HEADER, origins: () => [origin], staticRoot: null, relay });
  const server: Server = createServer((req, res) => {
    void api.handle(req, res, (req.url ?? '/').split('?')[0]!).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup.push(async () => {
    await api.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const call = (path: string, body?: unknown) =>
    fetch(`${origin}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { [HEADER]: TOKEN, Origin: origin, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { origin, call };
}

/** Reads the console's event stream as the web Host does (fetch, since EventSource cannot send the secret header). */
async function openEvents(origin: string) {
  const res = await fetch(`${origin}/api/join/events`, { headers: { [HEADER]: TOKEN } });
  const reader = res.body!.getReader();
  let buffer = '';
  return async function next(type: RelayEvent['type']): Promise<RelayEvent> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (data) {
          const event = JSON.parse(data) as RelayEvent;
          if (event.type === type) return event;
        }
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('event stream ended');
      buffer += new TextDecoder().decode(value);
    }
  };
}

describe('web-mode console channel for the join relay', () => {
  it('refuses callers without the page secret or from another origin', async () => {
    const { origin } = await consoleChannel();
    expect((await fetch(`${origin}/api/join/status`)).status).toBe(403);
    const foreign = await fetch(`${origin}/api/join/stop`, { method: 'POST', headers: { [HEADER]: TOKEN, Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('runs a phone submission through to the console and its ack back to the phone', async () => {
    const { origin, call } = await consoleChannel();
    expect(await (await call('/api/join/interfaces')).json()).toEqual([{ name: 'lo', address: '127.0.0.1', internal: true }]);
    const next = await openEvents(origin);
    expect(await next('status')).toEqual({ type: 'status', status: { running: false } });
    expect((await call('/api/join/publish', joinSnapshotFixture())).status).toBe(200);
    const status = (await (await call('/api/join/start', { address: '127.0.0.1', port: 0 })).json()) as Extract<RelayStatus, { running: true }>;
    expect(status).toMatchObject({ running: true, address: '127.0.0.1', published: true });
    expect(status.url).toBe(`http://127.0.0.1:${status.port}/j/${status.code}`);

    const phone = `http://127.0.0.1:${status.port}`;
    const joined = (await (
      await fetch(`${phone}${JOIN_PATHS.join}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: status.code, as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }) })
    ).json()) as { token: string; deviceId: string };
    const devices = await next('devices');
    expect(devices).toMatchObject({ devices: [{ deviceId: joined.deviceId, label: 'Sam Patel' }] });

    const submit = fetch(`${phone}${JOIN_PATHS.submit}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${joined.token}` },
      body: JSON.stringify({ clientId: 'web-00001', submission: { kind: 'quiz-answer', statementId: 'st-1', round: 'before', answer: 'false' } }),
    });
    const submission = await next('submission');
    expect(submission).toMatchObject({ deviceId: joined.deviceId, clientId: 'web-00001', submission: { answer: 'false' } });
    expect((await call('/api/join/ack', { deviceId: joined.deviceId, clientId: 'web-00001', result: { status: 'stored' } })).status).toBe(200);
    expect(await (await submit).json()).toEqual({ status: 'stored', clientId: 'web-00001' });

    expect(await (await call('/api/join/removeDevice', { deviceId: joined.deviceId })).json()).toEqual([]);
    expect(await (await call('/api/join/stop', {})).json()).toEqual({ running: false });
  });

  it('explains a bad command in words', async () => {
    const { call } = await consoleChannel();
    const res = await call('/api/join/start', { address: '127.0.0.1', port: 99999 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/port/);
    const elsewhere = await call('/api/join/start', { address: '10.9.9.9', port: 0 });
    expect(((await elsewhere.json()) as { error: string }).error).toContain("not one of this laptop's networks");
  });
});
