import { describe, expect, it } from 'vitest';
import { getBuiltInTemplate } from '../templates';
import { generateSession } from './generate-session';
import { buildSessionFixture } from './session-fixture';

const template = getBuiltInTemplate('students-union-co-creation')!;

describe('generateSession', () => {
  it('builds the bench’s 200-unit session as an archive the app opens, with the sizes asked for', () => {
    const archive = buildSessionFixture(generateSession({ units: 200, entriesPerUnit: 15, actionsPerUnit: 5, channelsPerUnit: 3, cards: 40 }), template);
    expect(archive.units).toHaveLength(200);
    expect(archive.delegates).toHaveLength(200);
    expect(archive.mapEntries).toHaveLength(3000);
    expect(archive.actions).toHaveLength(1000);
    expect(archive.channels).toHaveLength(600);
    expect(archive.cards).toHaveLength(40);
    expect(new Set(archive.mapEntries.map((e) => e.what)).size).toBe(3000);
  });

  it('is deterministic and keeps a small session small', () => {
    const a = generateSession({ units: 3, delegatesPerUnit: 2, currentPhaseId: 'su-quiz' });
    expect(generateSession({ units: 3, delegatesPerUnit: 2, currentPhaseId: 'su-quiz' })).toEqual(a);
    const archive = buildSessionFixture(a, template);
    expect(archive.delegates).toHaveLength(6);
    expect(archive.session.status).toBe('running');
    expect(archive.runState?.currentPhaseId).toBe('su-quiz');
  });
});
