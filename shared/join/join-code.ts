import { z } from 'zod';

/** Letters and digits nobody confuses when reading them off a projector: no I, L, O, 0 or 1. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export const joinCodeSchema = z
  .string()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), { message: 'A join code is 6 letters and digits' });
export type JoinCode = z.infer<typeof joinCodeSchema>;

/** Fills a byte array with random values; `crypto.getRandomValues` in browsers and Node, a fake in tests. */
export type RandomBytes = (length: number) => Uint8Array;

interface CryptoLike {
  getRandomValues<T extends Uint8Array>(array: T): T;
}
/** Works on plain HTTP too (unlike crypto.randomUUID, getRandomValues needs no secure context). */
export const cryptoRandomBytes: RandomBytes = (length) =>
  (globalThis as unknown as { crypto: CryptoLike }).crypto.getRandomValues(new Uint8Array(length));

/** A new code, uniformly over the alphabet (bytes past the last whole multiple are drawn again). */
export function newJoinCode(random: RandomBytes = cryptoRandomBytes): JoinCode {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** A rotated code never equals the one it replaces, so the old one stops working at once. */
export function rotateJoinCode(previous: string, random: RandomBytes = cryptoRandomBytes): JoinCode {
  let code = newJoinCode(random);
  while (code === previous) code = newJoinCode(random);
  return code;
}

/** What a person typed ("abc 234", "ABC-234") as a code, or null when it cannot be one. */
export function normaliseJoinCode(typed: string): JoinCode | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return joinCodeSchema.safeParse(code).success ? code : null;
}

/** Compares in constant time for equal lengths, so response timing says nothing about how close a guess was. */
export function sameJoinCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The short address shown on the projector and worksheets: `http://<address>:<port>/j/<CODE>`. */
export function joinUrl(address: string, port: number, code: string): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}/j/${code}`;
}

/** A device token: 32 random bytes, URL-safe, so it can travel in an EventSource query string. */
export function newDeviceToken(random: RandomBytes = cryptoRandomBytes): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from(random(32), (byte) => alphabet[byte & 63]).join('');
}
export const deviceTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
