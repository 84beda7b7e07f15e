/**
 * Exports one PDF per delegate into a folder, then distribution.csv saying which file is whose.
 * Rendering and writing are the target's job (the renderer implements it over the Host); this
 * module decides names, order, progress, cancellation and what a failure means.
 */
import type { Delegate } from '../session/schema';
import { toCsv } from './csv';
import { delegatePdfName, uniqueFileNames } from './file-names';

export const DISTRIBUTION_FILE_NAME = 'distribution.csv';

/** Where the files go; every method writes one file into the chosen folder. */
export interface ExportTarget {
  writePdf(fileName: string, delegateId: string): Promise<void>;
  writeText(fileName: string, text: string): Promise<void>;
}

/** The part of AbortSignal this needs (shared/ has no DOM types); a real AbortSignal fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** `current` is the delegate being written now, or null once the PDFs are done. */
export type ExportProgress = (done: number, total: number, current: string | null) => void;

export type ExportDelegate = Pick<Delegate, 'id' | 'name' | 'email'>;

export interface ExportReport {
  written: { delegateId: string; fileName: string }[];
  failed: { delegateId: string; name: string; message: string }[];
  /** True when the signal stopped the export before every delegate was tried. */
  cancelled: boolean;
  /** Why distribution.csv could not be written; null when it was. The PDFs are still there. */
  distributionError: string | null;
}

export interface ExportDelegatePdfsOptions {
  delegates: readonly ExportDelegate[];
  campus: string;
  target: ExportTarget;
  onProgress?: ExportProgress;
  signal?: AbortSignalLike;
}

export const NOT_EXPORTED_CANCELLED = 'Not exported: the export was cancelled';

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  const text = String(error);
  return text === '' || text === '[object Object]' ? 'Unknown error' : text;
}

/**
 * Writes the PDFs one at a time (printing is heavy, and the order keeps progress meaningful),
 * checking `signal` between delegates. A failure is recorded and the next delegate is tried.
 * distribution.csv is written at the end, also after a cancel, so the folder says what it holds.
 */
export async function exportDelegatePdfs({
  delegates,
  campus,
  target,
  onProgress,
  signal,
}: ExportDelegatePdfsOptions): Promise<ExportReport> {
  // Names are decided for everyone up front, so "Ana (2)" stays Ana's even if another export fails.
  const fileNames = uniqueFileNames(
    delegates.map((d) => delegatePdfName(campus, d.name)),
    'pdf',
  );
  const report: ExportReport = { written: [], failed: [], cancelled: false, distributionError: null };
  const outcomes = new Map<string, { file: string; error: string }>();
  const total = delegates.length;

  for (const [index, delegate] of delegates.entries()) {
    if (signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const fileName = fileNames[index] ?? '';
    onProgress?.(index, total, delegate.name);
    try {
      await target.writePdf(fileName, delegate.id);
      report.written.push({ delegateId: delegate.id, fileName });
      outcomes.set(delegate.id, { file: fileName, error: '' });
    } catch (error) {
      const message = messageOf(error);
      report.failed.push({ delegateId: delegate.id, name: delegate.name, message });
      outcomes.set(delegate.id, { file: '', error: message });
    }
  }
  onProgress?.(report.written.length + report.failed.length, total, null);

  const distribution = toCsv(
    [
      { key: 'delegate', header: 'Delegate' },
      { key: 'email', header: 'Email' },
      { key: 'file', header: 'File' },
      { key: 'error', header: 'Error' },
    ],
    delegates.map((d) => {
      const outcome = outcomes.get(d.id) ?? { file: '', error: NOT_EXPORTED_CANCELLED };
      return { delegate: d.name, email: d.email, file: outcome.file, error: outcome.error };
    }),
  );
  try {
    await target.writeText(DISTRIBUTION_FILE_NAME, distribution);
  } catch (error) {
    report.distributionError = messageOf(error);
  }
  return report;
}
