import { describe, expect, it } from 'vitest';
import { ipcChannel, ipcContract, MENU_COMMAND_CHANNEL, JOIN_EVENT_CHANNEL, type MenuCommand } from '../shared/ipc/contract';
import { createBridge, type IpcListener } from './bridge';

function fakeIpcRenderer() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, IpcListener[]>();
  const invoke = async (channel: string, ...args: unknown[]) => {
    invoked.push([channel, ...args]);
    return { channel };
  };
  const events = {
    on: (channel: string, listener: IpcListener) => void listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    off: (channel: string, listener: IpcListener) => void listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer', ports: [] }, ...args);
  };
  return { invoke, events, invoked, listeners, emit };
}

describe('createBridge', () => {
  it('exposes exactly the contract methods plus onMenuCommand and onJoinEvent', () => {
    const { invoke, events } = fakeIpcRenderer();
    const bridge = createBridge(invoke, events);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(ipcContract), 'onMenuCommand', 'onJoinEvent'].sort());
    for (const key of Object.keys(bridge)) expect(typeof (bridge as unknown as Record<string, unknown>)[key]).toBe('function');
    expect('invoke' in bridge).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method on its own channel with its arguments', async () => {
    const { invoke, events, invoked } = fakeIpcRenderer();
    const bridge = createBridge(invoke, events);
    const request = { suggestedName: 'a.csv', filters: [], text: 'x' };
    await expect(bridge.saveTextFile(request)).resolves.toEqual({ channel: 'cocreate:saveTextFile' });
    await bridge.getAppInfo();
    await bridge.openFile({ filters: [] });
    expect(invoked).toEqual([
      [ipcChannel('saveTextFile'), request],
      [ipcChannel('getAppInfo')],
      [ipcChannel('openFile'), { filters: [] }],
    ]);
  });

  it('delivers valid menu commands without the IPC event, ignores others, and unsubscribes', () => {
    const { invoke, events, emit, listeners } = fakeIpcRenderer();
    const bridge = createBridge(invoke, events);
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => void received.push(args));
    emit(MENU_COMMAND_CHANNEL, 'open-archive');
    emit(MENU_COMMAND_CHANNEL, 'format-disk');
    emit(MENU_COMMAND_CHANNEL, { command: 'new-session' });
    emit('cocreate:other', 'new-session');
    expect(received).toEqual([['open-archive']]);
    unsubscribe();
    unsubscribe();
    expect(listeners.get(MENU_COMMAND_CHANNEL)).toEqual([]);
    emit(MENU_COMMAND_CHANNEL, 'new-session' satisfies MenuCommand);
    expect(received).toEqual([['open-archive']]);
  });

  it('keeps other subscribers when one unsubscribes', () => {
    const { invoke, events, emit } = fakeIpcRenderer();
    const bridge = createBridge(invoke, events);
    const a: string[] = [];
    const b: string[] = [];
    const stopA = bridge.onMenuCommand((c) => void a.push(c));
    bridge.onMenuCommand((c) => void b.push(c));
    stopA();
    emit(MENU_COMMAND_CHANNEL, 'toggle-projector');
    expect(a).toEqual([]);
    expect(b).toEqual(['toggle-projector']);
  });

  it('delivers only relay events that match the contract', () => {
    const { invoke, events, emit } = fakeIpcRenderer();
    const received: unknown[] = [];
    const stop = createBridge(invoke, events).onJoinEvent((event) => void received.push(event));
    emit(JOIN_EVENT_CHANNEL, { type: 'status', status: { running: false } });
    emit(JOIN_EVENT_CHANNEL, { type: 'submission', deviceId: 'nope' });
    emit(MENU_COMMAND_CHANNEL, { type: 'status', status: { running: false } });
    stop();
    emit(JOIN_EVENT_CHANNEL, { type: 'devices', devices: [] });
    expect(received).toEqual([{ type: 'status', status: { running: false } }]);
  });

  it('refuses a listener that is not a function', () => {
    const { invoke, events } = fakeIpcRenderer();
    expect(() => createBridge(invoke, events).onMenuCommand('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
