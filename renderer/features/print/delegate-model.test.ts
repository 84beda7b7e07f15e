import { describe, it, expect } from 'vitest';
import { answerGrid, buildSessionFixture, type FixtureSpec } from '../../../shared/test-support/session-fixture';
import { buildDelegateDoc } from './delegate-model';
import { getBuiltInTemplate } from '../../../shared/templates';

const fixture = (spec: FixtureSpec) => buildSessionFixture(spec, getBuiltInTemplate('students-union-co-creation')!);

const spec: FixtureSpec = {
  title: 'Roadshow',
  quizMode: 'per-delegate',
  units: [
    {
      name: 'Table 1',
      delegates: [{ name: 'Ana Silva', role: 'Access officer' }, { name: 'Dev Patel' }],
      entries: [
        { columnId: 'col-su-governance', rowId: 'row-success', what: 'Student council', strengthId: 'str-consulted' },
        { columnId: 'col-inst-governance', rowId: 'row-access', what: 'Governing body', strengthId: 'str-informed' },
      ],
      channels: [{ name: 'Surveys' }],
      actions: [
        { what: 'Second', owner: 'Ana' },
        { what: 'First', owner: 'Dev' },
      ],
    },
    {
      name: 'Table 2',
      delegates: [{ name: 'Ben Okafor' }],
      entries: [{ columnId: 'col-unofficial', rowId: 'row-access', what: 'Coffee', strengthId: 'str-co-created' }],
      actions: [{ what: 'Other table', owner: 'Ben' }],
    },
  ],
  quizAnswers: [
    ...answerGrid('before', { 'Ana Silva': { 'su-q-governing-body': 'true', 'su-q-opt-out': 'true' }, 'Ben Okafor': { 'su-q-opt-out': 'false' } }),
    ...answerGrid('after', { 'Ana Silva': { 'su-q-opt-out': 'false' } }),
  ],
};

describe('buildDelegateDoc', () => {
  const bundle = fixture(spec);
  const idOf = (name: string) => bundle.delegates.find((d) => d.name === name)!.id;

  it('holds only the delegate’s own unit’s map, channels and actions, in order', () => {
    // Swap the order values so "First" sorts before "Second".
    const actions = bundle.actions.map((a) => (a.what === 'First' ? { ...a, order: -1 } : a));
    const doc = buildDelegateDoc({ ...bundle, actions }, idOf('Ana Silva'));
    expect(doc?.unit?.name).toBe('Table 1');
    expect(doc?.unitMates.map((d) => d.name)).toEqual(['Dev Patel']);
    expect(doc?.map?.map.totalEntries).toBe(2);
    expect(doc?.map?.entriesIn('col-su-governance', 'row-success').map((e) => e.what)).toEqual(['Student council']);
    expect(doc?.map?.entriesIn('col-unofficial', 'row-access')).toEqual([]);
    expect(doc?.channels.map((c) => c.name)).toEqual(['Surveys']);
    expect(doc?.actions.map((a) => a.what)).toEqual(['First', 'Second']);
  });

  it('gives the delegate’s own quiz answers and score for each round they answered', () => {
    const doc = buildDelegateDoc(bundle, idOf('Ana Silva'));
    expect(doc?.quiz?.rounds).toEqual([
      { round: 'before', score: { delegateId: idOf('Ana Silva'), correct: 1, answered: 2, total: 6 } },
      { round: 'after', score: { delegateId: idOf('Ana Silva'), correct: 1, answered: 1, total: 6 } },
    ]);
    expect(doc?.quiz?.rows.slice(0, 2).map((r) => [r.number, r.statement.id, r.answers])).toEqual([
      [1, 'su-q-governing-body', { before: 'true' }],
      [2, 'su-q-opt-out', { before: 'true', after: 'false' }],
    ]);
  });

  it('has no quiz result for a delegate without recorded answers', () => {
    expect(buildDelegateDoc(bundle, idOf('Dev Patel'))?.quiz).toBeNull();
  });

  it('has no map or plan for a delegate without a unit', () => {
    const delegates = bundle.delegates.map((d) => (d.name === 'Dev Patel' ? { ...d, unitId: null } : d));
    const doc = buildDelegateDoc({ ...bundle, delegates }, idOf('Dev Patel'));
    expect(doc?.unit).toBeNull();
    expect(doc?.map?.map.totalEntries).toBe(0);
    expect(doc?.actions).toEqual([]);
  });

  it('is null for a delegate who is not in the session', () => {
    expect(buildDelegateDoc(bundle, '00000000-0000-4000-8000-00000000ffff')).toBeNull();
  });
});
