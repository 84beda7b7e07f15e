import { ipcChannel, ipcContract, MENU_COMMAND_CHANNEL, menuCommandSchema, type CocreateBridge, type IpcMethod, type MenuCommand } from '../shared/ipc/contract';

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
 * own channel, plus `onMenuCommand`. There is deliberately no generic `invoke(channel, …)`, so page
 * code can reach nothing in main that the contract does not name.
 */
export function createBridge(invoke: Invoke, events: IpcEvents): CocreateBridge {
  const methods = Object.fromEntries(
    (Object.keys(ipcContract) as IpcMethod[]).map((method) => {
      const channel = ipcChannel(method);
      return [method, (...args: unknown[]) => invoke(channel, ...args)];
    }),
  ) as { [M in IpcMethod]: CocreateBridge[M] };

  const onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a listener function');
    // The IPC event (with its sender and ports) never reaches page code; only a checked command does.
    const wrapped: IpcListener = (_event, command) => {
      const parsed = menuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    events.on(MENU_COMMAND_CHANNEL, wrapped);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      events.off(MENU_COMMAND_CHANNEL, wrapped);
    };
  };

  return Object.freeze({ ...methods, onMenuCommand });
}
