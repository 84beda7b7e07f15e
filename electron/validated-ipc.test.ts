import { describe, expect, it } from 'vitest';
import { ipcChannel, ipcContract, type IpcMethod } from '../shared/ipc/contract';
import { isTrustedAppSender, registerHandlers, type IpcHandlers, type IpcMainLike, type InvokeEventLike } from './validated-ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  };
  return { ipcMain, listeners, invoke };
}

const appFrame = (url = 'app://cocreate/index.html'): InvokeEventLike => ({ senderFrame: { url, parent: null } });

/** A handler for every contract method (so the table stays complete as the contract grows)… */
function unusedHandlers(): IpcHandlers {
  const entries = (Object.keys(ipcContract) as IpcMethod[]).map((method) => [
    method,
    async () => {
      throw new Error(`${method} is not used in this test`);
    },
  ]);
  return Object.fromEntries(entries) as IpcHandlers;
}

/** …with recording handlers for the three methods these tests call. */
function recordingHandlers() {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const handlers: IpcHandlers = {
    ...unusedHandlers(),
    async getAppInfo(...args) {
      calls.push({ method: 'getAppInfo', args });
      return { version: '1.2.3', platform: 'linux', isPackaged: false };
    },
    async saveTextFile(request, ...rest) {
      calls.push({ method: 'saveTextFile', args: [request, ...rest] });
      return { saved: true, path: `/tmp/${request.suggestedName}` };
    },
    async openFile(request) {
      calls.push({ method: 'openFile', args: [request] });
      return { status: 'cancelled' };
    },
    async saveFile(request) {
      calls.push({ method: 'saveFile', args: [request] });
      return { saved: true, path: `/tmp/${request.suggestedName}` };
    },
    async backupSession(request) {
      calls.push({ method: 'backupSession', args: [request] });
      return { saved: true, location: '/backups/x.cocreate' };
    },
  };
  return { calls, handlers };
}

