import {
  ipcChannel,
  ipcContract,
  JOIN_EVENT_CHANNEL,
  joinEventSchema,
  MENU_COMMAND_CHANNEL,
  menuCommandSchema,
  type CocreateBridge,
  type IpcMethod,
} from '../shared/ipc/contract';

/** `ipcRenderer.invoke`. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
export type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** `ipcRenderer.on` / `ipcRenderer.removeListener`. */
export interface IpcEvents {
  on(channel: string, listener: IpcListener): void;
  off(channel: string, listener: IpcListener): void;
}

/**
 * What the preload exposes as `window.cocreate`: one function per contract method, each bound to its
 * own channel, plus `onMenuCommand` and `onJoinEvent`. There is deliberately no generic `invoke(channel, …)`, so page
 * code can reach nothing in main that the contract does not name.
 */
export function createBridge(invoke: Invoke, events: IpcEvents): CocreateBridge {
  const methods = Object.fromEntries(
    (Object.keys(ipcContract) as IpcMethod[]).map((method) => {
      const channel = ipcChannel(method);
      return [method, (...args: unknown[]) => invoke(channel, ...args)];
    }),
  ) as { [M in IpcMethod]: CocreateBridge[M] };

  /** A push channel from main: the IPC event (with its sender and ports) never reaches page code; only a checked value does. */
  const subscription =
    <T>(channel: string, name: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }) =>
    (listener: (value: T) => void): (() => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener function`);
      const wrapped: IpcListener = (_event, value) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) listener(parsed.data);
      };
      events.on(channel, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        events.off(channel, wrapped);
      };
    };
  const onMenuCommand = subscription(MENU_COMMAND_CHANNEL, 'onMenuCommand', menuCommandSchema);
  const onJoinEvent = subscription(JOIN_EVENT_CHANNEL, 'onJoinEvent', joinEventSchema);

  return Object.freeze({ ...methods, onMenuCommand, onJoinEvent });
}
