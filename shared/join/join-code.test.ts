import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  joinCodeSchema,
  joinUrl,
  newDeviceToken,
  deviceTokenSchema,
  newJoinCode,
  normaliseJoinCode,
  rotateJoinCode,
  sameJoinCode,
} from './join-code';

const bytesFrom = (values: number[]) => {
  let i = 0;
  return (length: number) => Uint8Array.from({ length }, () => values[i++ % values.length] ?? 0);
};

describe('join codes', () => {
  it('are six characters from the unambiguous alphabet, whatever the random bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 }).filter((a) => a.some((b) => b < 248)), (values) => {
        const code = newJoinCode(bytesFrom(values));
        expect(joinCodeSchema.safeParse(code).success).toBe(true);
        expect(code).not.toMatch(/[IL O01]/);
      }),
    );
  });

  it('skips bytes past the last whole multiple of the alphabet, so no character is favoured', () => {
    // 248..255 would map onto the first characters again; they are drawn again instead.
    expect(newJoinCode(bytesFrom([255, 250, 248, 0]))).toBe(JOIN_CODE_ALPHABET[0]!.repeat(6));
  });

  it('uses the platform random source by default', () => {
    const codes = new Set(Array.from({ length: 50 }, () => newJoinCode()));
    expect(codes.size).toBeGreaterThan(45);
  });

  it('rotation never hands back the same code, even when the random source first repeats it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 247 }), { minLength: 6, maxLength: 30 }), (values) => {
        const previous = newJoinCode(bytesFrom(values));
        // First draw: the same bytes again (the same code); later draws count upwards.
        let call = 0;
        const repeatingFirst = (length: number) => {
          call += 1;
          return call === 1 ? bytesFrom(values)(length) : Uint8Array.from({ length }, (_, i) => (call * 7 + i) % 248);
        };
        expect(rotateJoinCode(previous, repeatingFirst)).not.toBe(previous);
        expect(call).toBeGreaterThan(1);
      }),
    );
  });

  it('reads what people type: any case, spaces and dashes', () => {
    expect(normaliseJoinCode(' abc-234 ')).toBe('ABC234');
    expect(normaliseJoinCode('ab c2 34')).toBe('ABC234');
    expect(normaliseJoinCode('ABC23')).toBeNull();
    expect(normaliseJoinCode('ABCO01')).toBeNull();
    expect(normaliseJoinCode('')).toBeNull();
  });

  it('compares codes exactly', () => {
    expect(sameJoinCode('ABC234', 'ABC234')).toBe(true);
    expect(sameJoinCode('ABC234', 'ABC235')).toBe(false);
    expect(sameJoinCode('ABC234', 'ABC23')).toBe(false);
  });

  it('makes the short address, with brackets for IPv6', () => {
    expect(joinUrl('192.168.1.20', 4610, 'ABC234')).toBe('http://192.168.1.20:4610/j/ABC234');
    expect(joinUrl('fe80::1', 4610, 'ABC234')).toBe('http://[fe80::1]:4610/j/ABC234');
  });

  it('device tokens are URL-safe and 32 characters', () => {
    const token = newDeviceToken();
    expect(deviceTokenSchema.safeParse(token).success).toBe(true);
    expect(newDeviceToken()).not.toBe(token);
  });
});
