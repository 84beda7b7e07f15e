import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { parsePrintDocumentPath } from '../../../shared/output/print-document-path';
import type { PdfFolderExport } from '../../host/host';
import { exportAllDelegatePdfs, summariseExport } from './delegate-export';
import { saveDocumentPdf } from './document-pdf';

const SESSION = '0f8fad5b-d9cb-469f-a165-70867728950e';
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const delegates = [
  { id: id(1), name: 'Ana Silva', email: 'ana@example.ac.uk' },
  { id: id(2), name: 'Ben Okafor', email: '' },
  { id: id(3), name: 'Chloé Martin', email: 'chloe@example.ac.uk' },
];

/** The Electron host's folder export, in memory: records files, fails for chosen delegates. */
class FakeFolderExport implements PdfFolderExport {
  readonly files = new Map<string, { route?: string; text?: string }>();
  readonly calls: string[] = [];
  constructor(
    private readonly options: { folder?: string | null; failFor?: Map<string, string>; onPdf?: (count: number) => void } = {},
  ) {}
  async pickFolder() {
    this.calls.push('pick');
    return this.options.folder === undefined ? '/home/me/Exports' : this.options.folder;
  }
  async writePdf({ route, folder, fileName }: { route: string; folder: string; fileName: string }) {
    this.calls.push(`pdf ${fileName}`);
    const parsed = parsePrintDocumentPath(route);
    expect(parsed).not.toBeNull();
    const delegateId = parsed?.document.kind === 'delegate' ? parsed.document.delegateId : '';
    const failure = this.options.failFor?.get(delegateId);
    // What the real host throws once Electron's prefix is stripped.
    if (failure) throw new Error(failure);
    this.files.set(`${folder}/${fileName}`, { route });
    this.options.onPdf?.([...this.files.keys()].filter((k) => k.endsWith('.pdf')).length);
  }
  async writeCsv({ folder, fileName, text }: { folder: string; fileName: string; text: string }) {
    this.calls.push(`csv ${fileName}`);
    this.files.set(`${folder}/${fileName}`, { text });
  }
}

function distribution(fake: FakeFolderExport, folder = '/home/me/Exports'): string[][] {
  const text = fake.files.get(`${folder}/distribution.csv`)?.text ?? '';
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
}

