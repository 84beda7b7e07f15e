import type { JoinAs } from '../../shared/join/device';
import type { KeyValueStore } from './outbox';

/** This phone's place in the session, kept so a reload or a locked phone does not have to join again. */
export interface StoredDevice {
  token: string;
  deviceId: string;
  expiresAt: number;
  as: JoinAs;
  /** The code it joined with: a new session's code means a new place. */
  code: string;
}

const KEY = 'cocreate-join-device';

export function loadDevice(storage: KeyValueStore, now: number): StoredDevice | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<StoredDevice> | null;
    if (!value || typeof value.token !== 'string' || typeof value.deviceId !== 'string' || typeof value.code !== 'string') return null;
    if (typeof value.expiresAt !== 'number' || value.expiresAt <= now || typeof value.as !== 'object' || value.as === null) return null;
    return value as StoredDevice;
  } catch {
    return null;
  }
}

export function saveDevice(storage: KeyValueStore, device: StoredDevice): void {
  try {
    storage.setItem(KEY, JSON.stringify(device));
  } catch {
    // Private browsing may refuse storage: the phone still works until the page is closed.
  }
}

export function forgetDevice(storage: KeyValueStore): void {
  try {
    storage.removeItem(KEY);
  } catch {
    /* nothing kept, nothing to forget */
  }
}

/** Each device has its own outbox, so a phone that rejoins as someone else never sends the old person's work as theirs. */
export const outboxKey = (deviceId: string) => `cocreate-join-outbox:${deviceId}`;

/** The join code from the address `/j/<CODE>` (as typed: the relay normalises it), or '' when there is none. */
export function codeFromPath(pathname: string): string {
  const match = /\/j\/([^/?#]+)/.exec(pathname);
  if (!match?.[1]) return '';
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return '';
  }
}
