import { Link } from 'react-router';
import type { PaperSize, PrintDocument } from '../../../../shared/output/print-document-path';
import type { SessionBundle } from '../../../data/output-repo';
import { useDelegatePdfExport, type DocumentCommands, type ExportProgress } from './OutputsPage.hooks';
import type { Notice } from './OutputsPage.utils';
import { ColumnHeads } from '../../../components/ColumnHeads';

interface Props {
  bundle: SessionBundle;
  paper: PaperSize;
  commands: DocumentCommands;
  setNotice: (notice: Notice) => void;
}

/** Each delegate's own document: a folder of PDFs where the platform can write one, else one combined print. */
export function DelegatePdfsPanel({ bundle, paper, commands, setNotice }: Props) {
  const sessionId = bundle.session.id;
  const { progress, summary, exporting, exportAll, cancel } = useDelegatePdfExport(bundle, paper, setNotice);
  const allDoc: PrintDocument = { kind: 'delegates', sessionId };
  const none = bundle.delegates.length === 0;
  const printAll = (
    <>
      <button type="button" className={commands.canSavePdf ? undefined : 'primary'} disabled={exporting || none} onClick={() => void commands.print(allDoc, 'every delegate’s document')}>
        Print all…
      </button>
      <Link className="button-link" to={commands.pathOf(allDoc)}>
        Preview all
      </Link>
    </>
  );

  return (
    <section className="panel" aria-labelledby="delegates-title">
      <h2 id="delegates-title">Delegate PDFs</h2>
      <p>Each delegate&apos;s own document: the workshop details, their unit&apos;s engagement map, channels and action plan, and their quiz answers when these were recorded per delegate.</p>
      {none ? <p className="muted">This session has no delegates yet.</p> : null}
      {commands.canSavePdf ? (
        <div className="row-actions">
          <button type="button" className="primary" disabled={exporting || none} onClick={() => void exportAll()}>
            Export all delegate PDFs…
          </button>
          {printAll}
        </div>
      ) : (
        <>
          <p>
            This browser cannot save a folder of files. Print every delegate&apos;s document as one instead: each delegate starts on a new page, and choosing
            &quot;Save as PDF&quot; in the print dialog keeps one combined PDF.
          </p>
          <div className="row-actions">{printAll}</div>
        </>
      )}
      {progress ? <ExportProgressBar progress={progress} onCancel={cancel} /> : null}
      {summary ? (
        <div role={summary.tone === 'ok' ? 'status' : 'alert'} className={summary.tone === 'ok' ? 'notice' : 'notice-warning'}>
          {summary.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      {none ? null : <DelegateTable bundle={bundle} pathOf={commands.pathOf} />}
    </section>
  );
}

function ExportProgressBar({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  return (
    <div className="outputs-progress" role="group" aria-label="Export progress">
      <label htmlFor="export-progress">
        {progress.done} of {progress.total}
        {progress.current ? `: writing ${progress.current}’s PDF…` : ''}
      </label>
      <progress id="export-progress" max={Math.max(1, progress.total)} value={progress.done} />
      <button type="button" onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}

function DelegateTable({ bundle, pathOf }: { bundle: SessionBundle; pathOf: (doc: PrintDocument) => string }) {
  const unitName = (unitId: string | null) => (unitId === null ? 'Not assigned' : (bundle.units.find((u) => u.id === unitId)?.name ?? 'Not assigned'));
  return (
    <table className="data-table">
      <caption>Delegates ({bundle.delegates.length})</caption>
      <ColumnHeads labels={['Name', 'Group or table', 'Email', 'Document']} />
      <tbody>
        {bundle.delegates.map((d) => (
          <tr key={d.id}>
            <td>{d.name}</td>
            <td>{unitName(d.unitId)}</td>
            <td>{d.email || <span className="muted">No email</span>}</td>
            <td>
              <Link to={pathOf({ kind: 'delegate', sessionId: bundle.session.id, delegateId: d.id })} aria-label={`Preview ${d.name}'s document`}>
                Preview
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
