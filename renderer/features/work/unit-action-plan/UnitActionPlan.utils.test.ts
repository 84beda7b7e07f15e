import { describe, expect, it } from 'vitest';
import { makeAction, makeChannel, makeEntry, unionActionPlan, unionMapping, uuid } from '../../../../shared/test-support/work-fixtures';
import { ValidationError } from '../../../data/errors';
import { actionDetails, errorsOf, linkOptions } from './UnitActionPlan.utils';

const UNIT = uuid(700);

describe('linkOptions', () => {
  it('offers the unit’s gaps first, then its channels, then the room’s action candidates, each described in words', () => {
    const entries = [makeEntry({ unitId: UNIT, columnId: 'inst-gov', rowId: 'access', strengthId: 'co-created' })];
    const channel = makeChannel({ unitId: UNIT, name: 'Student ambassadors' });
    const options = linkOptions({ mapping: unionMapping, unitId: UNIT, entries, channels: [channel], cards: [] });
    const kinds = options.map((o) => o.link.kind);
    expect(kinds.indexOf('channel')).toBe(kinds.length - 1);
    expect(kinds.slice(0, -1).every((k) => k === 'gap')).toBe(true);
    // Every cell but the co-created one is a gap (3 × 3 − 1).
    expect(options.filter((o) => o.link.kind === 'gap')).toHaveLength(8);
    expect(options.at(-1)?.label).toContain('Student ambassadors');
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });

  it('has no gaps without a mapping phase', () => {
    expect(linkOptions({ mapping: undefined, unitId: UNIT, entries: [], channels: [], cards: [] })).toEqual([]);
  });
});

describe('actionDetails', () => {
  it('lists filled-in fields in the plan’s words and flags a past date', () => {
    const action = makeAction({ unitId: UNIT, what: 'Fund a paid role', owner: 'VP Education', byWhen: '2020-01-31', success: '' });
    const details = actionDetails(action, unionActionPlan, unionMapping, '2026-11-29');
    const labels = unionActionPlan.fieldLabels;
    expect(details.find((d) => d.term === labels.owner)?.value).toBe('VP Education');
    expect(details.find((d) => d.term === labels.byWhen)).toMatchObject({ value: '2020-01-31', past: true });
    expect(details.some((d) => d.term === labels.success)).toBe(false);
    expect(details.every((d) => d.value !== '')).toBe(true);
  });

  it('does not flag a date still to come, or a term such as "next term"', () => {
    const labels = unionActionPlan.fieldLabels;
    const soon = actionDetails(makeAction({ unitId: UNIT, byWhen: '2027-01-31' }), unionActionPlan, unionMapping, '2026-11-29');
    expect(soon.find((d) => d.term === labels.byWhen)?.past).toBe(false);
    const term = actionDetails(makeAction({ unitId: UNIT, byWhen: 'Next term' }), unionActionPlan, unionMapping, '2026-11-29');
    expect(term.find((d) => d.term === labels.byWhen)?.past).toBe(false);
  });
});

describe('errorsOf', () => {
  it('keeps a refused action’s field messages and puts anything else under "what"', () => {
    expect(errorsOf(new ValidationError({ owner: 'Say who owns it' }))).toEqual({ owner: 'Say who owns it' });
    expect(errorsOf(new Error('disk full'))).toEqual({ what: 'disk full' });
  });
});