describe('exportAllDelegatePdfs', () => {
  it('asks for a folder, writes each delegate’s print route as a PDF in order, then distribution.csv', async () => {
    const fake = new FakeFolderExport();
    const progress: string[] = [];
    const folders: string[] = [];
    const result = await exportAllDelegatePdfs({
      pdf: fake,
      sessionId: SESSION,
      campus: 'North',
      delegates,
      paper: 'letter',
      onFolder: (folder) => folders.push(folder),
      onProgress: (done, total, current) => progress.push(`${done} of ${total}${current ? ` (${current})` : ''}`),
    });
    expect(result.status).toBe('finished');
    expect(folders).toEqual(['/home/me/Exports']);
    expect(fake.calls).toEqual(['pick', 'pdf North - Ana Silva.pdf', 'pdf North - Ben Okafor.pdf', 'pdf North - Chloé Martin.pdf', 'csv distribution.csv']);
    expect(fake.files.get('/home/me/Exports/North - Ben Okafor.pdf')?.route).toBe(`/print/${SESSION}/delegate/${id(2)}?paper=letter`);
    expect(progress).toEqual(['0 of 3 (Ana Silva)', '1 of 3 (Ben Okafor)', '2 of 3 (Chloé Martin)', '3 of 3']);
    expect(distribution(fake)).toEqual([
      ['Delegate', 'Email', 'File', 'Error'],
      ['Ana Silva', 'ana@example.ac.uk', 'North - Ana Silva.pdf', ''],
      ['Ben Okafor', '', 'North - Ben Okafor.pdf', ''],
      ['Chloé Martin', 'chloe@example.ac.uk', 'North - Chloé Martin.pdf', ''],
    ]);
    if (result.status !== 'finished') return;
    expect(summariseExport(result.report, delegates.length, result.folder)).toEqual({
      tone: 'ok',
      lines: ['All 3 PDFs written to /home/me/Exports.', "distribution.csv lists each delegate's email and file, for sending the PDFs after the event."],
    });
  });

  it('writes nothing when no folder is chosen', async () => {
    const fake = new FakeFolderExport({ folder: null });
    const result = await exportAllDelegatePdfs({ pdf: fake, sessionId: SESSION, campus: 'North', delegates, paper: 'a4' });
    expect(result).toEqual({ status: 'no-folder' });
    expect(fake.calls).toEqual(['pick']);
  });

  it('reports a failure on one delegate and still writes the others', async () => {
    const fake = new FakeFolderExport({ failFor: new Map([[id(2), 'Could not write /home/me/Exports/North - Ben Okafor.pdf: the disk is full']]) });
    const result = await exportAllDelegatePdfs({ pdf: fake, sessionId: SESSION, campus: 'North', delegates, paper: 'a4' });
    if (result.status !== 'finished') throw new Error('expected the export to finish');
    expect([...fake.files.keys()]).toEqual(['/home/me/Exports/North - Ana Silva.pdf', '/home/me/Exports/North - Chloé Martin.pdf', '/home/me/Exports/distribution.csv']);
    expect(distribution(fake)[2]).toEqual(['Ben Okafor', '', '', 'Could not write /home/me/Exports/North - Ben Okafor.pdf: the disk is full']);
    expect(summariseExport(result.report, delegates.length, result.folder)).toEqual({
      tone: 'warning',
      lines: [
        '2 of 3 PDFs written to /home/me/Exports; 1 could not be written.',
        'Not written: Ben Okafor: Could not write /home/me/Exports/North - Ben Okafor.pdf: the disk is full',
        "distribution.csv lists each delegate's email and file, for sending the PDFs after the event.",
      ],
    });
  });

  it('stops between delegates when cancelled, and still writes distribution.csv', async () => {
    const controller = new AbortController();
    const fake = new FakeFolderExport({ onPdf: (count) => count === 1 && controller.abort() });
    const result = await exportAllDelegatePdfs({ pdf: fake, sessionId: SESSION, campus: '', delegates, paper: 'a4', signal: controller.signal });
    if (result.status !== 'finished') throw new Error('expected the export to finish');
    expect(fake.calls).toEqual(['pick', 'pdf Ana Silva.pdf', 'csv distribution.csv']);
    expect(result.report.cancelled).toBe(true);
    expect(summariseExport(result.report, delegates.length, result.folder)).toEqual({
      tone: 'warning',
      lines: ['Cancelled: 1 of 3 PDFs written to /home/me/Exports.', "distribution.csv lists each delegate's email and file, for sending the PDFs after the event."],
    });
  });

  it('says when distribution.csv could not be written', () => {
    const summary = summariseExport({ written: [{ delegateId: id(1), fileName: 'a.pdf' }], failed: [], cancelled: false, distributionError: 'permission denied' }, 1, '/x');
    expect(summary).toEqual({ tone: 'warning', lines: ['The PDF was written to /x.', 'distribution.csv could not be written: permission denied'] });
  });
});

describe('saveDocumentPdf', () => {
  it('writes one document under a safe name into the chosen folder', async () => {
    const fake = new FakeFolderExport();
    const route = `/print/${SESSION}/report?paper=a4`;
    await expect(saveDocumentPdf(fake, route, 'Roadshow: North / report')).resolves.toEqual({
      status: 'saved',
      folder: '/home/me/Exports',
      fileName: 'Roadshow_ North _ report.pdf',
    });
    expect(fake.files.get('/home/me/Exports/Roadshow_ North _ report.pdf')?.route).toBe(route);
  });

  it('does nothing without a folder', async () => {
    const fake = new FakeFolderExport({ folder: null });
    await expect(saveDocumentPdf(fake, `/print/${SESSION}/report?paper=a4`, 'report')).resolves.toEqual({ status: 'no-folder' });
    expect(fake.files.size).toBe(0);
  });
});
