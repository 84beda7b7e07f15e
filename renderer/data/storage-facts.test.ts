import { describe, expect, it } from 'vitest';
import { readStorageFacts, requestPersistentStorage } from './storage-facts';

function fakeStorage(state: { persisted: boolean; grants: boolean; fails?: boolean }) {
  const calls: string[] = [];
  return {
    calls,
    storage: {
      estimate: () => Promise.resolve({ usage: 2048, quota: 10_000_000 }),
      persisted: () => {
        calls.push('persisted');
        return state.fails ? Promise.reject(new Error('no')) : Promise.resolve(state.persisted);
      },
      persist: () => {
        calls.push('persist');
        state.persisted = state.grants;
        return Promise.resolve(state.grants);
      },
    },
  };
}

describe('asking the browser to keep the data', () => {
  it('asks only when not yet kept, and reports the answer', async () => {
    const kept = fakeStorage({ persisted: true, grants: true });
    expect(await requestPersistentStorage(kept.storage)).toBe(true);
    expect(kept.calls).toEqual(['persisted']);
    const refused = fakeStorage({ persisted: false, grants: false });
    expect(await requestPersistentStorage(refused.storage)).toBe(false);
    expect(refused.calls).toEqual(['persisted', 'persist']);
  });

  it('treats a browser without the API, or one that throws, as unknown', async () => {
    expect(await requestPersistentStorage(null)).toBeNull();
    expect(await requestPersistentStorage(fakeStorage({ persisted: false, grants: false, fails: true }).storage)).toBeNull();
    expect(await readStorageFacts(null)).toEqual({ usage: null, quota: null, persisted: null });
  });

  it('reads usage, quota and persistence together', async () => {
    expect(await readStorageFacts(fakeStorage({ persisted: false, grants: true }).storage)).toEqual({ usage: 2048, quota: 10_000_000, persisted: false });
  });
});
