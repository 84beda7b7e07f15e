import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexAll } from './sha256';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(bytes(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });
  it('agrees with WebCrypto for any input, across block boundaries', async () => {
    const webCrypto = async (data: Uint8Array) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)), (b) => b.toString(16).padStart(2, '0')).join('');
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (data) => sha256Hex(data) === (await webCrypto(data))), { numRuns: 200 });
  });
});

describe('sha256HexAll', () => {
  const inputs = [bytes(''), bytes('abc'), new Uint8Array(1000).fill(7)];
  it('gives each input its digest, in order, with WebCrypto and without it', async () => {
    const want = inputs.map(sha256Hex);
    expect(await sha256HexAll(inputs)).toEqual(want);
    expect(await sha256HexAll(inputs, null)).toEqual(want);
  });
  it('uses WebCrypto where there is one', async () => {
    let calls = 0;
    const subtle = { digest: async (algorithm: 'SHA-256', data: Uint8Array) => (calls++, crypto.subtle.digest(algorithm, data as Uint8Array<ArrayBuffer>)) };
    expect(await sha256HexAll(inputs, subtle)).toEqual(inputs.map(sha256Hex));
    expect(calls).toBe(3);
  });
});
