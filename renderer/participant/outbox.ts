import { backoffDelay } from './backoff';
import { newClientId } from './client-id';

/** One submission waiting on this phone. Kept in localStorage until the laptop has stored it. */
export interface OutboxItem<S> {
  clientId: string;
  submission: S;
  /** Plain words for "what is waiting", e.g. "Quiz answer: True". */
  label: string;
  queuedAt: number;
  attempts: number;
  /** Set when the laptop refused it for good (e.g. a field too long): shown with its reason, never resent. */
  refused: string | null;
}

/**
 * What one send attempt came to. `sent`: stored or already stored (a resend). `retry`: the network or
 * the laptop was not there, try later. `refused`: this submission will never be accepted. `stop`: this
 * phone may not send any more (removed, token expired): keep everything and stop trying.
 */
export type SendResult =
  | { kind: 'sent' }
  | { kind: 'retry'; message: string; retryAfterMs?: number }
  | { kind: 'refused'; message: string }
  | { kind: 'stop'; message: string };

export interface OutboxState<S> {
  items: ReadonlyArray<OutboxItem<S>>;
  /** idle: nothing to do; sending; waiting: a retry is scheduled; stopped: see `message`. */
  phase: 'idle' | 'sending' | 'waiting' | 'stopped';
  /** The last problem in plain words (from the relay as it said it), or null. */
  message: string | null;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxOptions<S> {
  storage: KeyValueStore;
  key: string;
  send: (item: OutboxItem<S>) => Promise<SendResult>;
  /** Runs `run` after `ms`; returns a cancel function. */
  schedule?: (run: () => void, ms: number) => () => void;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
}

const defaultSchedule = (run: () => void, ms: number): (() => void) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

function isItem(value: unknown): value is OutboxItem<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.clientId === 'string' && typeof v.label === 'string' && typeof v.attempts === 'number' && 'submission' in v;
}

/**
 * The phone's offline queue. Every submission is written to storage before the first attempt and
 * removed only once the laptop has answered stored/duplicate, so a locked phone, a dropped network or
 * a reload never loses one; the client id goes with every resend, so the laptop never stores it twice.
 * Sends one at a time, oldest first, so two triggers at once (online + visible) never race.
 */
export class Outbox<S> {
  private items: Array<OutboxItem<S>>;
  private phase: OutboxState<S>['phase'] = 'idle';
  private message: string | null = null;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<(state: OutboxState<S>) => void>();
  private readonly schedule: NonNullable<OutboxOptions<S>['schedule']>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly newId: () => string;

  constructor(private readonly options: OutboxOptions<S>) {
    this.schedule = options.schedule ?? defaultSchedule;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.newId = options.newId ?? (() => newClientId());
    this.items = this.load();
  }

  state(): OutboxState<S> {
    return { items: [...this.items], phase: this.phase, message: this.message };
  }

  subscribe(listener: (state: OutboxState<S>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a submission (kept on the phone at once) and starts sending. */
  add(submission: S, label: string): OutboxItem<S> {
    const item: OutboxItem<S> = { clientId: this.newId(), submission, label, queuedAt: this.now(), attempts: 0, refused: null };
    this.items.push(item);
    this.save();
    this.emit();
    void this.flush();
    return item;
  }

  /** Drops a refused item after the person has read why. Items still waiting cannot be dropped by mistake. */
  discard(clientId: string): void {
    const before = this.items.length;
    this.items = this.items.filter((i) => !(i.clientId === clientId && i.refused !== null));
    if (this.items.length !== before) {
      this.save();
      this.emit();
    }
  }

  /** Lets a stopped outbox try again (after rejoining). */
  resume(): void {
    if (this.phase === 'stopped') {
      this.phase = 'idle';
      this.message = null;
    }
    void this.flush();
  }

  /**
   * Stops retrying: the screen that owned this outbox is gone (rejoined as someone else, or the
   * page unloaded). What waits stays stored for the next outbox on the same key.
   */
  dispose(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
  }

  /** Sends everything waiting, now (reconnect, phone visible again, or a new item). */
  flush(): Promise<void> {
    if (this.phase === 'stopped') return Promise.resolve();
    if (this.running) return this.running;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private pending(): OutboxItem<S> | undefined {
    return this.items.find((i) => i.refused === null);
  }

  private async drain(): Promise<void> {
    for (let item = this.pending(); item; item = this.pending()) {
      this.phase = 'sending';
      this.emit();
      item.attempts += 1;
      let result: SendResult;
      try {
        result = await this.options.send(item);
      } catch (error) {
        result = { kind: 'retry', message: error instanceof Error ? error.message : String(error) };
      }
      if (result.kind === 'sent') {
        this.failures = 0;
        this.message = null;
        this.items = this.items.filter((i) => i.clientId !== item!.clientId);
        this.save();
      } else if (result.kind === 'refused') {
        item.refused = result.message;
        this.save();
      } else if (result.kind === 'stop') {
        this.save();
        this.phase = 'stopped';
        this.message = result.message;
        this.emit();
        return;
      } else {
        this.save();
        this.failures += 1;
        this.phase = 'waiting';
        this.message = result.message;
        const delay = Math.max(result.retryAfterMs ?? 0, backoffDelay(this.failures, this.random));
        this.cancelRetry = this.schedule(() => {
          this.cancelRetry = null;
          void this.flush();
        }, delay);
        this.emit();
        return;
      }
    }
    this.phase = 'idle';
    this.emit();
  }

  private load(): Array<OutboxItem<S>> {
    const raw = this.options.storage.getItem(this.options.key);
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed.filter(isItem) as Array<OutboxItem<S>>) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.items.length === 0) this.options.storage.removeItem(this.options.key);
      else this.options.storage.setItem(this.options.key, JSON.stringify(this.items));
    } catch {
      // Storage full or blocked (private mode): the items stay in memory and are still sent; say so.
      this.message = 'This phone cannot keep unsent answers if the page is closed: keep it open until they are sent.';
    }
  }

  private emit(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}
