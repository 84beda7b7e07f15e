import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_PATHS, type RelayEvent, type Submission } from '../../shared/join';
import { JOIN_DELEGATE_A, JOIN_TABLE_B, joinSnapshotFixture } from '../../shared/test-support/join-fixtures';
import { uuid } from '../../shared/test-support/work-fixtures';
import { emptyMapEntryInput } from '../../shared/work/map-entry-input';
import { createJoinRelay, type JoinRelay, type JoinRelayOptions } from './join-relay';
import { listJoinInterfaces } from './interfaces';

const LOOPBACK = [{ name: 'lo', address: '127.0.0.1', internal: true }];
const quiz: Submission = { kind: 'quiz-answer', statementId: 'st-1', round: 'before', answer: 'unsure' };

let relays: JoinRelay[] = [];
afterEach(async () => {
  await Promise.all(relays.map((r) => r.stop()));
  relays = [];
});

/** A relay on loopback with a console that stores everything (or answers with `answer`) and records what it saw. */
async function startRelay(extra: Partial<JoinRelayOptions> = {}, answer?: (event: Extract<RelayEvent, { type: 'submission' }>) => void) {
  const relay = createJoinRelay({ staticRoot: null, interfaces: () => LOOPBACK, ...extra });
  relays.push(relay);
  const seen: Extract<RelayEvent, { type: 'submission' }>[] = [];
  relay.onEvent((event) => {
    if (event.type !== 'submission') return;
    seen.push(event);
    if (answer) answer(event);
    else relay.ack({ deviceId: event.deviceId, clientId: event.clientId, result: { status: 'stored', recordId: uuid(seen.length) } });
  });
  relay.publish(joinSnapshotFixture());
  const status = await relay.start({ address: '127.0.0.1', port: 0 });
  if (!status.running) throw new Error('relay did not start');
  const base = `http://127.0.0.1:${status.port}`;
  const post = (path: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const join = async (as: unknown = { kind: 'delegate', delegateId: JOIN_DELEGATE_A }) => {
    const res = await post(JOIN_PATHS.join, { code: status.code.toLowerCase(), as });
    expect(res.status).toBe(200);
    return (await res.json()) as { token: string; deviceId: string };
  };
  return { relay, status, base, post, get, join, seen };
}

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}

