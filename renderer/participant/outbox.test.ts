import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Outbox, type KeyValueStore, type OutboxItem, type SendResult } from './outbox';

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

/** A scheduler the test runs by hand: no real time passes. */
function manualScheduler() {
  const queue: Array<{ run: () => void; ms: number; cancelled: boolean }> = [];
  return {
    queue,
    schedule: (run: () => void, ms: number) => {
      const entry = { run, ms, cancelled: false };
      queue.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    runNext() {
      const entry = queue.shift();
      if (entry && !entry.cancelled) entry.run();
    },
  };
}

/** The laptop, as seen by the phone: stores by client id, so a resend is a duplicate. */
function laptop() {
  const stored = new Map<string, unknown>();
  let online = true;
  const sends: string[] = [];
  return {
    stored,
    sends,
    setOnline(value: boolean) {
      online = value;
    },
    send: async (item: OutboxItem<string>): Promise<SendResult> => {
      sends.push(item.clientId);
      if (!online) return { kind: 'retry', message: 'No connection to the laptop' };
      stored.set(item.clientId, item.submission);
      return { kind: 'sent' };
    },
  };
}

let counter = 0;
const ids = () => `id-${++counter}`;

describe('Outbox', () => {
  it('keeps a submission in storage before sending and removes it once stored', async () => {
    const storage = new MemoryStore();
    const server = laptop();
    let seenInStorage = false;
    const outbox = new Outbox<string>({
      storage,
      key: 'k',
      newId: ids,
      send: async (item) => {
        seenInStorage = storage.getItem('k')?.includes(item.clientId) ?? false;
        return server.send(item);
      },
    });
    outbox.add('answer', 'Quiz answer: True');
    await outbox.flush();
    expect(seenInStorage).toBe(true);
    expect(storage.getItem('k')).toBeNull();
    expect(outbox.state()).toMatchObject({ items: [], phase: 'idle', message: null });
    expect([...server.stored.values()]).toEqual(['answer']);
  });

  it('waits with backoff while offline, says what is waiting, and sends once back', async () => {
    const storage = new MemoryStore();
    const server = laptop();
    const timers = manualScheduler();
    server.setOnline(false);
    const outbox = new Outbox<string>({ storage, key: 'k', newId: ids, send: server.send, schedule: timers.schedule, random: () => 0 });
    outbox.add('a', 'Map entry: Freshers fair');
    await outbox.flush();
    expect(outbox.state()).toMatchObject({ phase: 'waiting', message: 'No connection to the laptop' });
    expect(outbox.state().items.map((i) => i.label)).toEqual(['Map entry: Freshers fair']);
    expect(timers.queue.map((t) => t.ms)).toEqual([500]);
    timers.runNext();
    await outbox.flush();
    expect(timers.queue.map((t) => t.ms)).toEqual([1000]);
    server.setOnline(true);
    await outbox.flush(); // the phone came back online: no need to wait for the timer
    expect(outbox.state().items).toEqual([]);
    expect(timers.queue[0]?.cancelled).toBe(true);
    expect(server.stored.size).toBe(1);
  });

  it('honours the laptop asking to wait (rate limit)', async () => {
    const timers = manualScheduler();
    const outbox = new Outbox<string>({
      storage: new MemoryStore(),
      key: 'k',
      send: async () => ({ kind: 'retry', message: 'Too many answers at once', retryAfterMs: 7000 }),
      schedule: timers.schedule,
      random: () => 0,
    });
    outbox.add('a', 'a');
    await outbox.flush();
    expect(timers.queue.map((t) => t.ms)).toEqual([7000]);
  });

  it('survives a reload: a new outbox on the same storage sends what the old one kept, with the same client id', async () => {
    const storage = new MemoryStore();
    const server = laptop();
    server.setOnline(false);
    const first = new Outbox<string>({ storage, key: 'k', newId: ids, send: server.send, schedule: () => () => {} });
    const item = first.add('keep me', 'Action: Survey');
    await first.flush();
    server.setOnline(true);
    const second = new Outbox<string>({ storage, key: 'k', send: server.send });
    expect(second.state().items.map((i) => i.clientId)).toEqual([item.clientId]);
    await second.flush();
    expect([...server.stored.keys()]).toEqual([item.clientId]);
  });

  it('shows a refused submission with its reason, keeps sending the rest, and drops it only when asked', async () => {
    const outbox = new Outbox<string>({
      storage: new MemoryStore(),
      key: 'k',
      newId: ids,
      send: async (item) => (item.submission === 'bad' ? { kind: 'refused', message: 'What it is must be at most 200 characters' } : { kind: 'sent' }),
    });
    const bad = outbox.add('bad', 'Map entry: …');
    outbox.add('good', 'Channel: Radio');
    await outbox.flush();
    await outbox.flush();
    expect(outbox.state().items).toEqual([expect.objectContaining({ clientId: bad.clientId, refused: 'What it is must be at most 200 characters' })]);
    expect(outbox.state().phase).toBe('idle');
    outbox.discard(bad.clientId);
    expect(outbox.state().items).toEqual([]);
  });

  it('does not let a waiting item be discarded', async () => {
    const outbox = new Outbox<string>({ storage: new MemoryStore(), key: 'k', send: async () => ({ kind: 'retry', message: 'x' }), schedule: () => () => {} });
    const item = outbox.add('a', 'a');
    await outbox.flush();
    outbox.discard(item.clientId);
    expect(outbox.state().items).toHaveLength(1);
  });

  it('stops when the phone is no longer allowed, keeps everything, and resumes on request', async () => {
    let allowed = false;
    const storage = new MemoryStore();
    const outbox = new Outbox<string>({
      storage,
      key: 'k',
      send: async () => (allowed ? { kind: 'sent' } : { kind: 'stop', message: 'This phone was removed from the session by the facilitator.' }),
    });
    outbox.add('a', 'a');
    await outbox.flush();
    expect(outbox.state()).toMatchObject({ phase: 'stopped', message: 'This phone was removed from the session by the facilitator.' });
    expect(storage.getItem('k')).not.toBeNull();
    outbox.add('b', 'b');
    await outbox.flush();
    expect(outbox.state().items).toHaveLength(2);
    allowed = true;
    outbox.resume();
    await outbox.flush();
    expect(outbox.state().items).toEqual([]);
  });

  it('never sends the same item twice at once, however many triggers arrive', async () => {
    let release: (r: SendResult) => void = () => {};
    let calls = 0;
    const outbox = new Outbox<string>({
      storage: new MemoryStore(),
      key: 'k',
      send: () => {
        calls += 1;
        return new Promise<SendResult>((r) => (release = r));
      },
    });
    outbox.add('a', 'a');
    const all = [outbox.flush(), outbox.flush(), outbox.flush()];
    release({ kind: 'sent' });
    await Promise.all(all);
    expect(calls).toBe(1);
  });

  it('ignores a damaged stored queue instead of failing to start', () => {
    const storage = new MemoryStore();
    storage.setItem('k', '{not json');
    expect(new Outbox<string>({ storage, key: 'k', send: async () => ({ kind: 'sent' }) }).state().items).toEqual([]);
    storage.setItem('k', JSON.stringify([{ nope: 1 }]));
    expect(new Outbox<string>({ storage, key: 'k', send: async () => ({ kind: 'sent' }) }).state().items).toEqual([]);
  });

  it('property: whatever the outages, reloads and triggers, each submission reaches the laptop once and is never resent after', async () => {
    const step = fc.constantFrom('add', 'flush', 'timer', 'online', 'offline', 'reload');
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const server = laptop();
        const timers = manualScheduler();
        const storage = new MemoryStore();
        const resentAfterStored: string[] = [];
        const send = async (item: OutboxItem<string>) => {
          if (server.stored.has(item.clientId)) resentAfterStored.push(item.clientId);
          return server.send(item);
        };
        let outbox = new Outbox<string>({ storage, key: 'k', send, schedule: timers.schedule });
        let added = 0;
        for (const s of steps) {
          if (s === 'add') outbox.add(`s${added++}`, 'x');
          else if (s === 'flush') await outbox.flush();
          else if (s === 'timer') timers.runNext();
          else if (s === 'online') server.setOnline(true);
          else if (s === 'offline') server.setOnline(false);
          else {
            await outbox.flush();
            // The page unloads: its timers go with it.
            outbox.dispose();
            outbox = new Outbox<string>({ storage, key: 'k', send, schedule: timers.schedule });
          }
        }
        server.setOnline(true);
        await outbox.flush();
        await outbox.flush();
        expect(outbox.state().items).toEqual([]);
        expect(resentAfterStored).toEqual([]);
        expect([...server.stored.values()].sort()).toEqual(Array.from({ length: added }, (_, i) => `s${i}`).sort());
      }),
    );
  });
});
