/**
 * The client ids a device's submissions were stored under, with the console's answer, so a resend
 * (a phone that lost the reply while locked) answers "duplicate" without reaching the console twice.
 * Bounded per device: the oldest ids are forgotten first (the console keeps its own record too).
 */
export interface StoredSubmissions<T> {
  get(deviceId: string, clientId: string): T | undefined;
  remember(deviceId: string, clientId: string, value: T): void;
  forgetDevice(deviceId: string): void;
  count(deviceId: string): number;
}

export function createStoredSubmissions<T>(perDevice: number): StoredSubmissions<T> {
  const byDevice = new Map<string, Map<string, T>>();
  return {
    get: (deviceId, clientId) => byDevice.get(deviceId)?.get(clientId),
    remember(deviceId, clientId, value) {
      let ids = byDevice.get(deviceId);
      if (!ids) {
        ids = new Map();
        byDevice.set(deviceId, ids);
      }
      ids.delete(clientId);
      ids.set(clientId, value);
      // Maps iterate in insertion order: the first key is the oldest.
      while (ids.size > perDevice) {
        const oldest = ids.keys().next().value;
        if (oldest === undefined) break;
        ids.delete(oldest);
      }
    },
    forgetDevice: (deviceId) => void byDevice.delete(deviceId),
    count: (deviceId) => byDevice.get(deviceId)?.size ?? 0,
  };
}
