import { LoadingPage, SessionNotFoundPage } from '../../components/PageStatus';
import './run.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';
import { ConflictError } from '../../data/errors';
import { useSession } from '../../data/hooks';
import { useRunWriter, useRunState } from '../../data/run-hooks';
import { formatTimeOfDay } from './use-now';
import { RunConsole } from './RunConsole';
import { formatDuration } from '../../../shared/vocabulary';

/** The route `sessions/:sessionId/run`: the console for a running session, or what to do instead. */
export function RunPage() {
  const { sessionId } = useParams();
  const session = useSession(sessionId);
  const run = useRunState(sessionId);

  if (session === undefined || run === undefined) return <LoadingPage />;
  if (session === null) return <SessionNotFoundPage />;
  if (run === null || session.status === 'draft') return <NotStarted session={session} />;
  if (session.status === 'finished' || run.finishedAt !== null) return <FinishedRun session={session} run={run} />;
  return <RunConsole session={session} run={run} />;
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
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </main>
  );
}

function FinishedRun({ session, run }: { session: Session; run: RunState }) {
  const actions = useRunWriter(session.id);
  const totalMs = Object.values(run.phaseActualMs).reduce((sum, ms) => sum + ms, 0);
  return (
    <main className="page" aria-labelledby="run-title">
      <Breadcrumb session={session} />
      <h1 id="run-title">Finished: {session.title}</h1>
      <p>
        Started {formatTimeOfDay(run.startedAt)}
        {run.finishedAt !== null ? `, finished ${formatTimeOfDay(run.finishedAt)}` : ''} · {formatDuration(totalMs)} in phases.
      </p>
      <table className="data-table">
        <caption>Time per phase</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {session.template.phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">{phase.title}</th>
              <td>{phase.minutes} min</td>
              <td>{run.phaseActualMs[phase.id] !== undefined ? formatDuration(run.phaseActualMs[phase.id]!) : 'not run'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="panel" aria-labelledby="reopen-title">
        <h2 id="reopen-title">Correct something?</h2>
        <p>
          Reopening puts the session back to running on its last phase with the timer stopped, so you can fix typos in cards or
          answers. Finish it again when you are done; any extra time is added to that phase.
        </p>
        <button type="button" onClick={() => void actions.reopen()}>
          Reopen session
        </button>
      </section>
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
