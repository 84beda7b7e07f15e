import { describe, expect, it } from 'vitest';
import { joinError } from '../../shared/join/errors';
import type { DeviceView } from '../../shared/join/view';
import { LiveConnection, type EventSourceLike, type LiveStatus } from './live';

class FakeEventSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  listeners = new Map<string, (event: MessageEvent) => void>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  /** The browser lost the connection; `retrying` false means EventSource gave up (an error status, a killed socket). */
  fail(retrying: boolean) {
    this.readyState = retrying ? 0 : 2;
    this.onerror?.(new Event('error'));
  }
}

function setup(probe?: () => Promise<{ message: string; code: string } | null>) {
  const sources: FakeEventSource[] = [];
  const statuses: LiveStatus[] = [];
  const views: DeviceView[] = [];
  const ended: string[] = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const live = new LiveConnection({
    token: 'tok/en',
    open: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    onView: (view) => views.push(view),
    onStatus: (status) => statuses.push(status),
    onEnded: (message) => ended.push(message),
    ...(probe ? { probe } : {}),
    schedule: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    random: () => 0,
  });
  return { live, sources, statuses, views, ended, timers };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LiveConnection', () => {
  it('opens the events stream with the token in the query and passes each view on', () => {
    const { live, sources, views, statuses } = setup();
    live.start();
    expect(sources[0]!.url).toBe('/join/api/events?token=tok%2Fen');
    sources[0]!.open();
    sources[0]!.emit('view', { sessionTitle: 'A' });
    expect(views).toEqual([{ sessionTitle: 'A' }]);
    expect(statuses.at(-1)).toBe('live');
  });

  it('lets EventSource retry by itself while it can', () => {
    const { live, sources, timers, statuses } = setup();
    live.start();
    sources[0]!.open();
    sources[0]!.fail(true);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(timers).toHaveLength(0);
    expect(sources).toHaveLength(1);
  });

  it('reopens with backoff once EventSource has given up, and at once when the phone wakes', async () => {
    const { live, sources, timers } = setup();
    live.start();
    sources[0]!.fail(false);
    expect(timers.map((t) => t.ms)).toEqual([500]);
    timers[0]!.run();
    await flush();
    expect(sources).toHaveLength(2);
    sources[1]!.fail(false);
    expect(timers.map((t) => t.ms)).toEqual([500, 1000]);
    live.wake();
    await flush();
    expect(sources).toHaveLength(3);
    expect(sources[1]!.closed).toBe(true);
  });

  it('does nothing on wake while the stream is up', () => {
    const { live, sources } = setup();
    live.start();
    sources[0]!.open();
    live.wake();
    expect(sources).toHaveLength(1);
  });

  it('stops for good when the relay ends the place, with its sentence', () => {
    const { live, sources, ended, statuses } = setup();
    live.start();
    sources[0]!.open();
    sources[0]!.emit('ended', joinError('device-removed'));
    expect(ended).toEqual([joinError('device-removed').error.message]);
    expect(statuses.at(-1)).toBe('ended');
    expect(sources[0]!.closed).toBe(true);
    live.wake();
    expect(sources).toHaveLength(1);
  });

  it('asks the relay before reopening, and ends instead when the token has run out', async () => {
    const { live, sources, timers, ended } = setup(async () => ({ message: joinError('token-expired').error.message, code: 'token-expired' }));
    live.start();
    sources[0]!.fail(false);
    timers[0]!.run();
    await flush();
    expect(sources).toHaveLength(1);
    expect(ended).toEqual([joinError('token-expired').error.message]);
  });
});
