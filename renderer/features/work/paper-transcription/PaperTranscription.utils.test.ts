import { describe, expect, it } from 'vitest';
import { unionMapping, partnershipMapping } from '../../../../shared/test-support/work-fixtures';
import { emptyMapEntryInput } from '../../../../shared/work/map-entry-input';
import { cellError, cellValue, isBlank, PAPER_COLUMNS, paperColumnLabels, rowAfter, sameInput } from './PaperTranscription.utils';

describe('paperColumnLabels', () => {
  it('labels every column by id, the partner column in the template’s words', () => {
    const union = paperColumnLabels(unionMapping);
    expect(Object.keys(union)).toEqual([...PAPER_COLUMNS]);
    expect(union.partner).toBe('Union role or group');
    expect(paperColumnLabels(partnershipMapping).partner).toBe(partnershipMapping.partnerLabel);
    expect(union.what).toBe('What it is');
  });
});

describe('isBlank and sameInput', () => {
  it('a line with only a cell or lived experience chosen is still blank', () => {
    expect(isBlank(emptyMapEntryInput({ columnId: 'inst-gov', rowId: 'access' }))).toBe(true);
    expect(isBlank({ ...emptyMapEntryInput(), livedExperience: 'yes' })).toBe(true);
    expect(isBlank({ ...emptyMapEntryInput(), what: '  ' })).toBe(true);
    expect(isBlank({ ...emptyMapEntryInput(), strengthId: 'informed' })).toBe(false);
    expect(isBlank({ ...emptyMapEntryInput(), frequencyId: 'termly' })).toBe(false);
    expect(isBlank({ ...emptyMapEntryInput(), note: 'x' })).toBe(false);
  });
  it('compares every field', () => {
    const a = emptyMapEntryInput({ columnId: 'c', rowId: 'r' });
    expect(sameInput(a, { ...a })).toBe(true);
    expect(sameInput(a, { ...a, note: 'n' })).toBe(false);
  });
});

describe('cellValue and cellError', () => {
  it('joins both axes, or nothing until both are chosen', () => {
    expect(cellValue({ columnId: 'c', rowId: 'r' })).toBe('c|r');
    expect(cellValue({ columnId: 'c', rowId: '' })).toBe('');
  });
  it('gives one message for the cell, asking for a cell when none is chosen', () => {
    expect(cellError({}, '')).toBeUndefined();
    expect(cellError({ columnId: 'Unknown column' }, '')).toBe('Choose a cell');
    expect(cellError({ rowId: 'Unknown row' }, 'c|r')).toBe('Unknown row');
    expect(cellError({ columnId: 'Unknown column', rowId: 'Unknown row' }, 'c|r')).toBe('Unknown column');
  });
});

describe('rowAfter', () => {
  it('is the next line in table order, null after the last or for an unknown line', () => {
    const keys = ['entry-a', 'draft-0', 'draft-1'];
    expect(rowAfter(keys, 'entry-a')).toBe('draft-0');
    expect(rowAfter(keys, 'draft-1')).toBeNull();
    expect(rowAfter(keys, 'gone')).toBeNull();
  });
});
