/**
 * The relay's state and rules, apart from HTTP: join codes, devices and their tokens, limits,
 * holding submissions until the console acks them, remembering stored client ids. No Electron
 * import, no sockets: the HTTP layer (relay-server.ts) and tests drive it with an injected clock.
 */
import {
  JOIN_LIMITS,
  createRateLimiter,
  createStoredSubmissions,
  cryptoRandomBytes,
  joinError,
  joinRequestSchema,
  newDeviceToken,
  newJoinCode,
  normaliseJoinCode,
  rosterFromSnapshot,
  rotateJoinCode,
  sameJoinCode,
  submitRequestSchema,
  viewForDevice,
  type ConsoleSnapshot,
  type DeviceSummary,
  type DeviceView,
  type JoinAs,
  type JoinErrorReply,
  type JoinReply,
  type PdfReply,
  type RandomBytes,
  type RelayAck,
  type RelayEvent,
  type RelayPdfReply,
  type Roster,
  type SubmitReply,
} from '../../shared/join';

export type JoinLimits = { -readonly [K in keyof typeof JOIN_LIMITS]: number };

export interface RelayCoreOptions {
  now?: () => number;
  random?: RandomBytes;
  limits?: Partial<JoinLimits>;
  /** Everything the console needs to hear about. */
  emit: (event: RelayEvent) => void;
}

/** A reply for the HTTP layer: a status and a JSON body. */
export type CoreReply<T> = { ok: true; body: T } | { ok: false; body: JoinErrorReply };

interface Device {
  deviceId: string;
  token: string;
  as: JoinAs;
  label: string;
  joinedAt: number;
  lastSeenAt: number;
  expiresAt: number;
  stored: number;
  connections: number;
}

/** A phone's live connection: the HTTP layer pushes what the core hands it. */
export interface DeviceStream {
  view(view: DeviceView): void;
  ended(reason: JoinErrorReply): void;
}

interface Waiting<T> {
  promise: Promise<T>;
  settle: (value: T) => void;
}

function waiting<T>(timeoutMs: number, onTimeout: () => T): Waiting<T> {
  let resolvePromise!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    resolvePromise = resolve;
  });
  const timer = setTimeout(() => settle(onTimeout()), timeoutMs);
  const settle = (value: T) => {
    clearTimeout(timer);
    resolvePromise(value);
  };
  // A pending wait must never keep a process (a test, the web server on Ctrl+C) alive.
  (timer as { unref?: () => void }).unref?.();
  return { promise, settle };
}

type Refusal = { ok: false; body: JoinErrorReply };
const fail = (code: Parameters<typeof joinError>[0], message?: string, fields?: Record<string, string>): Refusal => ({
  ok: false,
  body: joinError(code, message, fields),
});

export type PdfOutcome = { ok: true; reply: Exclude<PdfReply, { kind: 'error' }> } | Refusal;

