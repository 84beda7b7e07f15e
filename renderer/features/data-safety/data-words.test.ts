import { describe, expect, it } from 'vitest';
import { describeOutcomes, formatBytes } from './data-words';

describe('words about restored data', () => {
  it('counts what was restored and names each session that was not, or came back as a copy', () => {
    expect(
      describeOutcomes([
        { sessionId: 'a', title: 'North', status: 'restored' },
        { sessionId: 'b', title: 'South', status: 'restored', note: 'It was opened as a copy with new ids.' },
        { sessionId: 'c', title: 'East', status: 'already-here' },
        { sessionId: 'd', title: 'West', status: 'failed', message: 'The backup is no longer on disk.' },
      ]),
    ).toBe(
      [
        'Restored 2 sessions.',
        '"South": It was opened as a copy with new ids.',
        '"East" is already on this computer and was left as it is.',
        '"West" was not restored: The backup is no longer on disk.',
      ].join('\n'),
    );
    expect(describeOutcomes([{ sessionId: 'a', title: 'North', status: 'restored' }])).toBe('Restored 1 session.');
  });

  it('shows sizes in the unit a person reads', () => {
    expect(formatBytes(90_000)).toBe('88 KB');
    expect(formatBytes(3.2 * 1024 ** 2)).toBe('3.2 MB');
    expect(formatBytes(10 * 1024 ** 3)).toBe('10.0 GB');
  });
});
