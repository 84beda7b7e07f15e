import {
  DISTRIBUTION_FILE_NAME,
  exportDelegatePdfs,
  type AbortSignalLike,
  type ExportDelegate,
  type ExportProgress,
  type ExportReport,
  type ExportTarget,
} from '../../../shared/output/export-orchestrator';
import { printDocumentPath, type PaperSize } from '../../../shared/output/print-document-path';
import { plural } from '../../../shared/vocabulary';
import type { PdfFolderExport } from '../../host/host';

/** Writes each delegate's print route as a PDF, and text files, into one folder through the Host. */
export function folderExportTarget(pdf: PdfFolderExport, folder: string, sessionId: string, paper: PaperSize): ExportTarget {
  return {
    writePdf: (fileName, delegateId) => pdf.writePdf({ route: printDocumentPath({ kind: 'delegate', sessionId, delegateId }, paper), folder, fileName }),
    writeText: (fileName, text) => pdf.writeCsv({ folder, fileName, text }),
  };
}

export interface DelegateExportOptions {
  pdf: PdfFolderExport;
  sessionId: string;
  campus: string;
  delegates: readonly ExportDelegate[];
  paper: PaperSize;
  onProgress?: ExportProgress;
  /** Called once the folder is chosen, before the first PDF. */
  onFolder?: (folder: string) => void;
  signal?: AbortSignalLike;
}

export type DelegateExportResult = { status: 'no-folder' } | { status: 'finished'; folder: string; report: ExportReport };

/** "Export all": asks for a folder, then writes every delegate's PDF and distribution.csv into it. */
export async function exportAllDelegatePdfs(options: DelegateExportOptions): Promise<DelegateExportResult> {
  const folder = await options.pdf.pickFolder();
  if (folder === null) return { status: 'no-folder' };
  options.onFolder?.(folder);
  const report = await exportDelegatePdfs({
    delegates: options.delegates,
    campus: options.campus,
    target: folderExportTarget(options.pdf, folder, options.sessionId, options.paper),
    onProgress: options.onProgress,
    signal: options.signal,
  });
  return { status: 'finished', folder, report };
}

export interface ExportSummary {
  tone: 'ok' | 'warning';
  /** The first line says what happened; the rest name each failure. */
  lines: string[];
}

const ofTotal = (written: number, total: number) => `${written} of ${plural(total, 'PDF')}`;

/** What the facilitator reads when the export stops: what was written, what failed and why. */
export function summariseExport(report: ExportReport, total: number, folder: string): ExportSummary {
  const lines: string[] = [];
  const written = report.written.length;
  if (report.cancelled) lines.push(`Cancelled: ${ofTotal(written, total)} written to ${folder}.`);
  else if (report.failed.length === 0) lines.push(written === 1 ? `The PDF was written to ${folder}.` : `All ${written} PDFs written to ${folder}.`);
  else lines.push(`${ofTotal(written, total)} written to ${folder}; ${report.failed.length} could not be written.`);
  for (const failure of report.failed) lines.push(`Not written: ${failure.name}: ${failure.message}`);
  lines.push(
    report.distributionError === null
      ? `${DISTRIBUTION_FILE_NAME} lists each delegate's email and file, for sending the PDFs after the event.`
      : `${DISTRIBUTION_FILE_NAME} could not be written: ${report.distributionError}`,
  );
  const clean = !report.cancelled && report.failed.length === 0 && report.distributionError === null;
  return { tone: clean ? 'ok' : 'warning', lines };
}
