import { LoadingPage, SessionNotFoundPage } from '../../components/PageStatus';
import { Link, useParams } from 'react-router';
import { useSession } from '../../data/hooks';
import { OpenedNotice } from '../archive/OpenedNotice';
import { SaveArchiveButton } from '../archive/SaveArchiveButton';
import { AgendaSection } from './AgendaSection';
import { DelegatesSection } from './DelegatesSection';
import { DetailsSection } from './DetailsSection';
import { QuizSettings } from './QuizSettings';
import { StartSession } from './StartSession';
import { UnitsSection } from './UnitsSection';

export function SetupPage() {
  const { sessionId } = useParams();
  const session = useSession(sessionId);

  if (session === undefined) return <LoadingPage />;
  if (session === null) return <SessionNotFoundPage />;

  return (
    <main className="page" aria-labelledby="setup-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Sessions</Link> <span aria-hidden="true">›</span> <span>Setup</span>
      </nav>
      <h1 id="setup-title">Set up: {session.title}</h1>
      <OpenedNotice />
      <p className="muted">
        Template: {session.template.title} · status {session.status} · changes save automatically
      </p>
      <ul className="setup-links">
        <li>
          <Link to={`/sessions/${session.id}/work`}>Delegates’ work: maps, channels and action plans</Link>
        </li>
        <li>
          <Link to={`/sessions/${session.id}/outputs`}>Outputs: worksheets, delegate PDFs, session report and CSV files</Link>
        </li>
      </ul>
      <p>
        <SaveArchiveButton sessionId={session.id} />
      </p>
      <StartSession session={session} />
      <DetailsSection session={session} />
      <DelegatesSection session={session} />
      <UnitsSection session={session} />
      <QuizSettings session={session} />
      <AgendaSection session={session} />
    </main>
  );
}
