import { ipcChannel, ipcContract, type IpcArgs, type IpcMethod, type IpcResult } from '../shared/ipc/contract';
import { isAppUrl } from './app-origin';

/** The parts of Electron's WebFrameMain the trust check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** The parts of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The parts of Electron's ipcMain the wrapper uses; the real `ipcMain` satisfies it. */
export interface IpcMainLike<E extends InvokeEventLike = InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * One handler per contract method. Handlers receive the validated arguments and, last, the invoke
 * event (for handlers that need the sender, e.g. to parent a dialog); handlers that do not need it
 * simply declare fewer parameters.
 */
export type IpcHandlers<E extends InvokeEventLike = InvokeEventLike> = {
  [M in IpcMethod]: (...args: [...IpcArgs<M>, E]) => Promise<IpcResult<M>>;
};

/** The default trust rule: the call comes from a top-level frame showing the app's own origin. */
export function isTrustedAppSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  // A null frame has navigated away or been destroyed: nobody to trust.
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Issue locations only ("0.text"), never values: the data may be private. */
function issuePaths(issues: ReadonlyArray<{ path: PropertyKey[] }>): string {
  const paths = [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(root)'))];
  return paths.join(', ');
}

function registerOne<M extends IpcMethod, E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  method: M,
  handler: IpcHandlers<E>[M],
  isTrustedSender: (event: E) => boolean,
): void {
  const { args: argsSchema, result: resultSchema } = ipcContract[method];
  ipcMain.handle(ipcChannel(method), async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      throw new Error(`${method}: refused a call from an untrusted sender`);
    }
    const parsedArgs = argsSchema.safeParse(rawArgs);
    if (!parsedArgs.success) {
      throw new Error(`${method}: invalid arguments (${issuePaths(parsedArgs.error.issues)})`);
    }
    const call = handler as (...args: unknown[]) => Promise<unknown>;
    const result = await call(...(parsedArgs.data as unknown[]), event);
    const parsedResult = resultSchema.safeParse(result);
    if (!parsedResult.success) {
      // A host bug, not the caller's fault: still never send something the contract does not allow.
      throw new Error(`${method}: the host produced an invalid result (${issuePaths(parsedResult.error.issues)})`);
    }
    return parsedResult.data;
  });
}

/**
 * The one place ipcMain handlers are registered. Every contract method gets exactly one handler;
 * channels outside the contract never get one. Each call is checked for a trusted sender, its
 * arguments are parsed with the contract's schema before the handler sees them, and the handler's
 * result is parsed with the result schema before it leaves the main process.
 */
export function registerHandlers<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: IpcHandlers<E>,
  isTrustedSender: (event: E) => boolean = isTrustedAppSender,
): void {
  const methods = Object.keys(ipcContract) as IpcMethod[];
  const extra = Object.keys(handlers).filter((key) => !(methods as string[]).includes(key));
  if (extra.length > 0) {
    throw new Error(`No IPC contract entry for handler(s): ${extra.join(', ')}`);
  }
  for (const method of methods) {
    const handler = handlers[method];
    if (typeof handler !== 'function') {
      throw new Error(`Missing IPC handler for ${method}`);
    }
    registerOne(ipcMain, method, handler, isTrustedSender);
  }
}
