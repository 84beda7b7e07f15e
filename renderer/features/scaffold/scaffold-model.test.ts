import { describe, expect, it } from 'vitest';
import { actionPlanPhaseOf, mappingPhaseOf } from '../../../shared/template/agenda';
import { getBuiltInTemplate } from '../../../shared/templates';
import { strengthKey, topicAllocation, workedExampleRows } from './scaffold-model';

const union = getBuiltInTemplate('students-union-co-creation')!;

describe('strengthKey', () => {
  it('lists each defined level in order with its definition and example', () => {
    const key = strengthKey(mappingPhaseOf(union)!);
    expect(key.map((k) => k.label)).toEqual(['None yet', 'Informed', 'Consulted', 'Co-created']);
    expect(key[1]).toMatchObject({ level: 1, definition: expect.stringMatching(/told/), example: expect.stringMatching(/sabbatical officers/) });
  });

  it('is empty for a map whose levels have no definitions (older sessions)', () => {
    expect(strengthKey({ strengths: [{ id: 'a', level: 1, label: 'Told' }, { id: 'b', level: 2, label: 'Asked' }] })).toEqual([]);
  });
});

describe('workedExampleRows', () => {
  it("uses the template's field labels, in the form's order, leaving out empty fields", () => {
    const plan = actionPlanPhaseOf(union)!;
    const rows = workedExampleRows(plan);
    expect(rows.map((r) => r.key)).toEqual(['what', 'why', 'owner', 'partner', 'firstStep', 'byWhen', 'stage', 'success', 'priority', 'livedExperience']);
    expect(rows[3]).toMatchObject({ label: 'Union partner' });
    expect(workedExampleRows({ ...plan, workedExample: { what: 'Run it', owner: '  ' } })).toEqual([{ key: 'what', label: 'Action', value: 'Run it' }]);
    expect(workedExampleRows({ ...plan, workedExample: undefined })).toEqual([]);
  });
});

describe('topicAllocation', () => {
  const topics = [
    { id: 't1', title: 'One' },
    { id: 't2', title: 'Two' },
    { id: 't3', title: 'Three' },
  ];
  it('gives each table one topic, round the topics in table order', () => {
    const units = [2, 0, 1, 3].map((order) => ({ id: `u${order}`, name: `Table ${order + 1}`, kind: 'table' as const, order }));
    expect(topicAllocation(topics, units).map((a) => `${a.who}: ${a.topic}`)).toEqual(['Table 1: One', 'Table 2: Two', 'Table 3: Three', 'Table 4: One']);
  });

  it('numbers tables when units are single delegates or not set up yet', () => {
    const expected = ['Table 1: One', 'Table 2: Two', 'Table 3: Three'];
    expect(topicAllocation(topics, []).map((a) => `${a.who}: ${a.topic}`)).toEqual(expected);
    expect(topicAllocation(topics, [{ id: 'd', name: 'Ana', kind: 'delegate', order: 0 }]).map((a) => `${a.who}: ${a.topic}`)).toEqual(expected);
    expect(topicAllocation([], [])).toEqual([]);
  });
});
