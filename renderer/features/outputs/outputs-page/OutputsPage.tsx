import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { plural } from '../../../../shared/vocabulary';
import { LoadingPage, SessionNotFoundPage } from '../../../components/PageStatus';
import { useSessionBundle } from '../../../data/output-hooks';
import type { SessionBundle } from '../../../data/output-repo';
import { formatSessionWhen } from '../../../format';
import { csvDownloads } from '../csv-downloads';
import '../outputs.css';
import { CsvPanel } from './CsvPanel';
import { DelegatePdfsPanel } from './DelegatePdfsPanel';
import { useDocumentCommands, usePaperChoice } from './OutputsPage.hooks';
import type { Notice } from './OutputsPage.utils';
import { PaperSizePanel } from './PaperSizePanel';
import { PrivacyPanel } from './PrivacyPanel';
import { ReportPanel } from './ReportPanel';
import { WorksheetsPanel } from './WorksheetsPanel';
import { SaveArchiveButton } from '../../archive/SaveArchiveButton';

export function OutputsPage() {
  const { sessionId } = useParams();
  const bundle = useSessionBundle(sessionId);
  if (bundle === undefined) return <LoadingPage />;
  if (bundle === null) return <SessionNotFoundPage />;
  return <Outputs bundle={bundle} />;
}

/** Every printable and saveable output of one session; each command reports in the one notice line. */
function Outputs({ bundle }: { bundle: SessionBundle }) {
  const { session } = bundle;
  const [notice, setNotice] = useState<Notice>(null);
  const { paper, choosePaper } = usePaperChoice(setNotice);
  const commands = useDocumentCommands(paper, setNotice);
  const csvFiles = useMemo(() => csvDownloads(bundle), [bundle]);
  const when = formatSessionWhen(session);

  return (
    <main className="page outputs" aria-labelledby="outputs-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Sessions</Link> <span aria-hidden="true">›</span> <Link to={`/sessions/${session.id}/setup`}>Setup</Link>{' '}
        <span aria-hidden="true">›</span> <span>Outputs</span>
      </nav>
      <h1 id="outputs-title">Outputs: {session.title}</h1>
      <p className="muted">
        {[session.campus, session.venue, when].filter(Boolean).join(' · ')}
        {session.campus || session.venue || when ? ' · ' : ''}
        {plural(bundle.delegates.length, 'delegate')} · {plural(bundle.units.length, 'unit')}
      </p>
      <p>
        <SaveArchiveButton sessionId={session.id} />
      </p>

      <div aria-live="polite">
        {notice ? (
          <p role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'notice-error' : 'notice'}>
            {notice.text}
          </p>
        ) : null}
      </div>

      <PaperSizePanel paper={paper} onChoose={choosePaper} />
      <WorksheetsPanel bundle={bundle} commands={commands} />
      <DelegatePdfsPanel bundle={bundle} paper={paper} commands={commands} setNotice={setNotice} />
      <ReportPanel session={session} commands={commands} />
      <CsvPanel files={csvFiles} onDownload={(file) => void commands.downloadCsv(file)} />
      <PrivacyPanel sessionId={session.id} />
    </main>
  );
}
