import { Link } from 'react-router';
import type { PrintDocument } from '../../../../shared/output/print-document-path';
import type { Session } from '../../../../shared/session/schema';
import type { DocumentCommands } from './OutputsPage.hooks';
import { documentNamePrefix } from './OutputsPage.utils';

export function ReportPanel({ session, commands }: { session: Session; commands: DocumentCommands }) {
  const doc: PrintDocument = { kind: 'report', sessionId: session.id };
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title">Session report</h2>
      <p>The agenda as run, quiz results, discussion themes, the room&apos;s map with its gaps, channels ranked, and every action plan.</p>
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => void commands.print(doc, 'the session report')}>
          Print report…
        </button>
        <Link className="button-link" to={commands.pathOf(doc)}>
          Preview report
        </Link>
        {commands.canSavePdf ? (
          <button type="button" onClick={() => void commands.savePdf(doc, `${documentNamePrefix(session)} - session report`, 'the session report')}>
            Save report as PDF…
          </button>
        ) : null}
      </div>
    </section>
  );
}
