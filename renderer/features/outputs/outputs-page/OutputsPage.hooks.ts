import { useRef, useState } from 'react';
import { DEFAULT_PAPER_SIZE, printDocumentPath, type PaperSize, type PrintDocument } from '../../../../shared/output/print-document-path';
import { useHost } from '../../../app/providers';
import { useOutputWriter, usePaperSize } from '../../../data/output-hooks';
import type { SessionBundle } from '../../../data/output-repo';
import { saveCsv, type CsvDownload } from '../csv-downloads';
import { exportAllDelegatePdfs, summariseExport, type ExportSummary } from '../delegate-export';
import { saveDocumentPdf } from '../document-pdf';
import { describePrint, errorText, type Notice } from './OutputsPage.utils';

/** The paper size: shown at once when chosen; the stored value catches up after the write. */
export function usePaperChoice(report: (notice: Notice) => void) {
  const storedPaper = usePaperSize();
  const writer = useOutputWriter();
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  const paper = chosenPaper ?? storedPaper ?? DEFAULT_PAPER_SIZE;
  const choosePaper = (value: PaperSize) => {
    setChosenPaper(value);
    writer.setPaperSize(value).catch((error: unknown) => report({ tone: 'error', text: `The paper size was not saved: ${errorText(error)}` }));
  };
  return { paper, choosePaper };
}

/** Printing, saving PDFs and saving CSV files, each ending in one notice. */
export function useDocumentCommands(paper: PaperSize, setNotice: (notice: Notice) => void) {
  const host = useHost();
  const pathOf = (doc: PrintDocument) => printDocumentPath(doc, paper);

  const print = async (doc: PrintDocument, what: string) => {
    setNotice(null);
    try {
      setNotice(describePrint(await host.printDocument(pathOf(doc)), what));
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not print ${what}: ${errorText(error)}` });
    }
  };

  const savePdf = async (doc: PrintDocument, name: string, what: string) => {
    const pdf = host.pdfFolderExport;
    if (!pdf) return;
    setNotice(null);
    try {
      const result = await saveDocumentPdf(pdf, pathOf(doc), name);
      if (result.status === 'saved') setNotice({ tone: 'info', text: `Saved ${what} as "${result.fileName}" in ${result.folder}.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not save ${what}: ${errorText(error)}` });
    }
  };

  const downloadCsv = async (file: CsvDownload) => {
    setNotice(null);
    try {
      const result = await saveCsv(host, file);
      if (result.saved) setNotice({ tone: 'info', text: `Saved ${file.label.toLowerCase()}${result.location ? ` as ${result.location}` : ''}.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not save ${file.label.toLowerCase()}: ${errorText(error)}` });
    }
  };

  return { pathOf, print, savePdf, downloadCsv, canSavePdf: host.pdfFolderExport !== null };
}

export interface ExportProgress {
  done: number;
  total: number;
  current: string | null;
  folder: string | null;
}

/** Writing every delegate's PDF into a folder, with progress, a way to cancel, and a summary at the end. */
export function useDelegatePdfExport(bundle: SessionBundle, paper: PaperSize, setNotice: (notice: Notice) => void) {
  const host = useHost();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  const abort = useRef<AbortController | null>(null);
  const exporting = progress !== null;

  const exportAll = async () => {
    const pdf = host.pdfFolderExport;
    if (!pdf || exporting) return;
    setNotice(null);
    setSummary(null);
    const controller = new AbortController();
    abort.current = controller;
    const total = bundle.delegates.length;
    let folder: string | null = null;
    try {
      const result = await exportAllDelegatePdfs({
        pdf,
        sessionId: bundle.session.id,
        campus: bundle.session.campus,
        delegates: bundle.delegates,
        paper,
        signal: controller.signal,
        onFolder: (chosen) => {
          folder = chosen;
          setProgress({ done: 0, total, current: null, folder: chosen });
        },
        onProgress: (done, count, current) => setProgress({ done, total: count, current, folder }),
      });
      if (result.status === 'finished') setSummary(summariseExport(result.report, total, result.folder));
    } catch (error) {
      setNotice({ tone: 'error', text: `The export stopped: ${errorText(error)}` });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return { progress, summary, exporting, exportAll, cancel: () => abort.current?.abort() };
}
export type DocumentCommands = ReturnType<typeof useDocumentCommands>;