export function createRelayCore(options: RelayCoreOptions) {
  const now = options.now ?? Date.now;
  const random = options.random ?? cryptoRandomBytes;
  const limits: JoinLimits = { ...JOIN_LIMITS, ...options.limits };
  const submitLimiter = createRateLimiter({ max: limits.submitsPerWindow, windowMs: limits.rateWindowMs });
  const requestLimiter = createRateLimiter({ max: limits.requestsPerWindow, windowMs: limits.rateWindowMs });
  const joinLimiter = createRateLimiter({ max: limits.joinsPerWindow, windowMs: limits.joinWindowMs });
  const stored = createStoredSubmissions<SubmitReply>(limits.rememberedClientIdsPerDevice);

  let code = newJoinCode(random);
  let snapshot: ConsoleSnapshot | null = null;
  let ended = false;
  const devices = new Map<string, Device>();
  const byToken = new Map<string, string>();
  /** Tokens of removed devices, so they hear "removed" rather than "not joined". */
  const removedTokens = new Set<string>();
  const streams = new Map<string, Set<DeviceStream>>();
  const pendingSubmits = new Map<string, Waiting<CoreReply<SubmitReply>>>();
  const pendingPdfs = new Map<string, { deviceId: string; wait: Waiting<PdfOutcome> }>();
  let nextPdf = 0;

  const summary = (device: Device): DeviceSummary => ({
    deviceId: device.deviceId,
    as: device.as,
    label: device.label,
    joinedAt: device.joinedAt,
    lastSeenAt: device.lastSeenAt,
    stored: device.stored,
    connected: device.connections > 0,
  });
  const deviceList = (): DeviceSummary[] => [...devices.values()].map(summary);
  const announceDevices = () => options.emit({ type: 'devices', devices: deviceList() });

  const labelFor = (as: JoinAs, snap: ConsoleSnapshot): string | null =>
    as.kind === 'delegate' ? (snap.delegates.find((d) => d.id === as.delegateId)?.name ?? null) : (snap.units.find((u) => u.id === as.unitId)?.name ?? null);

  function endStreams(deviceId: string, reason: JoinErrorReply): void {
    for (const stream of streams.get(deviceId) ?? []) stream.ended(reason);
    streams.delete(deviceId);
  }

  function checkCode(typed: string, from: string): { ok: true; body: null } | Refusal {
    if (ended) return fail('not-found', 'Joining is turned off on the facilitator’s laptop.');
    if (joinLimiter.exhausted(from, now())) return fail('rate-limited');
    const normalised = normaliseJoinCode(typed);
    if (normalised === null || !sameJoinCode(normalised, code)) {
      joinLimiter.take(from, now());
      return fail('wrong-code');
    }
    if (!snapshot) return fail('console-unavailable', 'The facilitator has not opened the session to phones yet. Try again in a moment.');
    return { ok: true, body: null };
  }

  function authenticate(token: string | null): { ok: true; body: Device } | Refusal {
    if (!token) return fail('not-signed-in');
    if (removedTokens.has(token)) return fail('device-removed');
    const deviceId = byToken.get(token);
    const device = deviceId === undefined ? undefined : devices.get(deviceId);
    if (!device) return fail('not-signed-in');
    if (now() >= device.expiresAt) return fail('token-expired');
    if (!requestLimiter.take(device.deviceId, now())) return fail('rate-limited');
    device.lastSeenAt = now();
    return { ok: true, body: device };
  }

  function viewOf(device: Device): { ok: true; body: DeviceView } | Refusal {
    if (!snapshot) return fail('console-unavailable');
    const view = viewForDevice(snapshot, device.as);
    if (!view) return fail('device-removed', 'Your name or table is no longer in this session. Scan the code on the screen to join again.');
    return { ok: true, body: view };
  }

  function removeDevice(deviceId: string): DeviceSummary[] {
    const device = devices.get(deviceId);
    if (device) {
      devices.delete(deviceId);
      byToken.delete(device.token);
      removedTokens.add(device.token);
      stored.forgetDevice(deviceId);
      endStreams(deviceId, joinError('device-removed'));
      for (const [key, pending] of pendingSubmits) {
        if (key.startsWith(`${deviceId} `)) pending.settle(fail('device-removed'));
      }
      announceDevices();
    }
    return deviceList();
  }

  return {
    limits,
    code: () => code,
    published: () => snapshot !== null,
    devices: deviceList,

    rotateCode(): string {
      code = rotateJoinCode(code, random);
      return code;
    },

    roster(typed: string, from: string): CoreReply<Roster> {
      const checked = checkCode(typed, from);
      if (!checked.ok) return checked;
      return { ok: true, body: rosterFromSnapshot(snapshot!) };
    },

    join(body: unknown, from: string): CoreReply<JoinReply> {
      const parsed = joinRequestSchema.safeParse(body);
      if (!parsed.success) return fail('bad-request');
      const checked = checkCode(parsed.data.code, from);
      if (!checked.ok) return checked;
      const label = labelFor(parsed.data.as, snapshot!);
      if (label === null) return fail('not-found', 'That name or table is not in this session. Pick again from the list.');
      if (devices.size >= limits.maxDevices) return fail('full');
      const token = newDeviceToken(random);
      const deviceId = `d-${newDeviceToken(random).slice(0, 16)}`;
      const at = now();
      devices.set(deviceId, { deviceId, token, as: parsed.data.as, label, joinedAt: at, lastSeenAt: at, expiresAt: at + limits.tokenTtlMs, stored: 0, connections: 0 });
      byToken.set(token, deviceId);
      announceDevices();
      return { ok: true, body: { token, deviceId, expiresAt: at + limits.tokenTtlMs } };
    },

    authenticate,

    view(token: string | null): CoreReply<DeviceView> {
      const auth = authenticate(token);
      return auth.ok ? viewOf(auth.body) : auth;
    },

    /** Opens a live stream for a device; returns its first view and a function that closes it. */
    connect(token: string | null, stream: DeviceStream): CoreReply<{ view: DeviceView; close: () => void }> {
      const auth = authenticate(token);
      if (!auth.ok) return auth;
      const view = viewOf(auth.body);
      if (!view.ok) return view;
      const device = auth.body;
      const set = streams.get(device.deviceId) ?? new Set<DeviceStream>();
      set.add(stream);
      streams.set(device.deviceId, set);
      device.connections += 1;
      announceDevices();
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        streams.get(device.deviceId)?.delete(stream);
        device.connections = Math.max(0, device.connections - 1);
        if (devices.has(device.deviceId)) announceDevices();
      };
      return { ok: true, body: { view: view.body, close } };
    },

    async submit(token: string | null, body: unknown): Promise<CoreReply<SubmitReply>> {
      const auth = authenticate(token);
      if (!auth.ok) return auth;
      const device = auth.body;
      if (!submitLimiter.take(device.deviceId, now())) return fail('rate-limited');
      const parsed = submitRequestSchema.safeParse(body);
      if (!parsed.success) return fail('bad-request');
      const { clientId, submission } = parsed.data;
      const done = stored.get(device.deviceId, clientId);
      if (done) return { ok: true, body: { ...done, status: 'duplicate' } };
      const key = `${device.deviceId} ${clientId}`;
      const already = pendingSubmits.get(key);
      // The same submission resent while the console is still storing it: one answer for both.
      if (already) return already.promise;
      const view = viewOf(device);
      if (!view.ok) return view;
      if (view.body.finished) return fail('not-allowed', 'The session has finished; nothing more can be added.');
      if (submission.kind === 'quiz-answer') {
        if (device.as.kind !== 'delegate') return fail('not-allowed', 'Quiz answers are each person’s own: join with your name to answer.');
      } else if (view.body.you.unitId === null) {
        return fail('not-allowed', 'You are not at a table yet. Ask the facilitator to place you at one.');
      }
      const wait = waiting<CoreReply<SubmitReply>>(limits.ackTimeoutMs, () => fail('console-unavailable'));
      pendingSubmits.set(key, wait);
      void wait.promise.then(() => pendingSubmits.delete(key));
      options.emit({ type: 'submission', deviceId: device.deviceId, clientId, submission, device: summary(device) });
      return wait.promise;
    },

    ack({ deviceId, clientId, result }: RelayAck): void {
      const key = `${deviceId} ${clientId}`;
      const pending = pendingSubmits.get(key);
      const device = devices.get(deviceId);
      if (result.status === 'stored') {
        const reply: SubmitReply = { status: 'stored', clientId, ...(result.recordId ? { recordId: result.recordId } : {}) };
        // Remembered even when the phone gave up waiting: its resend then answers "duplicate".
        if (device && !stored.get(deviceId, clientId)) {
          stored.remember(deviceId, clientId, reply);
          device.stored += 1;
          announceDevices();
        }
        pending?.settle({ ok: true, body: reply });
      } else {
        pending?.settle(fail('rejected', result.message, result.fields));
      }
    },

    publish(next: ConsoleSnapshot): void {
      snapshot = next;
      for (const [deviceId, set] of streams) {
        const device = devices.get(deviceId);
        if (!device) continue;
        // A phone kept awake past its token's end hears so at the next change, not only at its next request.
        const view = now() >= device.expiresAt ? fail('token-expired') : viewOf(device);
        for (const stream of [...set]) {
          if (view.ok) stream.view(view.body);
          else stream.ended(view.body);
        }
        if (!view.ok) streams.delete(deviceId);
      }
    },

    removeDevice,

    async pdf(token: string | null): Promise<PdfOutcome> {
      const auth = authenticate(token);
      if (!auth.ok) return auth;
      const device = auth.body;
      const view = viewOf(device);
      if (!view.ok) return view;
      if (device.as.kind !== 'delegate') return fail('not-allowed', 'A table’s phone has no PDF of its own: each person downloads theirs.');
      if (!view.body.canDownloadPdf) return fail('not-allowed', 'Your PDF is not ready yet. Try again at the end of the session.');
      nextPdf += 1;
      const requestId = `pdf-${nextPdf}-${newDeviceToken(random).slice(0, 8)}`;
      const wait = waiting<PdfOutcome>(limits.pdfTimeoutMs, () => fail('console-unavailable', 'The laptop took too long to make your PDF. Try again.'));
      pendingPdfs.set(requestId, { deviceId: device.deviceId, wait });
      void wait.promise.then(() => pendingPdfs.delete(requestId));
      options.emit({ type: 'pdf-request', requestId, deviceId: device.deviceId, delegateId: device.as.delegateId });
      return wait.promise;
    },

    pdfReply({ requestId, reply }: RelayPdfReply): void {
      const pending = pendingPdfs.get(requestId);
      if (!pending) return;
      if (reply.kind === 'error') pending.wait.settle(fail('console-unavailable', reply.message));
      else pending.wait.settle({ ok: true, reply });
    },

    /** Fails every pending request of a PDF with `message` (e.g. the laptop could not print it). */
    failPdf(requestId: string, message: string): void {
      pendingPdfs.get(requestId)?.wait.settle(fail('console-unavailable', message));
    },

    /** Ends everything: tokens, streams, waits. A stopped relay's core is not used again. */
    end(): void {
      ended = true;
      for (const deviceId of [...streams.keys()]) endStreams(deviceId, joinError('not-found', 'The facilitator turned joining off.'));
      for (const pending of pendingSubmits.values()) pending.settle(fail('console-unavailable'));
      for (const pending of pendingPdfs.values()) pending.wait.settle(fail('console-unavailable'));
      devices.clear();
      byToken.clear();
    },
  };
}

export type RelayCore = ReturnType<typeof createRelayCore>;
