import { describe, expect, it } from 'vitest';
import { ipcChannel, ipcContract, JOIN_EVENT_CHANNEL } from '../../shared/ipc/contract';
import { joinSnapshotFixture } from '../../shared/test-support/join-fixtures';
import { registerHandlers, type InvokeEventLike } from '../validated-ipc';
import { createJoinHandlers, forwardJoinEvents, stopRelayOnQuit } from './join-ipc';
import { createJoinRelay } from './join-relay';

const LOOPBACK = [{ name: 'lo', address: '127.0.0.1', internal: true }];

/** Electron's ipcMain.handle(channel, listener): one listener per channel, called with the invoke event then the args. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  return {
    handle: (channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) => void handlers.set(channel, listener),
    invoke: (channel: string, ...args: unknown[]) => handlers.get(channel)!({ senderFrame: { url: 'app://cocreate/index.html', parent: null } }, ...args),
  };
}

describe('join relay over the IPC contract', () => {
  it('starts, publishes and stops through validated handlers, and refuses bad arguments before the relay sees them', async () => {
    const relay = createJoinRelay({ staticRoot: null, interfaces: () => LOOPBACK });
    const ipcMain = fakeIpcMain();
    const others = Object.fromEntries(
      Object.keys(ipcContract)
        .filter((m) => !m.startsWith('join'))
        .map((m) => [m, async () => undefined]),
    );
    registerHandlers(ipcMain, { ...others, ...createJoinHandlers(relay) } as never);
    expect(await ipcMain.invoke(ipcChannel('joinListInterfaces'))).toEqual(LOOPBACK);
    await expect(ipcMain.invoke(ipcChannel('joinStart'), { address: '127.0.0.1', port: -1 })).rejects.toThrow(/invalid arguments/);
    await expect(ipcMain.invoke(ipcChannel('joinPublish'), { sessionTitle: 'no' })).rejects.toThrow(/invalid arguments/);
    expect(await ipcMain.invoke(ipcChannel('joinPublish'), joinSnapshotFixture())).toBeNull();
    const started = (await ipcMain.invoke(ipcChannel('joinStart'), { address: '127.0.0.1', port: 0 })) as { running: boolean; published: boolean };
    expect(started).toMatchObject({ running: true, published: true });
    expect(await ipcMain.invoke(ipcChannel('joinStop'))).toEqual({ running: false });
  });

  it('forwards relay events to the console window while it exists (webContents.send)', async () => {
    const relay = createJoinRelay({ staticRoot: null, interfaces: () => LOOPBACK });
    const sent: unknown[][] = [];
    let destroyed = false;
    const contents = { isDestroyed: () => destroyed, send: (channel: string, ...args: unknown[]) => void sent.push([channel, ...args]) };
    const stop = forwardJoinEvents(relay, () => contents);
    relay.rotateCode();
    destroyed = true;
    relay.rotateCode();
    stop();
    expect(sent).toEqual([[JOIN_EVENT_CHANNEL, { type: 'status', status: { running: false } }]]);
  });

  it('holds will-quit until the relay has stopped, then quits again', async () => {
    const relay = createJoinRelay({ staticRoot: null, interfaces: () => LOOPBACK });
    relay.publish(joinSnapshotFixture());
    await relay.start({ address: '127.0.0.1', port: 0 });
    let willQuit: (event: { preventDefault(): void }) => void = () => undefined;
    let quitting!: () => void;
    const quit = new Promise<void>((resolve) => (quitting = resolve));
    stopRelayOnQuit({ on: (_name, listener) => (willQuit = listener), quit: () => quitting() }, relay);
    let prevented = 0;
    willQuit({ preventDefault: () => (prevented += 1) });
    await quit;
    expect(prevented).toBe(1);
    expect(relay.status()).toEqual({ running: false });
    willQuit({ preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
  });
});
