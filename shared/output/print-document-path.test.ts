import { describe, it, expect } from 'vitest';
import {
  blankSetsFromSearch,
  MAX_BLANK_SETS,
  paperFromSearch,
  parsePrintDocumentPath,
  printDocumentPath,
  printDocumentPathSchema,
  type PrintDocument,
} from './print-document-path';

const S = '0f8fad5b-d9cb-469f-a165-70867728950e';
const D = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const params = (text: string) => new URLSearchParams(text);

describe('printDocumentPath / parsePrintDocumentPath', () => {
  const documents: PrintDocument[] = [
    { kind: 'worksheets', sessionId: S, blankSets: null },
    { kind: 'worksheets', sessionId: S, blankSets: 12 },
    { kind: 'delegate', sessionId: S, delegateId: D },
    { kind: 'delegates', sessionId: S },
    { kind: 'report', sessionId: S },
    { kind: 'roadshow-report', roadshowId: D },
  ];

  it('writes one canonical route per document', () => {
    expect(printDocumentPath({ kind: 'report', sessionId: S }, 'a4')).toBe(`/print/${S}/report?paper=a4`);
    expect(printDocumentPath({ kind: 'delegate', sessionId: S, delegateId: D }, 'letter')).toBe(`/print/${S}/delegate/${D}?paper=letter`);
    expect(printDocumentPath({ kind: 'worksheets', sessionId: S, blankSets: 3 }, 'a4')).toBe(`/print/${S}/worksheets?paper=a4&blank=3`);
    expect(printDocumentPath({ kind: 'worksheets', sessionId: S, blankSets: null }, 'a4')).toBe(`/print/${S}/worksheets?paper=a4`);
    expect(printDocumentPath({ kind: 'roadshow-report', roadshowId: D }, 'letter')).toBe(`/print-roadshow/${D}?paper=letter`);
  });

  it.each(documents)('reads back what it wrote: %o', (document) => {
    for (const paper of ['a4', 'letter'] as const) {
      expect(parsePrintDocumentPath(printDocumentPath(document, paper))).toEqual({ document, paper });
    }
  });

  it('refuses an impossible number of blank sets', () => {
    expect(() => printDocumentPath({ kind: 'worksheets', sessionId: S, blankSets: 0 }, 'a4')).toThrow(RangeError);
    expect(() => printDocumentPath({ kind: 'worksheets', sessionId: S, blankSets: MAX_BLANK_SETS + 1 }, 'a4')).toThrow(RangeError);
    expect(() => printDocumentPath({ kind: 'worksheets', sessionId: S, blankSets: 1.5 }, 'a4')).toThrow(RangeError);
  });

  it.each([
    '',
    '/',
    `/print/${S}/report`,
    `/print/${S}/report?paper=a3`,
    `/print/${S}/report?paper=a4&blank=2`,
    `/print/${S}/worksheets?paper=a4&blank=0`,
    `/print/${S}/worksheets?paper=a4&blank=${MAX_BLANK_SETS + 1}`,
    `/print/${S}/worksheets?blank=2&paper=a4`,
    `/print/${S}/delegate/not-a-uuid?paper=a4`,
    `/print/${S}/../../etc/passwd?paper=a4`,
    `/print/${S}/report?paper=a4#x`,
    `https://example.com/print/${S}/report?paper=a4`,
    `/sessions/${S}/setup`,
    ` /print/${S}/report?paper=a4`,
    `/print-roadshow/${D}`,
    `/print-roadshow/${D}?paper=a3`,
    `/print-roadshow/${D}?paper=a4&blank=2`,
    `/print-roadshow/not-a-uuid?paper=a4`,
    `/print-roadshow/${D}/../x?paper=a4`,
    `/roadshow-projector/${D}?paper=a4`,
    `/roadshows/${D}`,
  ])('refuses %j', (route) => {
    expect(parsePrintDocumentPath(route)).toBeNull();
    expect(printDocumentPathSchema.safeParse(route).success).toBe(false);
  });

  it('accepts a canonical route in the schema', () => {
    expect(printDocumentPathSchema.safeParse(`/print/${S}/delegates?paper=letter`).success).toBe(true);
  });
});

describe('search parameters', () => {
  it('reads the paper size, defaulting to A4', () => {
    expect(paperFromSearch(params('paper=letter'))).toBe('letter');
    expect(paperFromSearch(params('paper=a4'))).toBe('a4');
    expect(paperFromSearch(params(''))).toBe('a4');
    expect(paperFromSearch(params('paper=tabloid'))).toBe('a4');
  });

  it('reads a blank-set count within range, or null', () => {
    expect(blankSetsFromSearch(params('blank=4'))).toBe(4);
    expect(blankSetsFromSearch(params(`blank=${MAX_BLANK_SETS}`))).toBe(MAX_BLANK_SETS);
    expect(blankSetsFromSearch(params(''))).toBeNull();
    expect(blankSetsFromSearch(params('blank=0'))).toBeNull();
    expect(blankSetsFromSearch(params('blank=-2'))).toBeNull();
    expect(blankSetsFromSearch(params('blank=2.5'))).toBeNull();
    expect(blankSetsFromSearch(params(`blank=${MAX_BLANK_SETS + 1}`))).toBeNull();
  });
});
