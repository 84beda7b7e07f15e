import { describe, it, expect } from 'vitest';
import { exportFileNameSchema, isSafeExportFileName } from './export-file-name';
import { delegatePdfName, uniqueFileNames } from './file-names';

describe('isSafeExportFileName', () => {
  it.each(['North - Ana Silva.pdf', 'North - Sam Lee (2).pdf', 'Zoë 🎉.pdf', 'con_.pdf', 'a.b.pdf'])('accepts %j', (name) => {
    expect(isSafeExportFileName(name, 'pdf')).toBe(true);
  });

  it.each([
    '../x.pdf',
    'a/b.pdf',
    'a\\b.pdf',
    'C:x.pdf',
    '.pdf',
    '.hidden.pdf',
    'con.pdf',
    'x.pdf.',
    ' x.pdf',
    'x.csv',
    'x',
    'tab\tname.pdf',
    `${'a'.repeat(252)}.pdf`,
  ])('refuses %j', (name) => {
    expect(isSafeExportFileName(name, 'pdf')).toBe(false);
  });

  it('accepts every name the export itself produces', () => {
    const names = uniqueFileNames(
      ['A/B: "Test"', 'con', 'x'.repeat(300), 'Sam Lee', 'Sam Lee', '😀'.repeat(100)].map((n) => delegatePdfName('North: campus', n)),
      'pdf',
    );
    for (const name of names) expect(isSafeExportFileName(name, 'pdf')).toBe(true);
  });

  it('is usable as a zod schema', () => {
    expect(exportFileNameSchema('csv').safeParse('distribution.csv').success).toBe(true);
    expect(exportFileNameSchema('csv').safeParse('../distribution.csv').success).toBe(false);
  });
});
