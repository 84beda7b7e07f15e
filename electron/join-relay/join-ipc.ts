/**
 * The join relay behind the IPC contract (join* methods) and its events pushed to the console
 * window. The relay object is injected, so tests use a fake and main.ts passes the real one.
 */
import { JOIN_EVENT_CHANNEL, type IpcArgs, type IpcResult } from '../../shared/ipc/contract';
import type { RelayEvent } from '../../shared/join';
import type { JoinRelay } from './join-relay';

type JoinMethod = 'joinListInterfaces' | 'joinStatus' | 'joinStart' | 'joinStop' | 'joinRotateCode' | 'joinPublish' | 'joinAck' | 'joinRemoveDevice' | 'joinPdfReply';
export type JoinHandlers = { [M in JoinMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<M>> };

export function createJoinHandlers(relay: JoinRelay): JoinHandlers {
  return {
    joinListInterfaces: async () => relay.listInterfaces(),
    joinStatus: async () => relay.status(),
    joinStart: (options) => relay.start(options),
    joinStop: () => relay.stop(),
    joinRotateCode: async () => relay.rotateCode(),
    joinPublish: async (snapshot) => {
      relay.publish(snapshot);
      return null;
    },
    joinAck: async (ack) => {
      relay.ack(ack);
      return null;
    },
    joinRemoveDevice: async ({ deviceId }) => relay.removeDevice(deviceId),
    joinPdfReply: async (reply) => {
      relay.pdfReply(reply);
      return null;
    },
  };
}

/** The parts of Electron's WebContents the forwarder uses. */
export interface EventTargetLike {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Sends every relay event to the console window while there is one; returns a function that stops. */
export function forwardJoinEvents(relay: JoinRelay, target: () => EventTargetLike | null): () => void {
  return relay.onEvent((event: RelayEvent) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(JOIN_EVENT_CHANNEL, event);
  });
}

/** The parts of Electron's `app` used to stop the relay before the app quits. */
export interface QuittingAppLike {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Stops the relay when the app quits, so phones hear "joining is turned off" and the port is
 * freed: `will-quit` is held (preventDefault, as Electron's docs allow) until the relay has stopped.
 */
export function stopRelayOnQuit(app: QuittingAppLike, relay: JoinRelay): void {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped || !relay.status().running) return;
    event.preventDefault();
    void relay
      .stop()
      .catch(() => undefined)
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
}
