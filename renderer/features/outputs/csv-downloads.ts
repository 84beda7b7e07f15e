import { safeFileName } from '../../../shared/output/file-names';
import { sessionCsvFiles, type SESSION_CSV_FILE_NAMES, type SessionData } from '../../../shared/output/session-csv';
import type { FileKind, Host } from '../../host/host';

export const CSV_FILE_KIND: FileKind = { description: 'CSV spreadsheet', extensions: ['csv'], mimeType: 'text/csv' };

type CsvFileName = (typeof SESSION_CSV_FILE_NAMES)[keyof typeof SESSION_CSV_FILE_NAMES];

/** What each file is called on screen, and how many records it holds. */
const KINDS: Record<CsvFileName, { label: string; rows: (data: SessionData) => number }> = {
  'quiz-answers.csv': { label: 'Quiz answers', rows: (d) => d.quizAnswers.length },
  'quiz-tallies.csv': { label: 'Quiz tallies', rows: (d) => d.quizTallies.length },
  'map-entries.csv': { label: 'Map entries', rows: (d) => d.mapEntries.length },
  'channels.csv': { label: 'Channels', rows: (d) => d.channels.length },
  'actions.csv': { label: 'Actions', rows: (d) => d.actions.length },
  'discussion-cards.csv': { label: 'Discussion cards', rows: (d) => d.cards.length },
};

export interface CsvDownload {
  /** "Map entries" */
  label: string;
  /** "Roadshow - North - map-entries.csv": says which session it came from once it sits in Downloads. */
  fileName: string;
  text: string;
  rows: number;
}

/** Every CSV file that applies to the session, named after the session. */
export function csvDownloads(data: SessionData): CsvDownload[] {
  const prefix = [data.session.title, data.session.campus].map((part) => part.trim()).filter(Boolean);
  return sessionCsvFiles(data).map((file) => {
    const stem = file.fileName.replace(/\.csv$/, '');
    const kind = KINDS[file.fileName as CsvFileName] as (typeof KINDS)[CsvFileName] | undefined;
    return {
      label: kind?.label ?? stem,
      fileName: safeFileName([...prefix, stem].join(' - '), 'csv'),
      text: file.text,
      rows: kind?.rows(data) ?? 0,
    };
  });
}

export function saveCsv(host: Pick<Host, 'saveTextFile'>, file: CsvDownload) {
  return host.saveTextFile({ suggestedName: file.fileName, kind: CSV_FILE_KIND, text: file.text });
}
