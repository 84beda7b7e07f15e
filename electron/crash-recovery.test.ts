import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { describeGone, recoverFromRendererCrashes, type GoneDetails } from './crash-recovery';

/**
 * A WebContents after Electron's docs: `render-process-gone` (event, details) when the renderer dies,
 * `reload()`, then `did-finish-load` once the page has loaded again.
 */
class FakeContents extends EventEmitter {
  reloads = 0;
  destroyed = false;
  reload() {
    this.reloads++;
  }
  isDestroyed() {
    return this.destroyed;
  }
  crash(details: GoneDetails = { reason: 'crashed', exitCode: 139 }) {
    this.emit('render-process-gone', {}, details);
  }
  finishLoad() {
    this.emit('did-finish-load');
  }
}

describe('recoverFromRendererCrashes', () => {
  it('reloads a crashed page and tells once the reloaded page has loaded', () => {
    const contents = new FakeContents();
    const told: GoneDetails[] = [];
    recoverFromRendererCrashes(contents, { onReloaded: (details) => told.push(details) });
    contents.crash({ reason: 'oom', exitCode: 1 });
    expect(contents.reloads).toBe(1);
    expect(told).toEqual([]);
    contents.finishLoad();
    expect(told).toEqual([{ reason: 'oom', exitCode: 1 }]);
    // A later, ordinary load tells nothing.
    contents.finishLoad();
    expect(told).toHaveLength(1);
  });

  it('gives up on a page that keeps crashing instead of looping', () => {
    const contents = new FakeContents();
    let clock = 0;
    const gaveUp: GoneDetails[] = [];
    recoverFromRendererCrashes(contents, { now: () => clock, maxReloads: 3, periodMs: 60_000, onGaveUp: (d) => gaveUp.push(d) });
    for (let i = 0; i < 3; i++) {
      clock += 1000;
      contents.crash();
    }
    expect(contents.reloads).toBe(3);
    clock += 1000;
    contents.crash({ reason: 'launch-failed', exitCode: 5 });
    expect(contents.reloads).toBe(3);
    expect(gaveUp).toEqual([{ reason: 'launch-failed', exitCode: 5 }]);
  });

  it('reloads again once earlier crashes are long past', () => {
    const contents = new FakeContents();
    let clock = 0;
    recoverFromRendererCrashes(contents, { now: () => clock, maxReloads: 1, periodMs: 60_000 });
    contents.crash();
    clock += 61_000;
    contents.crash();
    expect(contents.reloads).toBe(2);
  });

  it('leaves a destroyed page alone', () => {
    const contents = new FakeContents();
    recoverFromRendererCrashes(contents);
    contents.destroyed = true;
    contents.crash();
    expect(contents.reloads).toBe(0);
  });

  it('describes every documented reason in plain words', () => {
    expect(describeGone({ reason: 'crashed', exitCode: 139 })).toBe('it crashed (exit code 139)');
    expect(describeGone({ reason: 'oom', exitCode: 0 })).toBe('it ran out of memory (exit code 0)');
    for (const reason of ['clean-exit', 'abnormal-exit', 'killed', 'launch-failed', 'integrity-failure', 'memory-eviction']) {
      expect(describeGone({ reason, exitCode: 1 })).not.toContain(reason);
    }
  });
});
