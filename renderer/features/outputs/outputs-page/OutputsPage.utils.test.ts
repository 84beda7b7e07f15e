import { describe, expect, it } from 'vitest';
import { MAX_BLANK_SETS } from '../../../../shared/output/print-document-path';
import { describePrint, documentNamePrefix, errorText, parseBlankSets } from './OutputsPage.utils';

describe('parseBlankSets', () => {
  it('accepts whole numbers from 1 to the maximum, spaces around them allowed', () => {
    expect(parseBlankSets('1')).toBe(1);
    expect(parseBlankSets(' 5 ')).toBe(5);
    expect(parseBlankSets(String(MAX_BLANK_SETS))).toBe(MAX_BLANK_SETS);
  });

  it('refuses nothing, zero, too many, fractions, signs and words', () => {
    for (const text of ['', ' ', '0', '00', String(MAX_BLANK_SETS + 1), '100', '1.5', '-1', '+2', '2e1', 'five']) expect(parseBlankSets(text)).toBeNull();
  });
});

describe('documentNamePrefix', () => {
  it('joins title and campus, leaving out what is blank', () => {
    expect(documentNamePrefix({ title: ' Co-creation ', campus: 'North' })).toBe('Co-creation - North');
    expect(documentNamePrefix({ title: 'Co-creation', campus: '  ' })).toBe('Co-creation');
    expect(documentNamePrefix({ title: '', campus: '' })).toBe('');
  });
});

describe('describePrint', () => {
  it('says what happened in plain words, with the error tone only for failures', () => {
    expect(describePrint({ status: 'printed' }, 'the session report')).toEqual({ tone: 'info', text: 'Sent the session report to the printer.' });
    expect(describePrint({ status: 'dialog-shown' }, 'the worksheets')?.text).toMatch(/^The worksheets opened in a new window/);
    expect(describePrint({ status: 'blocked' }, 'the worksheets')?.tone).toBe('error');
    expect(describePrint({ status: 'not-printed', reason: 'cancelled' }, 'the worksheets')).toEqual({ tone: 'info', text: 'Printing was cancelled.' });
    expect(describePrint({ status: 'not-printed', reason: 'No printer' }, 'the worksheets')).toEqual({ tone: 'error', text: 'Could not print the worksheets: No printer' });
  });
});

describe('errorText', () => {
  it('uses an Error message and stringifies anything else', () => {
    expect(errorText(new Error('disk full'))).toBe('disk full');
    expect(errorText('plain')).toBe('plain');
  });
});
