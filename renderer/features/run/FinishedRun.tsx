import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DEFAULT_PAPER_SIZE, printDocumentPath } from '../../../shared/output/print-document-path';
import { phaseTimes } from '../../../shared/run/phase-time';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';
import { usePaperSize } from '../../data/output-hooks';
import { useRunWriter } from '../../data/run-hooks';
import { SaveArchiveButton } from '../archive/SaveArchiveButton';
import { formatDuration, NOT_RUN } from '../../../shared/vocabulary';
import { formatTimeOfDay } from './use-now';
import { ColumnHeads } from '../../components/ColumnHeads';

/**
 * A finished run: what to do next (outputs, the archive, the report), the agenda as run (the same
 * figures as the rail and the report), and how to reopen it for corrections.
 */
export function FinishedRun({ session, run, breadcrumb }: { session: Session; run: RunState; breadcrumb: ReactNode }) {
  const actions = useRunWriter(session.id);
  const paper = usePaperSize() ?? DEFAULT_PAPER_SIZE;
  const times = phaseTimes(run, session.template.phases, run.finishedAt ?? run.updatedAt);
  const deltaMs = times.actualTotalMs - times.plannedTotalMs;
  return (
    <main className="page" aria-labelledby="run-title">
      {breadcrumb}
      <h1 id="run-title">Finished: {session.title}</h1>
      <p>
        Started {formatTimeOfDay(run.startedAt)}
        {run.finishedAt !== null ? `, finished ${formatTimeOfDay(run.finishedAt)}` : ''} · {formatDuration(times.actualTotalMs)} in phases
        {Math.abs(deltaMs) >= 1000 ? ` (${formatDuration(Math.abs(deltaMs))} ${deltaMs > 0 ? 'over' : 'under'} the plan)` : ''}.
      </p>

      <section className="panel run-next" aria-labelledby="next-title">
        <h2 id="next-title">What next</h2>
        <p>Print or save each delegate&apos;s record and the worksheets, keep a copy of the whole session, and read the report.</p>
        <div className="row-actions">
          <Link className="button-link primary" to={`/sessions/${session.id}/outputs`}>
            Open outputs
          </Link>
          <SaveArchiveButton sessionId={session.id} />
          <Link className="button-link" to={printDocumentPath({ kind: 'report', sessionId: session.id }, paper)}>
            Preview report
          </Link>
        </div>
      </section>

      <table className="data-table">
        <caption>Time per phase</caption>
        <ColumnHeads labels={['Phase', 'Planned', 'Actual']} />
        <tbody>
          {times.rows.map((row) => (
            <tr key={row.phase.id}>
              <th scope="row">{row.phase.title}</th>
              <td>{formatDuration(row.plannedMs)}</td>
              <td>{row.actualMs !== null ? formatDuration(row.actualMs) : NOT_RUN}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{formatDuration(times.plannedTotalMs)}</td>
            <td>{formatDuration(times.actualTotalMs)}</td>
          </tr>
        </tfoot>
      </table>
      <section className="panel" aria-labelledby="reopen-title">
        <h2 id="reopen-title">Correct something?</h2>
        <p>
          Reopening puts the session back to running on its last phase with the timer stopped, so you can fix typos in cards or
          answers. Finish it again when you are done; the time it stays open is added to that phase.
        </p>
        <button type="button" onClick={() => void actions.reopen()}>
          Reopen session
        </button>
      </section>
    </main>
  );
}
