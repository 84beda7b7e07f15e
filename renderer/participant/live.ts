import type { JoinErrorReply } from '../../shared/join/errors';
import { JOIN_EVENT_NAMES } from '../../shared/join/api';
import { JOIN_PATHS } from '../../shared/join/limits';
import type { DeviceView } from '../../shared/join/view';
import { backoffDelay } from './backoff';

/** The part of EventSource the connection uses, so tests can drive it. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'ended';

export interface LiveOptions {
  token: string;
  open: (url: string) => EventSourceLike;
  onView: (view: DeviceView) => void;
  onStatus: (status: LiveStatus) => void;
  /** The relay ended this phone's place (removed, expired, relay stopped): its sentence. */
  onEnded: (message: string, code: string) => void;
  /**
   * Asked after the stream closed for good, before reopening it: EventSource hides the status, so
   * this asks the relay directly. Resolves to the relay's sentence when the phone's place has ended
   * (then no more reconnecting), or null to reconnect.
   */
  probe?: () => Promise<{ message: string; code: string } | null>;
  schedule?: (run: () => void, ms: number) => () => void;
  random?: () => number;
}

const CLOSED = 2;

/**
 * The phase as it changes, by server-sent events. EventSource reconnects by itself after a dropped
 * connection, but gives up for good on an error status or when a locked phone kills the socket; then
 * this reopens it with backoff, and at once when the phone is visible or online again (`wake`).
 */
export class LiveConnection {
  private source: EventSourceLike | null = null;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private stopped = false;
  private readonly schedule: NonNullable<LiveOptions['schedule']>;

  constructor(private readonly options: LiveOptions) {
    this.schedule = options.schedule ?? ((run, ms) => {
      const handle = setTimeout(run, ms);
      return () => clearTimeout(handle);
    });
  }

  start(): void {
    this.stopped = false;
    this.connect('connecting');
  }

  /** The phone woke up or came back online: reconnect now if the stream is down. */
  wake(): void {
    if (this.stopped) return;
    if (this.source && this.source.readyState !== CLOSED) return;
    void this.reconnectUnlessEnded();
  }

  stop(): void {
    this.stopped = true;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.source?.close();
    this.source = null;
  }

  private connect(status: LiveStatus): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.source?.close();
    this.options.onStatus(status);
    const source = this.options.open(`${JOIN_PATHS.events}?token=${encodeURIComponent(this.options.token)}`);
    this.source = source;
    source.onopen = () => {
      this.failures = 0;
      this.options.onStatus('live');
    };
    source.addEventListener(JOIN_EVENT_NAMES.view, (event) => {
      try {
        this.options.onView(JSON.parse(String(event.data)) as DeviceView);
        this.failures = 0;
        this.options.onStatus('live');
      } catch {
        /* a cut-off event: the next one replaces it */
      }
    });
    source.addEventListener(JOIN_EVENT_NAMES.ended, (event) => {
      let reply: JoinErrorReply | null = null;
      try {
        reply = JSON.parse(String(event.data)) as JoinErrorReply;
      } catch {
        /* described below */
      }
      this.end(reply?.error.message ?? 'The laptop ended this phone’s place in the session.', reply?.error.code ?? 'ended');
    });
    source.onerror = () => {
      if (this.source !== source || this.stopped) return;
      this.options.onStatus('reconnecting');
      if (source.readyState !== CLOSED) return; // EventSource is retrying by itself
      this.failures += 1;
      this.cancelRetry = this.schedule(() => {
        this.cancelRetry = null;
        void this.reconnectUnlessEnded();
      }, backoffDelay(this.failures, this.options.random));
    };
  }

  private async reconnectUnlessEnded(): Promise<void> {
    if (this.stopped) return;
    const ended = this.options.probe ? await this.options.probe().catch(() => null) : null;
    if (this.stopped) return;
    if (ended) {
      this.end(ended.message, ended.code);
      return;
    }
    this.connect('reconnecting');
  }

  private end(message: string, code: string): void {
    this.stop();
    this.options.onStatus('ended');
    this.options.onEnded(message, code);
  }
}
