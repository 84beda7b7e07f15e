import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { savePending, trackSave, whenSaved } from './save-status';

describe('trackSave', () => {
  it('runs the write at once, holds work queued for after saves, and is idle again once it is stored', async () => {
    const order: string[] = [];
    const done = trackSave(async () => {
      order.push('write started');
      await Promise.resolve();
      return 7;
    });
    order.push('returned');
    expect(order).toEqual(['write started', 'returned']);
    expect(savePending()).toBe(true);
    const ran: string[] = [];
    whenSaved(() => ran.push('after'));
    expect(ran).toEqual([]);
    await expect(done).resolves.toBe(7);
    expect(savePending()).toBe(false);
    expect(ran).toEqual(['after']);
  });

  it('counts a write that throws at once as finished, and rethrows it', async () => {
    const broken = (() => {
      throw new ValidationError({ text: 'Type the card first' });
    }) as unknown as () => Promise<number>;
    await expect(trackSave(broken)).rejects.toBeInstanceOf(ValidationError);
    expect(savePending()).toBe(false);
  });

  it('rethrows a failed write and is not left pending', async () => {
    await expect(trackSave(() => Promise.reject(new Error('disk gone')))).rejects.toThrow('disk gone');
    expect(savePending()).toBe(false);
  });
});
