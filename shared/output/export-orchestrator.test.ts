import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import {
  DISTRIBUTION_FILE_NAME,
  NOT_EXPORTED_CANCELLED,
  exportDelegatePdfs,
  type ExportDelegate,
  type ExportTarget,
} from './export-orchestrator';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const delegates: ExportDelegate[] = [
  { id: id(1), name: 'Ana Silva', email: 'ana@example.ac.uk' },
  { id: id(2), name: 'Ben Okafor', email: '' },
  { id: id(3), name: 'Chloé Martin', email: 'chloe@example.ac.uk' },
  { id: id(4), name: 'Dev Patel', email: 'dev@example.ac.uk' },
];

/** Records every write in order; `failFor` makes writePdf reject for those delegates. */
class FakeTarget implements ExportTarget {
  readonly pdfs: { fileName: string; delegateId: string }[] = [];
  readonly texts = new Map<string, string>();
  readonly log: string[] = [];
  constructor(
    private readonly failFor: ReadonlyMap<string, unknown> = new Map(),
    private readonly afterPdf: (count: number) => void = () => {},
    private readonly textError: unknown = null,
  ) {}

  async writePdf(fileName: string, delegateId: string): Promise<void> {
    await Promise.resolve();
    this.log.push(`pdf ${fileName}`);
    if (this.failFor.has(delegateId)) throw this.failFor.get(delegateId);
    this.pdfs.push({ fileName, delegateId });
    this.afterPdf(this.pdfs.length);
  }

  async writeText(fileName: string, text: string): Promise<void> {
    await Promise.resolve();
    this.log.push(`text ${fileName}`);
    if (this.textError !== null) throw this.textError;
    this.texts.set(fileName, text);
  }
}