const validSave = { suggestedName: 'plan.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], text: 'a,b' };

describe('registerHandlers', () => {
  it('registers exactly one handler per contract method and no other channel', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerHandlers(ipcMain, recordingHandlers().handlers);
    const expected = (Object.keys(ipcContract) as IpcMethod[]).map(ipcChannel);
    expect([...listeners.keys()].sort()).toEqual(expected.sort());
  });

  it('passes a good call through with parsed arguments and the event last', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerHandlers(ipcMain, handlers);
    const event = appFrame();
    await expect(invoke(ipcChannel('saveTextFile'), event, validSave)).resolves.toEqual({ saved: true, path: '/tmp/plan.csv' });
    expect(calls).toEqual([{ method: 'saveTextFile', args: [validSave, event] }]);
    await expect(invoke(ipcChannel('getAppInfo'), appFrame('app://cocreate/'))).resolves.toEqual({
      version: '1.2.3',
      platform: 'linux',
      isPackaged: false,
    });
  });

  it.each(['https://evil.example/index.html', 'file:///home/me/index.html', 'app://other/index.html', 'app://cocreate.evil/', 'http://cocreate/', 'about:blank', 'not a url', ''])(
    'rejects calls from %j and never runs the handler',
    async (url) => {
      const { ipcMain, invoke } = fakeIpcMain();
      const { calls, handlers } = recordingHandlers();
      registerHandlers(ipcMain, handlers);
      await expect(invoke(ipcChannel('saveTextFile'), appFrame(url), validSave)).rejects.toThrow(/saveTextFile: refused a call from an untrusted sender/);
      expect(calls).toEqual([]);
    },
  );

  it('rejects calls from a sub-frame even on the app origin', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerHandlers(ipcMain, handlers);
    const subFrame: InvokeEventLike = { senderFrame: { url: 'app://cocreate/index.html', parent: { url: 'app://cocreate/index.html' } } };
    await expect(invoke(ipcChannel('getAppInfo'), subFrame)).rejects.toThrow(/untrusted sender/);
    await expect(invoke(ipcChannel('getAppInfo'), { senderFrame: null })).rejects.toThrow(/untrusted sender/);
    expect(calls).toEqual([]);
  });

  it('rejects bad arguments naming the method but not the data, without calling the handler', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerHandlers(ipcMain, handlers);
    const secret = 'Private delegate name';
    const bad = { ...validSave, suggestedName: '', text: secret, filters: [{ name: secret, extensions: ['../x'] }] };
    const error = await invoke(ipcChannel('saveTextFile'), appFrame(), bad).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toMatch(/^saveTextFile: invalid arguments/);
    expect(error?.message).toContain('0.suggestedName');
    expect(error?.message).not.toContain(secret);
    await expect(invoke(ipcChannel('openFile'), appFrame())).rejects.toThrow(/openFile: invalid arguments/);
    await expect(invoke(ipcChannel('getAppInfo'), appFrame(), 'extra')).rejects.toThrow(/getAppInfo: invalid arguments/);
    expect(calls).toEqual([]);
  });

  it('refuses to return a result that breaks the contract', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { handlers } = recordingHandlers();
    const leaky = { version: '1', platform: 'linux', isPackaged: 'yes' } as unknown as { version: string; platform: string; isPackaged: boolean };
    registerHandlers(ipcMain, { ...handlers, getAppInfo: async () => leaky });
    await expect(invoke(ipcChannel('getAppInfo'), appFrame())).rejects.toThrow(/getAppInfo: the host produced an invalid result \(isPackaged\)/);
  });

  it('strips result fields the contract does not declare', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { handlers } = recordingHandlers();
    const bytes = new Uint8Array([0x50, 0x4b]);
    const extra = { status: 'opened', name: 'a.cocreate', bytes, fullPath: '/home/me/a.cocreate' } as const;
    registerHandlers(ipcMain, { ...handlers, openFile: async () => extra });
    await expect(invoke(ipcChannel('openFile'), appFrame(), { filters: [] })).resolves.toEqual({ status: 'opened', name: 'a.cocreate', bytes });
  });

  // What ipcMain hands a handler for a typed array the renderer sent: structured clone makes a
  // Uint8Array (Electron's docs, "ipcRenderer.invoke": arguments are serialized with the Structured
  // Clone Algorithm); a Buffer from fs is a Uint8Array too.
  it('accepts archive bytes as a Uint8Array or a Buffer, and refuses text, arrays of numbers and files over 64 MiB', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerHandlers(ipcMain, handlers);
    const sessionId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const filters = [{ name: 'Co-Create Studio archive', extensions: ['cocreate'] }];
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    await expect(invoke(ipcChannel('saveFile'), appFrame(), { suggestedName: 'a.cocreate', filters, bytes: zip })).resolves.toEqual({ saved: true, path: '/tmp/a.cocreate' });
    await expect(invoke(ipcChannel('backupSession'), appFrame(), { sessionId, bytes: Buffer.from(zip) })).resolves.toEqual({ saved: true, location: '/backups/x.cocreate' });
    expect(calls.map((c) => c.method)).toEqual(['saveFile', 'backupSession']);
    for (const bytes of ['PK', [0x50, 0x4b], { 0: 0x50 }, new Uint8Array(64 * 1024 * 1024 + 1)]) {
      await expect(invoke(ipcChannel('backupSession'), appFrame(), { sessionId, bytes })).rejects.toThrow(/^backupSession: invalid arguments \(0\.bytes\)$/);
    }
    expect(calls).toHaveLength(2);
  });

  it('uses an injected trust rule', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerHandlers(ipcMain, handlers, () => false);
    await expect(invoke(ipcChannel('getAppInfo'), appFrame())).rejects.toThrow(/untrusted/);
    expect(calls).toEqual([]);
  });

  it('refuses handlers that are not in the contract, and missing ones', () => {
    const { handlers } = recordingHandlers();
    const withExtra = { ...handlers, runShell: async () => ({}) } as unknown as IpcHandlers;
    expect(() => registerHandlers(fakeIpcMain().ipcMain, withExtra)).toThrow(/runShell/);
    const { getAppInfo: _omitted, ...missing } = handlers;
    expect(() => registerHandlers(fakeIpcMain().ipcMain, missing as IpcHandlers)).toThrow(/Missing IPC handler for getAppInfo/);
  });
});

describe('isTrustedAppSender', () => {
  it('needs a live, top-level frame on the app origin', () => {
    expect(isTrustedAppSender(appFrame())).toBe(true);
    expect(isTrustedAppSender({ senderFrame: null })).toBe(false);
    expect(isTrustedAppSender(appFrame('app://other/'))).toBe(false);
  });
});
