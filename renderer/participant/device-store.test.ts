import { describe, expect, it } from 'vitest';
import { codeFromPath, forgetDevice, loadDevice, saveDevice, type StoredDevice } from './device-store';
import type { KeyValueStore } from './outbox';

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const device: StoredDevice = {
  token: 'A'.repeat(32),
  deviceId: 'd-abcdefgh12',
  expiresAt: 2_000,
  as: { kind: 'table', unitId: '00000000-0000-4000-8000-000000000101' },
  code: 'ABC234',
};

describe('device store', () => {
  it('keeps the place until it expires, then forgets it', () => {
    const storage = memory();
    saveDevice(storage, device);
    expect(loadDevice(storage, 1_999)).toEqual(device);
    expect(loadDevice(storage, 2_000)).toBeNull();
    forgetDevice(storage);
    expect(storage.map.size).toBe(0);
  });

  it('ignores damaged or partial records', () => {
    const storage = memory();
    for (const raw of ['{', 'null', '[]', JSON.stringify({ ...device, token: 3 }), JSON.stringify({ ...device, as: null })]) {
      storage.setItem('cocreate-join-device', raw);
      expect(loadDevice(storage, 0)).toBeNull();
    }
  });

  it('survives storage that refuses writes', () => {
    const refusing: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveDevice(refusing, device)).not.toThrow();
    expect(() => forgetDevice(refusing)).not.toThrow();
  });
});

describe('codeFromPath', () => {
  it('reads the code from /j/<CODE>, as typed', () => {
    expect(codeFromPath('/j/ABC234')).toBe('ABC234');
    expect(codeFromPath('/j/abc%20234/')).toBe('abc 234');
    expect(codeFromPath('/join.html')).toBe('');
    expect(codeFromPath('/j/%E0%A4%A')).toBe('');
  });
});
