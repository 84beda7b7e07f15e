import { LoadingPage, SessionNotFoundPage } from '../../components/PageStatus';
import './run.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Session } from '../../../shared/session/schema';
import { ConflictError } from '../../data/errors';
import { useSession } from '../../data/hooks';
import { useRunWriter, useRunState } from '../../data/run-hooks';
import { RunConsole } from './RunConsole';
import { FinishedRun } from './FinishedRun';
import { ErrorMessage } from '../../components/Field';
import { JoinBridgeProvider } from '../join/JoinBridge';
import { SessionSavedAtProvider, useSessionApartFromSaves } from './session-apart-from-saves';

/** The route `sessions/:sessionId/run`: the console for a running session, or what to do instead. */
export function RunPage() {
  const { sessionId } = useParams();
  const live = useSession(sessionId);
  const session = useSessionApartFromSaves(live);
  const run = useRunState(sessionId);

  if (session === undefined || run === undefined) return <LoadingPage />;
  if (session === null) return <SessionNotFoundPage />;
  if (run === null || session.status === 'draft') return <NotStarted session={session} />;
  // The console's side of phones joining lives around both views, so finishing the session stops it.
  return (
    <SessionSavedAtProvider value={live?.updatedAt ?? 0}>
      <JoinBridgeProvider session={session} run={run}>
        {session.status === 'finished' || run.finishedAt !== null ? (
          <FinishedRun session={session} run={run} breadcrumb={<Breadcrumb session={session} />} />
        ) : (
          <RunConsole session={session} run={run} />
        )}
      </JoinBridgeProvider>
    </SessionSavedAtProvider>
  );
}

function NotStarted({ session }: { session: Session }) {
  const actions = useRunWriter(session.id);
  const [error, setError] = useState<string | null>(null);
  const finished = session.status === 'finished';
  const start = () => {
    setError(null);
    (finished ? actions.reopen() : actions.start()).catch((e: unknown) => {
      if (e instanceof ConflictError) setError(e.message);
      else throw e;
    });
  };
  return (
    <main className="page" aria-labelledby="run-title">
      <Breadcrumb session={session} />
      <h1 id="run-title">{finished ? `${session.title} has no recorded run` : `${session.title} has not started`}</h1>
      <p>
        {finished
          ? 'This session is marked finished but holds no run. Reopening it starts the console on the first phase.'
          : 'Starting the session opens the facilitator console on the first phase. The timer does not start until you start it.'}
      </p>
      <button type="button" className="primary" onClick={start}>
        {finished ? 'Reopen session' : 'Start session'}
      </button>
      {error ? (
        <ErrorMessage>{error}</ErrorMessage>
      ) : null}
    </main>
  );
}

function Breadcrumb({ session }: { session: Session }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/">Sessions</Link> <span aria-hidden="true">›</span> <Link to={`/sessions/${session.id}/setup`}>Setup</Link>{' '}
      <span aria-hidden="true">›</span> <span>Run</span>
    </nav>
  );
}
