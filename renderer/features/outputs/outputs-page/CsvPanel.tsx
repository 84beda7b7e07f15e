import { plural } from '../../../../shared/vocabulary';
import type { CsvDownload } from '../csv-downloads';

export function CsvPanel({ files, onDownload }: { files: readonly CsvDownload[]; onDownload: (file: CsvDownload) => void }) {
  return (
    <section className="panel" aria-labelledby="csv-title">
      <h2 id="csv-title">Spreadsheets (CSV)</h2>
      <p>For your own analysis. The files open in Excel with accents intact; text that looks like a formula is kept as text.</p>
      <ul className="outputs-csv">
        {files.map((file) => (
          <li key={file.fileName}>
            <span>
              {file.label} <span className="muted">({plural(file.rows, 'row')})</span>
            </span>
            <button type="button" onClick={() => onDownload(file)} aria-label={`Download ${file.label.toLowerCase()} CSV`}>
              Download
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
