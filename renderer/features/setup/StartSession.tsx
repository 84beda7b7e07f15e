import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Session } from '../../../shared/session/schema';
import { ConflictError } from '../../data/errors';
import { useRunWriter } from '../../data/run-hooks';
import { ErrorMessage } from '../../components/Field';

/** Starts the live run (draft → running) and opens the console; a started session is resumed. */
export function StartSession({ session }: { session: Session }) {
  const actions = useRunWriter(session.id);
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const consolePath = `/sessions/${session.id}/run`;

  const start = async () => {
    setError(null);
    try {
      await actions.start();
      navigate(consolePath);
    } catch (e) {
      if (e instanceof ConflictError) setError(e.message);
      else throw e;
    }
  };

  return (
    <section className="panel start-session" aria-labelledby="start-title">
      <h2 id="start-title">Run the workshop</h2>
      {session.status === 'draft' ? (
        <>
          <p>When the room is ready, start the session: the facilitator console opens on the first phase. You can still add walk-ins during the run.</p>
          <button type="button" className="primary" onClick={() => void start()}>
            Start session
          </button>
        </>
      ) : (
        <>
          <p>{session.status === 'running' ? 'This session is running.' : 'This session has finished; the console can reopen it to correct typos.'}</p>
          <button type="button" className="primary" onClick={() => navigate(consolePath)}>
            {session.status === 'running' ? 'Resume session' : 'Open console'}
          </button>
        </>
      )}
      {error ? (
        <ErrorMessage>{error}</ErrorMessage>
      ) : null}
    </section>
  );
}
