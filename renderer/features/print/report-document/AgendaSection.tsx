import { formatDifference, formatDuration, NOT_RUN } from '../../../../shared/vocabulary';
import type { SessionReport } from '../report-model';
import { ColumnHeads, NUMBER_HEAD } from '../../../components/ColumnHeads';

function formatClockTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

/** Planned against actual time per phase, when the session was run. */
export function AgendaSection({ report }: { report: SessionReport }) {
  const { agenda } = report;
  const run = agenda.run;
  return (
    <section className="pr-section" aria-labelledby="report-agenda">
      <h2 id="report-agenda">Agenda as run</h2>
      {run ? (
        <p>
          Started {formatClockTime(run.startedAt)}
          {run.finishedAt !== null ? `, finished ${formatClockTime(run.finishedAt)}` : ', not finished when this report was made'}.
        </p>
      ) : (
        <p>The session has not been run, so no actual times were recorded.</p>
      )}
      <table className="pr-table pr-agenda">
        <ColumnHeads labels={[NUMBER_HEAD, 'Phase', 'Planned', 'Actual', 'Difference']} />
        <tbody>
          {agenda.rows.map((row, index) => (
            <tr key={row.phase.id}>
              <td className="pr-num">{index + 1}</td>
              <td>{row.phase.title}</td>
              <td>{formatDuration(row.plannedMs)}</td>
              <td>{row.actualMs === null ? NOT_RUN : formatDuration(row.actualMs)}</td>
              <td>{row.actualMs === null ? '' : formatDifference(row.actualMs - row.plannedMs)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">Total</th>
            <td>{formatDuration(agenda.plannedTotalMs)}</td>
            <td>{run ? formatDuration(agenda.actualTotalMs) : ''}</td>
            <td>{run ? formatDifference(agenda.actualTotalMs - agenda.plannedTotalMs) : ''}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
