/** Electron's RenderProcessGoneDetails (https://electronjs.org/docs/api/structures/render-process-gone-details). */
export interface GoneDetails {
  reason: string;
  exitCode: number;
}

/** The parts of Electron's WebContents that crash recovery uses. */
export interface RecoverableContentsLike {
  on(event: 'render-process-gone', listener: (event: unknown, details: GoneDetails) => void): unknown;
  once(event: 'did-finish-load', listener: () => void): unknown;
  reload(): void;
  isDestroyed(): boolean;
}

export interface CrashRecoveryOptions {
  /** Told once the reloaded page has finished loading, so a notice appears over the page, not a blank window. */
  onReloaded?: (details: GoneDetails) => void;
  /** Told when the page keeps crashing and is no longer reloaded. */
  onGaveUp?: (details: GoneDetails) => void;
  /** At most this many reloads within `periodMs`; one more crash in that time gives up. */
  maxReloads?: number;
  periodMs?: number;
  now?: () => number;
}

/** "crashed (exit code 139)": for the notice, so a report to the maintainers can say what happened. */
export function describeGone(details: GoneDetails): string {
  const reasons: Record<string, string> = {
    'clean-exit': 'it exited',
    'abnormal-exit': 'it exited with an error',
    killed: 'it was stopped by the system or another program',
    crashed: 'it crashed',
    oom: 'it ran out of memory',
    'launch-failed': 'it could not start',
    'integrity-failure': "Windows' code integrity check stopped it",
    'memory-eviction': 'the system reclaimed its memory',
  };
  return `${reasons[details.reason] ?? details.reason} (exit code ${details.exitCode})`;
}

/**
 * A renderer that dies leaves a blank window (Electron emits `render-process-gone` and does nothing
 * else). Reload it: the data is in IndexedDB, written in transactions, so the reloaded page shows
 * everything that was saved. A page that crashes again and again is left alone instead of looping.
 */
export function recoverFromRendererCrashes(contents: RecoverableContentsLike, options: CrashRecoveryOptions = {}): void {
  const maxReloads = options.maxReloads ?? 3;
  const periodMs = options.periodMs ?? 60_000;
  const now = options.now ?? Date.now;
  const recent: number[] = [];

  contents.on('render-process-gone', (_event, details) => {
    if (contents.isDestroyed()) return;
    const time = now();
    while (recent.length > 0 && time - recent[0]! > periodMs) recent.shift();
    if (recent.length >= maxReloads) {
      options.onGaveUp?.(details);
      return;
    }
    recent.push(time);
    contents.once('did-finish-load', () => options.onReloaded?.(details));
    contents.reload();
  });
}

/** What the facilitator is told after the console was reloaded (a message box over the console). */
export function consoleReloadedNotice(details: GoneDetails) {
  return {
    type: 'warning' as const,
    title: 'Co-Create Studio',
    message: 'The console stopped unexpectedly and was reloaded.',
    detail: `Everything shown as saved is still there; check the last thing you typed. (The page stopped because ${describeGone(details)}.)`,
    buttons: ['OK'],
  };
}

/** What the facilitator is told when the console keeps stopping and is no longer reloaded. */
export function consoleGaveUpNotice(details: GoneDetails): { title: string; content: string } {
  return {
    title: 'Co-Create Studio keeps stopping',
    content: `The console stopped several times in a minute (${describeGone(details)}). Quit Co-Create Studio and start it again; everything shown as saved is kept.`,
  };
}
