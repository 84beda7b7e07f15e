import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordIdSchema } from '../../shared/ids';
import { newClientId } from './client-id';

describe('newClientId', () => {
  it('makes a version-4 UUID the record id schema accepts, from any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const id = newClientId((target) => (target.set(bytes), target));
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(recordIdSchema.safeParse(id).success).toBe(true);
      }),
    );
  });

  it('uses getRandomValues, so two ids differ', () => {
    expect(newClientId()).not.toBe(newClientId());
  });
});
