import { describe, it, expect } from 'vitest';
import { buildSessionFixture, type FixtureSpec } from '../../../shared/test-support/session-fixture';
import { CSV_FILE_KIND, csvDownloads, saveCsv } from './csv-downloads';
import { getBuiltInTemplate } from '../../../shared/templates';

const fixture = (spec: FixtureSpec) => buildSessionFixture(spec, getBuiltInTemplate('students-union-co-creation')!);

const bundle = fixture({
  title: 'Roadshow: spring',
  campus: 'North',
  units: [
    {
      name: 'Table 1',
      delegates: [{ name: 'Ana Silva' }],
      entries: [{ columnId: 'col-unofficial', rowId: 'row-access', what: '=HYPERLINK("x")', strengthId: 'str-informed' }],
      actions: [{ what: 'Invite officers', owner: 'Ana' }, { what: 'Pay partners', owner: 'Ana' }],
    },
  ],
  quizTallies: [{ statementId: 'su-q-opt-out', round: 'before', trueCount: 1, falseCount: 2, unsureCount: 0 }],
});

describe('csvDownloads', () => {
  it('offers every file for the session, named after it, with its row count', () => {
    expect(csvDownloads(bundle).map((f) => [f.label, f.fileName, f.rows])).toEqual([
      ['Quiz tallies', 'Roadshow_ spring - North - quiz-tallies.csv', 1],
      ['Discussion cards', 'Roadshow_ spring - North - discussion-cards.csv', 0],
      ['Map entries', 'Roadshow_ spring - North - map-entries.csv', 1],
      ['Channels', 'Roadshow_ spring - North - channels.csv', 0],
      ['Actions', 'Roadshow_ spring - North - actions.csv', 2],
    ]);
  });

  it('keeps the CSV text from the shared builders: BOM and neutralised formulas', () => {
    const entries = csvDownloads(bundle).find((f) => f.label === 'Map entries');
    expect(entries?.text.startsWith('\uFEFF')).toBe(true);
    expect(entries?.text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('saves through the host as a CSV file', async () => {
    const saved: unknown[] = [];
    const file = csvDownloads(bundle)[0]!;
    await saveCsv({ saveTextFile: async (options) => (saved.push(options), { saved: true }) }, file);
    expect(saved).toEqual([{ suggestedName: file.fileName, kind: CSV_FILE_KIND, text: file.text }]);
  });
});
