/**
 * The relay as the console drives it, in the Electron main process and in the web-mode server
 * alike: start on one chosen address, stop, rotate the code, publish, ack, remove, PDF replies.
 * No Electron import: main.ts and build/web-data-api.ts each wire it to their console channel.
 */
import {
  joinUrl,
  relayStartSchema,
  type ConsoleSnapshot,
  type DeviceSummary,
  type JoinInterface,
  type RandomBytes,
  type RelayAck,
  type RelayEvent,
  type RelayPdfReply,
  type RelayStart,
  type RelayStatus,
} from '../../shared/join';
import { isOfferedAddress, listJoinInterfaces } from './interfaces';
import { createRelayCore, type JoinLimits, type RelayCore } from './relay-core';
import { startRelayServer, type RunningRelayServer } from './relay-server';

export interface JoinRelayOptions {
  /** The built renderer folder with join.html; null serves the API only (unit tests). */
  staticRoot: string | null;
  renderPdf?: (route: string) => Promise<Uint8Array>;
  now?: () => number;
  random?: RandomBytes;
  limits?: Partial<JoinLimits>;
  interfaces?: () => JoinInterface[];
}

export interface JoinRelay {
  listInterfaces(): JoinInterface[];
  status(): RelayStatus;
  start(options: RelayStart): Promise<RelayStatus>;
  stop(): Promise<RelayStatus>;
  rotateCode(): RelayStatus;
  publish(snapshot: ConsoleSnapshot): void;
  ack(ack: RelayAck): void;
  removeDevice(deviceId: string): DeviceSummary[];
  pdfReply(reply: RelayPdfReply): void;
  onEvent(listener: (event: RelayEvent) => void): () => void;
}

export function createJoinRelay(options: JoinRelayOptions): JoinRelay {
  const listeners = new Set<(event: RelayEvent) => void>();
  const emit = (event: RelayEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const interfaces = options.interfaces ?? (() => listJoinInterfaces());
  let running: { core: RelayCore; server: RunningRelayServer; startedAt: number } | null = null;
  let starting: Promise<RelayStatus> | null = null;
  let latest: ConsoleSnapshot | null = null;

  const status = (): RelayStatus => {
    if (!running) return { running: false };
    const { core, server, startedAt } = running;
    return {
      running: true,
      address: server.address,
      port: server.port,
      code: core.code(),
      url: joinUrl(server.address, server.port, core.code()),
      startedAt,
      published: core.published(),
    };
  };
  const announce = () => {
    const current = status();
    emit({ type: 'status', status: current });
    return current;
  };

  async function stop(): Promise<RelayStatus> {
    if (starting) await starting.catch(() => undefined);
    const was = running;
    running = null;
    if (was) {
      was.core.end();
      await was.server.close();
      emit({ type: 'devices', devices: [] });
    }
    return announce();
  }

  return {
    listInterfaces: interfaces,
    status,
    async start(request) {
      const { address, port } = relayStartSchema.parse(request);
      if (!isOfferedAddress(address, interfaces())) {
        throw new Error(`The address ${address} is not one of this laptop's networks. Choose a network from the list.`);
      }
      await stop();
      const core = createRelayCore({ emit, now: options.now, random: options.random, limits: options.limits });
      if (latest) core.publish(latest);
      starting = startRelayServer({ core, address, port, staticRoot: options.staticRoot, renderPdf: options.renderPdf }).then((server) => {
        running = { core, server, startedAt: (options.now ?? Date.now)() };
        return announce();
      });
      try {
        return await starting;
      } finally {
        starting = null;
      }
    },
    stop,
    rotateCode() {
      running?.core.rotateCode();
      return announce();
    },
    publish(snapshot) {
      const first = running !== null && !running.core.published();
      latest = snapshot;
      running?.core.publish(snapshot);
      if (first) announce();
    },
    ack(ack) {
      running?.core.ack(ack);
    },
    removeDevice(deviceId) {
      return running ? running.core.removeDevice(deviceId) : [];
    },
    pdfReply(reply) {
      running?.core.pdfReply(reply);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
