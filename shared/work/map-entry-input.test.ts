import { describe, expect, it } from 'vitest';
import {
  emptyMapEntryInput,
  entryFromSuggestion,
  frequencyLabel,
  mapEntryToInput,
  strengthLabel,
  strengthOptions,
  validateMapEntryInput,
  type MapEntryInput,
} from './map-entry-input';
import { makeEntry, partnershipMapping, unionMapping, uuid } from '../test-support/work-fixtures';

const valid: MapEntryInput = emptyMapEntryInput({
  columnId: 'su-gov',
  rowId: 'access',
  what: '  Outreach working group  ',
  partner: ' VP Education ',
  frequencyId: 'termly',
  strengthId: 'consulted',
  livedExperience: 'yes',
  note: '',
});

describe('validateMapEntryInput', () => {
  it('accepts a complete entry and trims its text', () => {
    const result = validateMapEntryInput(unionMapping, valid);
    expect(result).toEqual({
      ok: true,
      value: {
        columnId: 'su-gov',
        rowId: 'access',
        what: 'Outreach working group',
        partner: 'VP Education',
        frequencyId: 'termly',
        strengthId: 'consulted',
        livedExperience: 'yes',
        note: '',
        suggestionId: null,
      },
    });
  });

  it('requires what, and limits it to 200 characters', () => {
    const empty = validateMapEntryInput(unionMapping, { ...valid, what: '   ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.what).toMatch(/required/);
    const long = validateMapEntryInput(unionMapping, { ...valid, what: 'x'.repeat(201) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.what).toMatch(/at most 200 characters/);
    expect(validateMapEntryInput(unionMapping, { ...valid, what: 'x'.repeat(200) }).ok).toBe(true);
  });

  it("names the template's partner label when the partner is too long", () => {
    const result = validateMapEntryInput(unionMapping, { ...valid, partner: 'p'.repeat(161) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.partner).toBe('Union role or group must be at most 160 characters');
  });

  it('rejects column, row, strength and frequency ids that are not in the phase', () => {
    const result = validateMapEntryInput(unionMapping, {
      ...valid,
      columnId: 'teaching',
      rowId: 'programme',
      strengthId: 'partnership',
      frequencyId: 'fortnightly',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['columnId', 'frequencyId', 'rowId', 'strengthId']);
      expect(result.errors.columnId).toBe('This column is not in the template');
    }
    // The same ids are valid against the template that defines them.
    const other = validateMapEntryInput(partnershipMapping, {
      ...valid,
      columnId: 'teaching',
      rowId: 'programme',
      strengthId: 'partnership',
      frequencyId: 'regular',
    });
    expect(other.ok).toBe(true);
  });

  it('asks for a choice when a required id is empty, and treats an empty frequency as not given', () => {
    const result = validateMapEntryInput(unionMapping, { ...valid, strengthId: '', frequencyId: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ strengthId: 'Choose a strength' });
    const noFrequency = validateMapEntryInput(unionMapping, { ...valid, frequencyId: '' });
    expect(noFrequency.ok && noFrequency.value.frequencyId).toBe(null);
  });

  it('rejects an unknown lived-experience answer and an unknown suggestion', () => {
    const result = validateMapEntryInput(unionMapping, { ...valid, livedExperience: 'maybe', suggestionId: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['livedExperience', 'suggestionId']);
  });

  it('round-trips a stored entry', () => {
    const entry = makeEntry({ unitId: uuid(1), columnId: 'inst-gov', rowId: 'success', strengthId: 'none-yet', what: 'Board' });
    const result = validateMapEntryInput(unionMapping, mapEntryToInput(entry));
    expect(result.ok).toBe(true);
    if (result.ok) expect({ ...entry, ...result.value }).toEqual(entry);
  });
});

describe('entryFromSuggestion', () => {
  it("takes the suggestion's label and column and the caller's defaults", () => {
    const input = entryFromSuggestion(unionMapping, 'su-council', { rowId: 'success', strengthId: 'informed' });
    expect(input).toMatchObject({ columnId: 'su-gov', rowId: 'success', what: 'Union council', suggestionId: 'su-council', strengthId: 'informed' });
    expect(validateMapEntryInput(unionMapping, input!).ok).toBe(true);
  });

  it('leaves the row and strength for the delegate when no default is given', () => {
    const input = entryFromSuggestion(unionMapping, 'societies')!;
    const result = validateMapEntryInput(unionMapping, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['rowId', 'strengthId']);
  });

  it('returns null for an unknown suggestion', () => {
    expect(entryFromSuggestion(unionMapping, 'missing')).toBeNull();
  });
});

describe('labels', () => {
  it('looks up frequency and strength labels', () => {
    expect(frequencyLabel(unionMapping, 'termly')).toBe('Each term');
    expect(frequencyLabel(unionMapping, null)).toBe('');
    expect(frequencyLabel(unionMapping, 'gone')).toBe('');
    expect(strengthLabel(unionMapping, 'co-created')).toBe('Co-created');
    expect(strengthLabel(partnershipMapping, 'partnership')).toBe('Partnership');
    expect(strengthLabel(unionMapping, 'gone')).toBe('');
  });

  it('orders strength options weakest first', () => {
    const shuffled = { ...unionMapping, strengths: [...unionMapping.strengths].reverse() };
    expect(strengthOptions(shuffled).map((s) => s.level)).toEqual([0, 1, 2, 3]);
  });
});