function distributionRows(target: FakeTarget): string[][] {
  const text = target.texts.get(DISTRIBUTION_FILE_NAME);
  expect(text).toBeDefined();
  expect(text?.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>((text ?? '').slice(1), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('exportDelegatePdfs', () => {
  it('writes one PDF per delegate named "<campus> - <delegate>.pdf", then distribution.csv', async () => {
    const target = new FakeTarget();
    const progress: [number, number, string | null][] = [];
    const report = await exportDelegatePdfs({
      delegates,
      campus: 'North Campus',
      target,
      onProgress: (done, total, current) => progress.push([done, total, current]),
    });

    expect(report).toEqual({
      written: [
        { delegateId: id(1), fileName: 'North Campus - Ana Silva.pdf' },
        { delegateId: id(2), fileName: 'North Campus - Ben Okafor.pdf' },
        { delegateId: id(3), fileName: 'North Campus - Chloé Martin.pdf' },
        { delegateId: id(4), fileName: 'North Campus - Dev Patel.pdf' },
      ],
      failed: [],
      cancelled: false,
      distributionError: null,
    });
    expect(target.log).toEqual([
      'pdf North Campus - Ana Silva.pdf',
      'pdf North Campus - Ben Okafor.pdf',
      'pdf North Campus - Chloé Martin.pdf',
      'pdf North Campus - Dev Patel.pdf',
      'text distribution.csv',
    ]);
    expect(progress).toEqual([
      [0, 4, 'Ana Silva'],
      [1, 4, 'Ben Okafor'],
      [2, 4, 'Chloé Martin'],
      [3, 4, 'Dev Patel'],
      [4, 4, null],
    ]);
    expect(distributionRows(target)).toEqual([
      ['Delegate', 'Email', 'File', 'Error'],
      ['Ana Silva', 'ana@example.ac.uk', 'North Campus - Ana Silva.pdf', ''],
      ['Ben Okafor', '', 'North Campus - Ben Okafor.pdf', ''],
      ['Chloé Martin', 'chloe@example.ac.uk', 'North Campus - Chloé Martin.pdf', ''],
      ['Dev Patel', 'dev@example.ac.uk', 'North Campus - Dev Patel.pdf', ''],
    ]);
  });

  it('uses just the delegate name without a campus, and cleans unsafe names', async () => {
    const target = new FakeTarget();
    const report = await exportDelegatePdfs({
      delegates: [{ id: id(1), name: 'A/B: "Test"', email: '' }, { id: id(2), name: 'con', email: '' }],
      campus: '',
      target,
    });
    expect(report.written.map((w) => w.fileName)).toEqual(['A_B_ _Test_.pdf', 'con_.pdf']);
  });

  it('records a failure in the middle and carries on with the others', async () => {
    const target = new FakeTarget(new Map([[id(2), new Error('Printer ran out of memory')]]));
    const progress: number[] = [];
    const report = await exportDelegatePdfs({ delegates, campus: 'North', target, onProgress: (done) => progress.push(done) });

    expect(report.written.map((w) => w.delegateId)).toEqual([id(1), id(3), id(4)]);
    expect(report.failed).toEqual([{ delegateId: id(2), name: 'Ben Okafor', message: 'Printer ran out of memory' }]);
    expect(report.cancelled).toBe(false);
    expect(progress).toEqual([0, 1, 2, 3, 4]);
    expect(distributionRows(target)).toEqual([
      ['Delegate', 'Email', 'File', 'Error'],
      ['Ana Silva', 'ana@example.ac.uk', 'North - Ana Silva.pdf', ''],
      ['Ben Okafor', '', '', 'Printer ran out of memory'],
      ['Chloé Martin', 'chloe@example.ac.uk', 'North - Chloé Martin.pdf', ''],
      ['Dev Patel', 'dev@example.ac.uk', 'North - Dev Patel.pdf', ''],
    ]);
  });

  it('describes failures that are not Error objects', async () => {
    const target = new FakeTarget(
      new Map<string, unknown>([
        [id(1), 'disk full'],
        [id(2), { code: 42 }],
        [id(3), new Error('')],
      ]),
    );
    const report = await exportDelegatePdfs({ delegates, campus: '', target });
    expect(report.failed.map((f) => f.message)).toEqual(['disk full', 'Unknown error', 'Error']);
  });

  it('stops between delegates when cancelled and reports what was written', async () => {
    const signal = { aborted: false };
    const target = new FakeTarget(new Map(), (count) => {
      if (count === 2) signal.aborted = true;
    });
    const progress: [number, number, string | null][] = [];
    const report = await exportDelegatePdfs({
      delegates,
      campus: 'North',
      target,
      signal,
      onProgress: (done, total, current) => progress.push([done, total, current]),
    });

    expect(report.cancelled).toBe(true);
    expect(report.written).toEqual([
      { delegateId: id(1), fileName: 'North - Ana Silva.pdf' },
      { delegateId: id(2), fileName: 'North - Ben Okafor.pdf' },
    ]);
    expect(report.failed).toEqual([]);
    expect(target.pdfs).toHaveLength(2);
    expect(progress).toEqual([
      [0, 4, 'Ana Silva'],
      [1, 4, 'Ben Okafor'],
      [2, 4, null],
    ]);
    expect(distributionRows(target)).toEqual([
      ['Delegate', 'Email', 'File', 'Error'],
      ['Ana Silva', 'ana@example.ac.uk', 'North - Ana Silva.pdf', ''],
      ['Ben Okafor', '', 'North - Ben Okafor.pdf', ''],
      ['Chloé Martin', 'chloe@example.ac.uk', '', NOT_EXPORTED_CANCELLED],
      ['Dev Patel', 'dev@example.ac.uk', '', NOT_EXPORTED_CANCELLED],
    ]);
  });

  it('writes nothing but the list when cancelled before it starts', async () => {
    const target = new FakeTarget();
    const report = await exportDelegatePdfs({ delegates, campus: 'North', target, signal: { aborted: true } });
    expect(report).toEqual({ written: [], failed: [], cancelled: true, distributionError: null });
    expect(target.log).toEqual(['text distribution.csv']);
  });

  it('numbers delegates with the same name, case-insensitively', async () => {
    const target = new FakeTarget();
    const report = await exportDelegatePdfs({
      delegates: [
        { id: id(1), name: 'Sam Lee', email: '' },
        { id: id(2), name: 'Sam Lee', email: '' },
        { id: id(3), name: 'SAM LEE', email: '' },
      ],
      campus: 'North',
      target,
    });
    expect(report.written.map((w) => w.fileName)).toEqual(['North - Sam Lee.pdf', 'North - Sam Lee (2).pdf', 'North - SAM LEE (3).pdf']);
    expect(distributionRows(target).map((row) => row[2])).toEqual([
      'File',
      'North - Sam Lee.pdf',
      'North - Sam Lee (2).pdf',
      'North - SAM LEE (3).pdf',
    ]);
  });

  it('keeps the numbering stable when an earlier namesake fails', async () => {
    const target = new FakeTarget(new Map([[id(1), new Error('boom')]]));
    const report = await exportDelegatePdfs({
      delegates: [
        { id: id(1), name: 'Sam Lee', email: '' },
        { id: id(2), name: 'Sam Lee', email: '' },
      ],
      campus: '',
      target,
    });
    expect(report.written).toEqual([{ delegateId: id(2), fileName: 'Sam Lee (2).pdf' }]);
  });

  it('neutralises formula-like names in distribution.csv', async () => {
    const target = new FakeTarget();
    await exportDelegatePdfs({ delegates: [{ id: id(1), name: '=cmd', email: '' }], campus: '', target });
    // The file cell is text too; a spreadsheet shows it without the apostrophe.
    expect(distributionRows(target)[1]).toEqual(["'=cmd", '', "'=cmd.pdf", '']);
  });

  it('reports a failure to write distribution.csv without losing the PDF results', async () => {
    const target = new FakeTarget(new Map(), () => {}, new Error('Folder is read-only'));
    const report = await exportDelegatePdfs({ delegates: delegates.slice(0, 1), campus: '', target });
    expect(report.written).toHaveLength(1);
    expect(report.distributionError).toBe('Folder is read-only');
  });

  it('handles an empty delegate list', async () => {
    const target = new FakeTarget();
    const progress: [number, number, string | null][] = [];
    const report = await exportDelegatePdfs({ delegates: [], campus: 'North', target, onProgress: (...args) => progress.push(args) });
    expect(report).toEqual({ written: [], failed: [], cancelled: false, distributionError: null });
    expect(progress).toEqual([[0, 0, null]]);
    expect(distributionRows(target)).toEqual([['Delegate', 'Email', 'File', 'Error']]);
  });
});
