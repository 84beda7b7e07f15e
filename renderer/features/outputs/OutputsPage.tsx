import { LoadingPage, SessionNotFoundPage } from '../../components/PageStatus';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { DEFAULT_PAPER_SIZE, MAX_BLANK_SETS, printDocumentPath, type PaperSize, type PrintDocument } from '../../../shared/output/print-document-path';
import { useHost } from '../../app/providers';
import { useOutputWriter, usePaperSize, useSessionBundle } from '../../data/output-hooks';
import type { SessionBundle } from '../../data/output-repo';
import type { PrintOutcome } from '../../host/host';
import { formatSessionWhen } from '../../format';
import { csvDownloads, saveCsv } from './csv-downloads';
import { exportAllDelegatePdfs, summariseExport, type ExportSummary } from './delegate-export';
import { saveDocumentPdf } from './document-pdf';
import './outputs.css';

type Notice = { tone: 'info' | 'error'; text: string } | null;

interface Progress {
  done: number;
  total: number;
  current: string | null;
  folder: string | null;
}

function describePrint(outcome: PrintOutcome, what: string): Notice {
  switch (outcome.status) {
    case 'printed':
      return { tone: 'info', text: `Sent ${what} to the printer.` };
    case 'dialog-shown':
      return { tone: 'info', text: `${what[0]?.toUpperCase()}${what.slice(1)} opened in a new window with the print dialog. To keep a PDF, choose "Save as PDF" as the printer.` };
    case 'blocked':
      return { tone: 'error', text: `The browser blocked the print window. Use "Preview", then "Print…" on the preview.` };
    case 'not-printed':
      return outcome.reason === 'cancelled' ? { tone: 'info', text: 'Printing was cancelled.' } : { tone: 'error', text: `Could not print ${what}: ${outcome.reason}` };
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function OutputsPage() {
  const { sessionId } = useParams();
  const bundle = useSessionBundle(sessionId);
  if (bundle === undefined) return <LoadingPage />;
  if (bundle === null) return <SessionNotFoundPage />;
  return <Outputs bundle={bundle} />;
}

function Outputs({ bundle }: { bundle: SessionBundle }) {
  const host = useHost();
  const { session } = bundle;
  const sessionId = session.id;
  const storedPaper = usePaperSize();
  // Shown at once when chosen; the stored value catches up after the write.
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  const paper = chosenPaper ?? storedPaper ?? DEFAULT_PAPER_SIZE;
  const outputActions = useOutputWriter();
  const [notice, setNotice] = useState<Notice>(null);
  const [worksheetMode, setWorksheetMode] = useState<'units' | 'blank'>(bundle.units.length > 0 ? 'units' : 'blank');
  const [blankText, setBlankText] = useState('5');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  const abort = useRef<AbortController | null>(null);
  const csvFiles = useMemo(() => csvDownloads(bundle), [bundle]);
  const exporting = progress !== null;

  const blankCount = Number(blankText);
  const blankValid = /^\d{1,2}$/.test(blankText.trim()) && blankCount >= 1 && blankCount <= MAX_BLANK_SETS;
  const worksheetDoc: PrintDocument | null =
    worksheetMode === 'units' ? { kind: 'worksheets', sessionId, blankSets: null } : blankValid ? { kind: 'worksheets', sessionId, blankSets: blankCount } : null;
  const route = (doc: PrintDocument) => printDocumentPath(doc, paper);
  const reportDoc: PrintDocument = { kind: 'report', sessionId };
  const allDoc: PrintDocument = { kind: 'delegates', sessionId };
  const namePrefix = [session.title, session.campus].map((p) => p.trim()).filter(Boolean).join(' - ');

  const choosePaper = (value: PaperSize) => {
    setChosenPaper(value);
    outputActions.setPaperSize(value).catch((error: unknown) => setNotice({ tone: 'error', text: `The paper size was not saved: ${errorText(error)}` }));
  };

  const print = async (doc: PrintDocument, what: string) => {
    setNotice(null);
    try {
      setNotice(describePrint(await host.printDocument(route(doc)), what));
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not print ${what}: ${errorText(error)}` });
    }
  };

  const savePdf = async (doc: PrintDocument, name: string, what: string) => {
    const pdf = host.pdfFolderExport;
    if (!pdf) return;
    setNotice(null);
    try {
      const result = await saveDocumentPdf(pdf, route(doc), name);
      if (result.status === 'saved') setNotice({ tone: 'info', text: `Saved ${what} as "${result.fileName}" in ${result.folder}.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not save ${what}: ${errorText(error)}` });
    }
  };

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
        sessionId,
        campus: session.campus,
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

  const downloadCsv = async (file: (typeof csvFiles)[number]) => {
    setNotice(null);
    try {
      const result = await saveCsv(host, file);
      if (result.saved) setNotice({ tone: 'info', text: `Saved ${file.label.toLowerCase()}${result.location ? ` as ${result.location}` : ''}.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not save ${file.label.toLowerCase()}: ${errorText(error)}` });
    }
  };

  const unitName = (unitId: string | null) => (unitId === null ? 'Not assigned' : (bundle.units.find((u) => u.id === unitId)?.name ?? 'Not assigned'));
  const when = formatSessionWhen(session);

  return (
    <main className="page outputs" aria-labelledby="outputs-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Sessions</Link> <span aria-hidden="true">›</span> <Link to={`/sessions/${sessionId}/setup`}>Setup</Link>{' '}
        <span aria-hidden="true">›</span> <span>Outputs</span>
      </nav>
      <h1 id="outputs-title">Outputs: {session.title}</h1>
      <p className="muted">
        {[session.campus, session.venue, when].filter(Boolean).join(' · ')}
        {session.campus || session.venue || when ? ' · ' : ''}
        {bundle.delegates.length} {bundle.delegates.length === 1 ? 'delegate' : 'delegates'} · {bundle.units.length}{' '}
        {bundle.units.length === 1 ? 'unit' : 'units'}
      </p>

      <div aria-live="polite">
        {notice ? (
          <p role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'notice-error' : 'notice'}>
            {notice.text}
          </p>
        ) : null}
      </div>

      <section className="panel" aria-labelledby="paper-title">
        <h2 id="paper-title">Paper size</h2>
        <fieldset className="outputs-paper">
          <legend>Paper size for every document (saved on this computer)</legend>
          {(
            [
              ['a4', 'A4'],
              ['letter', 'US Letter'],
            ] as [PaperSize, string][]
          ).map(([value, label]) => (
            <label key={value} className="radio">
              <input type="radio" name="paper" value={value} checked={paper === value} onChange={() => choosePaper(value)} />
              {label}
            </label>
          ))}
        </fieldset>
      </section>

      <section className="panel" aria-labelledby="worksheets-title">
        <h2 id="worksheets-title">Worksheets for the session</h2>
        <p>Quiz answer sheets, the map grid, the channels sheet and action-plan forms, to fill in on paper and type up afterwards.</p>
        <fieldset>
          <legend>Which worksheets</legend>
          <label className="radio">
            <input type="radio" name="worksheet-mode" checked={worksheetMode === 'units'} onChange={() => setWorksheetMode('units')} disabled={bundle.units.length === 0} />
            <span>
              One set per group or table, with names filled in ({bundle.units.length} {bundle.units.length === 1 ? 'set' : 'sets'})
              {bundle.units.length === 0 ? <span className="muted"> (no groups or tables yet)</span> : null}
            </span>
          </label>
          <label className="radio">
            <input type="radio" name="worksheet-mode" checked={worksheetMode === 'blank'} onChange={() => setWorksheetMode('blank')} />
            Blank sets
          </label>
          <div className="field outputs-blank-count">
            <label htmlFor="blank-sets">Number of blank sets</label>
            <input
              id="blank-sets"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_BLANK_SETS}
              value={blankText}
              disabled={worksheetMode !== 'blank'}
              aria-invalid={worksheetMode === 'blank' && !blankValid}
              aria-describedby="blank-sets-hint"
              onChange={(e) => setBlankText(e.target.value)}
            />
            <p id="blank-sets-hint" className={worksheetMode === 'blank' && !blankValid ? 'field-error' : 'field-hint'}>
              A whole number from 1 to {MAX_BLANK_SETS}.
            </p>
          </div>
        </fieldset>
        <div className="row-actions">
          <button type="button" className="primary" disabled={!worksheetDoc} onClick={() => worksheetDoc && void print(worksheetDoc, 'the worksheets')}>
            Print worksheets…
          </button>
          {worksheetDoc ? (
            <Link className="button-link" to={route(worksheetDoc)}>
              Preview worksheets
            </Link>
          ) : null}
          {host.pdfFolderExport ? (
            <button type="button" disabled={!worksheetDoc} onClick={() => worksheetDoc && void savePdf(worksheetDoc, `${namePrefix} - worksheets`, 'the worksheets')}>
              Save worksheets as PDF…
            </button>
          ) : null}
        </div>
      </section>

      <section className="panel" aria-labelledby="delegates-title">
        <h2 id="delegates-title">Delegate PDFs</h2>
        <p>Each delegate&apos;s own document: the workshop details, their unit&apos;s engagement map, channels and action plan, and their quiz answers when these were recorded per delegate.</p>
        {bundle.delegates.length === 0 ? <p className="muted">This session has no delegates yet.</p> : null}
        {host.pdfFolderExport ? (
          <div className="row-actions">
            <button type="button" className="primary" disabled={exporting || bundle.delegates.length === 0} onClick={() => void exportAll()}>
              Export all delegate PDFs…
            </button>
            <button type="button" disabled={exporting || bundle.delegates.length === 0} onClick={() => void print(allDoc, 'every delegate’s document')}>
              Print all…
            </button>
            <Link className="button-link" to={route(allDoc)}>
              Preview all
            </Link>
          </div>
        ) : (
          <>
            <p>
              This browser cannot save a folder of files. Print every delegate&apos;s document as one instead: each delegate starts on a new page, and choosing
              &quot;Save as PDF&quot; in the print dialog keeps one combined PDF.
            </p>
            <div className="row-actions">
              <button type="button" className="primary" disabled={bundle.delegates.length === 0} onClick={() => void print(allDoc, 'every delegate’s document')}>
                Print all…
              </button>
              <Link className="button-link" to={route(allDoc)}>
                Preview all
              </Link>
            </div>
          </>
        )}
        {progress ? (
          <div className="outputs-progress" role="group" aria-label="Export progress">
            <label htmlFor="export-progress">
              {progress.done} of {progress.total}
              {progress.current ? `: writing ${progress.current}’s PDF…` : ''}
            </label>
            <progress id="export-progress" max={Math.max(1, progress.total)} value={progress.done} />
            <button type="button" onClick={() => abort.current?.abort()}>
              Cancel export
            </button>
          </div>
        ) : null}
        {summary ? (
          <div role={summary.tone === 'ok' ? 'status' : 'alert'} className={summary.tone === 'ok' ? 'notice' : 'notice-warning'}>
            {summary.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        {bundle.delegates.length > 0 ? (
          <table className="data-table">
            <caption>Delegates ({bundle.delegates.length})</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Group or table</th>
                <th scope="col">Email</th>
                <th scope="col">Document</th>
              </tr>
            </thead>
            <tbody>
              {bundle.delegates.map((d) => (
                <tr key={d.id}>
                  <td>{d.name}</td>
                  <td>{unitName(d.unitId)}</td>
                  <td>{d.email || <span className="muted">No email</span>}</td>
                  <td>
                    <Link to={route({ kind: 'delegate', sessionId, delegateId: d.id })} aria-label={`Preview ${d.name}'s document`}>
                      Preview
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="report-title">
        <h2 id="report-title">Session report</h2>
        <p>The agenda as run, quiz results, discussion themes, the room&apos;s map with its gaps, channels ranked, and every action plan.</p>
        <div className="row-actions">
          <button type="button" className="primary" onClick={() => void print(reportDoc, 'the session report')}>
            Print report…
          </button>
          <Link className="button-link" to={route(reportDoc)}>
            Preview report
          </Link>
          {host.pdfFolderExport ? (
            <button type="button" onClick={() => void savePdf(reportDoc, `${namePrefix} - session report`, 'the session report')}>
              Save report as PDF…
            </button>
          ) : null}
        </div>
      </section>

      <section className="panel" aria-labelledby="csv-title">
        <h2 id="csv-title">Spreadsheets (CSV)</h2>
        <p>For your own analysis. The files open in Excel with accents intact; text that looks like a formula is kept as text.</p>
        <ul className="outputs-csv">
          {csvFiles.map((file) => (
            <li key={file.fileName}>
              <span>
                {file.label} <span className="muted">({file.rows === 1 ? '1 row' : `${file.rows} rows`})</span>
              </span>
              <button type="button" onClick={() => void downloadCsv(file)} aria-label={`Download ${file.label.toLowerCase()} CSV`}>
                Download
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
