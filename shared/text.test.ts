import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, requiredText } from './text';

describe('requiredText', () => {
  it('trims and rejects empty text with the label in the message', () => {
    const r = requiredText('Title', 10).safeParse('   ');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Title is required');
  });
  it('reports over-long text', () => {
    const r = z.object({ title: requiredText('Title', 3) }).safeParse({ title: 'abcd' });
    expect(r.success).toBe(false);
    expect(describeIssues(r.error!)).toBe('title: Title must be at most 3 characters');
  });
});