describe('join relay over loopback HTTP', () => {
  it('joins with the code, shows the device its own view, stores a submission once and answers a resend as duplicate', async () => {
    const { post, get, join, seen } = await startRelay();
    const { token, deviceId } = await join();
    const view = (await (await get(JOIN_PATHS.view, token)).json()) as { you: { name: string }; table: { entries: { what: string }[] } };
    expect(view.you.name).toBe('Sam Patel');
    expect(JSON.stringify(view)).not.toContain('Table 2 entry');

    const first = await post(JOIN_PATHS.submit, { clientId: 'client-0001', submission: quiz }, token);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: 'stored', clientId: 'client-0001', recordId: uuid(1) });
    const again = await post(JOIN_PATHS.submit, { clientId: 'client-0001', submission: quiz }, token);
    expect(await again.json()).toMatchObject({ status: 'duplicate', clientId: 'client-0001' });
    expect(seen.map((s) => [s.deviceId, s.clientId])).toEqual([[deviceId, 'client-0001']]);
  });

  it('refuses a wrong code with a plain message and lets nobody in', async () => {
    const { post, get, seen, relay } = await startRelay();
    const res = await post(JOIN_PATHS.join, { code: 'ZZZZZZ', as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } });
    expect(await errorOf(res)).toMatchObject({ status: 404, code: 'wrong-code', message: expect.stringContaining('not right') });
    expect((await get(`${JOIN_PATHS.roster}?code=ZZZZZZ`)).status).toBe(404);
    expect(relay.status()).toMatchObject({ running: true });
    expect(seen).toEqual([]);
  });

  it('lists names only after the right code, and a rotated code stops new joins but keeps joined phones', async () => {
    const { relay, get, post, join, status } = await startRelay();
    const roster = (await (await get(`${JOIN_PATHS.roster}?code=${status.running ? status.code : ''}`)).json()) as { delegates: unknown[] };
    expect(roster.delegates).toHaveLength(3);
    const { token } = await join();
    const rotated = relay.rotateCode();
    expect(rotated.running && rotated.code).not.toBe(status.running && status.code);
    const old = await post(JOIN_PATHS.join, { code: status.running ? status.code : '', as: { kind: 'table', unitId: JOIN_TABLE_B } });
    expect((await errorOf(old)).code).toBe('wrong-code');
    expect((await get(JOIN_PATHS.view, token)).status).toBe(200);
  });

  it('refuses a removed device from then on', async () => {
    const { relay, post, get, join, seen } = await startRelay();
    const { token, deviceId } = await join();
    expect(relay.removeDevice(deviceId)).toEqual([]);
    expect(await errorOf(await get(JOIN_PATHS.view, token))).toMatchObject({ status: 403, code: 'device-removed' });
    expect((await errorOf(await post(JOIN_PATHS.submit, { clientId: 'client-0002', submission: quiz }, token))).status).toBe(403);
    expect(seen).toEqual([]);
  });

  it('refuses an expired token (the clock is the test’s)', async () => {
    let clock = 1_000_000;
    const { get, join } = await startRelay({ now: () => clock, limits: { tokenTtlMs: 60_000 } });
    const { token } = await join();
    expect((await get(JOIN_PATHS.view, token)).status).toBe(200);
    clock += 60_000;
    expect(await errorOf(await get(JOIN_PATHS.view, token))).toMatchObject({ status: 401, code: 'token-expired' });
    expect(await errorOf(await get(JOIN_PATHS.view))).toMatchObject({ status: 401, code: 'not-signed-in' });
    expect(await errorOf(await get(JOIN_PATHS.view, 'x'.repeat(32)))).toMatchObject({ status: 401, code: 'not-signed-in' });
  });

  it('refuses an oversized body before the console sees anything', async () => {
    const { post, join, seen } = await startRelay();
    const { token } = await join();
    const huge = { clientId: 'client-0003', submission: { kind: 'map-entry', input: emptyMapEntryInput({ note: 'x'.repeat(20_000) }) } };
    expect(await errorOf(await post(JOIN_PATHS.submit, huge, token))).toMatchObject({ status: 413, code: 'too-large' });
    expect(seen).toEqual([]);
  });

  it('refuses a burst of submissions with 429 and stores only those inside the limit', async () => {
    const { post, join, seen } = await startRelay({ limits: { submitsPerWindow: 3, rateWindowMs: 3_600_000 } });
    const { token } = await join();
    const replies = [];
    for (let i = 0; i < 5; i += 1) replies.push(await post(JOIN_PATHS.submit, { clientId: `burst-000${i}`, submission: quiz }, token));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    expect(replies[3]!.headers.get('retry-after')).toBe('10');
    expect((await errorOf(replies[4]!)).message).toContain('Wait a few seconds');
    expect(seen.map((s) => s.clientId)).toEqual(['burst-0000', 'burst-0001', 'burst-0002']);
  });

  it('forwards a resend that arrives while the console is still storing as one submission', async () => {
    let release: () => void = () => undefined;
    const { relay, post, join, seen } = await startRelay({}, (event) => {
      release = () => relay.ack({ deviceId: event.deviceId, clientId: event.clientId, result: { status: 'stored' } });
    });
    const { token } = await join();
    const first = post(JOIN_PATHS.submit, { clientId: 'client-0004', submission: quiz }, token);
    await expect.poll(() => seen.length).toBe(1);
    const second = post(JOIN_PATHS.submit, { clientId: 'client-0004', submission: quiz }, token);
    release();
    // The resend reaches the relay before or after the ack; either way the console hears of it once.
    const answers = await Promise.all([first, second].map(async (r) => ((await (await r).json()) as { status: string }).status));
    expect(answers[0]).toBe('stored');
    expect(['stored', 'duplicate']).toContain(answers[1]);
    expect(seen).toHaveLength(1);
  });

  it('passes the console’s refusal through with its field messages, and keeps nothing', async () => {
    const { relay, post, join } = await startRelay({}, (event) =>
      relay.ack({ deviceId: event.deviceId, clientId: event.clientId, result: { status: 'rejected', message: 'Check the entry.', fields: { what: 'What it is is required' } } }),
    );
    const { token } = await join();
    const entry = { kind: 'map-entry', input: emptyMapEntryInput() };
    const res = await post(JOIN_PATHS.submit, { clientId: 'client-0005', submission: entry }, token);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'rejected', message: 'Check the entry.', fields: { what: 'What it is is required' } } });
  });

  it('lets only a delegate answer the quiz, and only someone at a table add work', async () => {
    const { post, join, seen } = await startRelay();
    const table = await join({ kind: 'table', unitId: JOIN_TABLE_B });
    expect(await errorOf(await post(JOIN_PATHS.submit, { clientId: 'client-0006', submission: quiz }, table.token))).toMatchObject({ status: 403, code: 'not-allowed' });
    const unplaced = await join({ kind: 'delegate', delegateId: uuid(203) });
    const entry = { kind: 'map-entry', input: emptyMapEntryInput() };
    expect((await errorOf(await post(JOIN_PATHS.submit, { clientId: 'client-0007', submission: entry }, unplaced.token))).message).toContain('not at a table');
    expect(seen).toEqual([]);
  });

  it('keeps CORS closed: no allow-origin, preflight refused, foreign origins and form posts refused', async () => {
    const { base, post, get, join } = await startRelay();
    const preflight = await fetch(`${base}${JOIN_PATHS.submit}`, { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${base}${JOIN_PATHS.submit}`, { method: 'OPTIONS' })).status).toBe(405);
    const foreign = await post(JOIN_PATHS.join, { code: 'X', as: {} }, undefined, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${base}${JOIN_PATHS.join}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const { token } = await join();
    const own = await fetch(`${base}${JOIN_PATHS.view}`, { headers: { Authorization: `Bearer ${token}`, Origin: base } });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
    expect((await get(JOIN_PATHS.view, token)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers and a CSP without inline script on every answer', async () => {
    const { get } = await startRelay();
    for (const res of [await get(JOIN_PATHS.view), await get('/nothing-here')]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers only to its own address in the Host header (DNS rebinding)', async () => {
    const { status } = await startRelay();
    const port = status.running ? status.port : 0;
    const code = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: JOIN_PATHS.view, headers: { Host: `rebind.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(code).toBe(421);
  });

  it('pushes each new view to a connected phone over server-sent events, and ends the stream when the phone is removed', async () => {
    const { relay, base, join } = await startRelay();
    const { token, deviceId } = await join();
    const res = await fetch(`${base}${JOIN_PATHS.events}?token=${token}`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let buffer = '';
    const nextEvent = async (): Promise<{ event: string; data: string }> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: ?(.*)$/m.exec(block)?.[1];
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (event && data) return { event, data };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += new TextDecoder().decode(value);
      }
    };
    const first = await nextEvent();
    expect(first.event).toBe('view');
    expect(JSON.parse(first.data).phase.kind).toBe('quiz');
    relay.publish(joinSnapshotFixture({ phase: { id: 'map', kind: 'mapping', title: 'Map', prompt: '' }, quiz: null }));
    const second = await nextEvent();
    expect(JSON.parse(second.data).phase.kind).toBe('mapping');
    relay.removeDevice(deviceId);
    const ended = await nextEvent();
    expect(ended.event).toBe('ended');
    expect(JSON.parse(ended.data).error.code).toBe('device-removed');
  });

  it('serves the participant page at /j/<CODE> and its assets, nothing outside the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'relay-static-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'join.html'), '<!doctype html><script type="module" src="./assets/join.js"></script>');
    await writeFile(join(root, 'assets', 'join.js'), 'console.log(1)');
    await writeFile(join(root, 'index.html'), 'console app');
    const { get, status } = await startRelay({ staticRoot: root });
    const page = await get(`/j/${status.running ? status.code : ''}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('assets/join.js');
    expect(await (await get('/j/assets/join.js')).text()).toBe('console.log(1)');
    expect((await get('/assets/join.js')).status).toBe(200);
    expect((await get('/j/assets/..%2f..%2findex.html')).status).toBe(404);
    expect((await get('/index.html')).status).toBe(404);
    expect((await get('/')).status).toBe(404);
    expect((await get('/favicon.ico')).status).toBe(204);
  });

  it('binds only to an offered address, and stopping ends every token', async () => {
    const relay = createJoinRelay({ staticRoot: null, interfaces: () => LOOPBACK });
    relays.push(relay);
    await expect(relay.start({ address: '0.0.0.0', port: 0 })).rejects.toThrow(/not one of this laptop's networks/);
    const { get, join, relay: running, status } = await startRelay();
    // Listening on 127.0.0.1 only: another address of this machine (127.0.0.2 is loopback too on Linux) gets no answer.
    await expect(fetch(`http://127.0.0.2:${status.running ? status.port : 0}${JOIN_PATHS.view}`)).rejects.toThrow();
    const { token } = await join();
    await running.stop();
    await expect(get(JOIN_PATHS.view, token)).rejects.toThrow();
    expect(running.status()).toEqual({ running: false });
  });

  it('hands a PDF request to the console and the page it answers with to the phone', async () => {
    const { relay, get, join } = await startRelay();
    relay.onEvent((event) => {
      if (event.type === 'pdf-request') relay.pdfReply({ requestId: event.requestId, reply: { kind: 'html', html: `<p>PDF of ${event.delegateId}</p>`, fileName: 'Sam Patel.html' } });
    });
    const { token } = await join();
    const res = await get(JOIN_PATHS.pdf, token);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(`<p>PDF of ${JOIN_DELEGATE_A}</p>`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const table = await join({ kind: 'table', unitId: JOIN_TABLE_B });
    expect((await get(JOIN_PATHS.pdf, table.token)).status).toBe(403);
  });
});

describe('listJoinInterfaces', () => {
  it('offers IPv4 addresses, networks first and loopback last, never link-local', () => {
    const found = listJoinInterfaces(() => ({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
      wlan0: [
        { address: '192.168.4.2', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
        { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
      ],
      eth1: [{ address: '169.254.3.3', family: 'IPv4', internal: false, netmask: '255.255.0.0', mac: '', cidr: null }],
    }));
    expect(found).toEqual([
      { name: 'wlan0', address: '192.168.4.2', internal: false },
      { name: 'lo', address: '127.0.0.1', internal: true },
    ]);
  });
});
